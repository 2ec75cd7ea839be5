package io.xinlu.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java options Spark needs on Java 17 are written in three places: surefire's argLine (the property
 * {@code spark.java.options} of {@code spark/pom.xml}), the example's launcher and {@code docs/SPARK.md}. They must
 * be the same list, and the list must open what Spark 4 opens ({@code java.base/sun.nio.ch} and the others).
 */
class JavaOptionsTest {
  private static String read(String path) throws IOException {
    return Files.readString(Path.of(path), StandardCharsets.UTF_8);
  }

  @Test
  void the_pom_the_launcher_and_the_docs_give_the_same_options() throws IOException {
    Matcher pom = Pattern.compile("<spark.java.options>([^<]*)</spark.java.options>").matcher(read("pom.xml"));
    assertTrue(pom.find());
    List<String> fromPom = Arrays.asList(pom.group(1).trim().split("\\s+"));

    Matcher script = Pattern.compile("java_options=\\(\\n(.*?)\\n\\)", Pattern.DOTALL).matcher(read("run-example.sh"));
    assertTrue(script.find());
    List<String> fromScript = Arrays.asList(script.group(1).trim().split("\\s+"));

    String docs = read("../docs/SPARK.md");
    int at = docs.indexOf("<!-- java-options: a test checks this list against spark/pom.xml and run-example.sh -->");
    assertTrue(at >= 0, "docs/SPARK.md marks its list of options");
    int open = docs.indexOf("```\n", at) + 4;
    List<String> fromDocs = Arrays.asList(docs.substring(open, docs.indexOf("```", open)).trim().split("\\s+"));

    assertEquals(fromPom, fromScript);
    assertEquals(fromPom, fromDocs);
    for (String needed : List.of("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
        "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED")) {
      assertTrue(fromPom.contains(needed), needed);
    }
  }
}
