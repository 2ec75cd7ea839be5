package io.xinlu.spark;

import io.xinlu.uncertainty.ensemble.EnsemblePart;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs a {@link Study} as a Spark job. The study is broadcast once; every block of every cell is one unit of work,
 * partition {@code p} of {@code P} runs a contiguous range of units, each executor builds and compiles a city once
 * (then keeps it while it works on it) and summarises each block with core's
 * {@link io.xinlu.uncertainty.ensemble.Ensemble#runBlock(int)}; the parts come back to the driver and are appended there in
 * block order. The result equals {@link Study#runLocally(int)} bit for bit, for any number of partitions, local or on
 * a cluster.
 *
 * <pre>{@code
 * SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("xinlu");
 * try (JavaSparkContext sc = new JavaSparkContext(conf)) {
 *   StudyResult r = SparkStudy.run(sc, study, 8);
 *   Summary co2 = r.cell("small", 0.5).result().summary("co2", 2035);
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe (Spark allows several jobs of one context at once).
 *
 * @since 0.1.0
 */
public final class SparkStudy {
  private SparkStudy() {}

  /**
   * Runs the study on {@code partitions} partitions of the context's cluster.
   *
   * @throws IllegalArgumentException if {@code partitions < 1}
   * @throws StudyException if the job fails, with Spark's exception as its cause: for a failing run, the message
   *     holds the {@link io.xinlu.uncertainty.ensemble.EnsembleException}'s, which names the run and its parameter values
   */
  public static StudyResult run(JavaSparkContext sc, Study study, int partitions) {
    List<EnsemblePart> wholes = BlockFold.run(sc, study.work(), partitions);
    List<EnsembleResult> results = new ArrayList<>(wholes.size());
    for (int c = 0; c < wholes.size(); c++) {
      results.add(study.ensemble(c).result(wholes.get(c)));
    }
    return study.result(results);
  }

  /**
   * Runs a Sobol study on {@code partitions} partitions: the same bits as {@link SobolStudy#runLocally()}.
   *
   * @throws IllegalArgumentException if {@code partitions < 1}
   * @throws StudyException if the job fails, with Spark's exception as its cause
   */
  public static SobolStudy.Result run(JavaSparkContext sc, SobolStudy study, int partitions) {
    return study.result(BlockFold.run(sc, study.work(), partitions).get(0));
  }
}
