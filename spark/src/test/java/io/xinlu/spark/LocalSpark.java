package io.xinlu.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** One Spark context in {@code local[2]} for every test class of the JVM (starting one takes seconds). */
final class LocalSpark {
  private static JavaSparkContext context;

  private LocalSpark() {}

  static synchronized JavaSparkContext context() {
    if (context == null) {
      SparkConf conf = new SparkConf()
          .setMaster("local[2]")
          .setAppName("xinlu-spark-tests")
          .set("spark.ui.enabled", "false")
          .set("spark.ui.showConsoleProgress", "false")
          .set("spark.driver.host", "127.0.0.1")
          .set("spark.driver.bindAddress", "127.0.0.1");
      context = new JavaSparkContext(conf);
      Runtime.getRuntime().addShutdownHook(new Thread(context::stop));
    }
    return context;
  }
}
