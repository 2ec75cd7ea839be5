package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extracts the Java example from the README, compiles it against the project's classes and runs it, so the README
 * cannot drift from the API. Also checks that the output the README shows is what the example prints.
 */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void every_readme_example_compiles_runs_and_prints_what_the_readme_shows(@TempDir Path dir) throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile(
        "<!-- readme-example[^>]*-->\\s*```java\\n(.*?)```\\s*It prints[^\\n]*\\n\\s*```\\n(.*?)```", Pattern.DOTALL)
        .matcher(readme);
    int examples = 0;
    while (m.find()) {
      examples++;
      String source = m.group(1);
      Matcher cls = Pattern.compile("public class (\\w+)").matcher(source);
      assertTrue(cls.find(), "example " + examples + " declares a public class");
      String name = cls.group(1);
      Path file = dir.resolve(name + ".java");
      Files.writeString(file, source, StandardCharsets.UTF_8);

      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      assertNotNull(javac, "tests run on a JDK");
      ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
      int rc = javac.run(null, diagnostics, diagnostics, "-d", dir.toString(),
          "-cp", System.getProperty("java.class.path"), file.toString());
      assertEquals(0, rc, name + " compiles:\n" + diagnostics.toString(StandardCharsets.UTF_8));
      assertEquals(m.group(2).strip(), runMain(dir, name).strip(), "the README shows what " + name + " prints");
    }
    assertTrue(examples >= 2, "the README's marked examples were found, got " + examples);
  }

  private static String runMain(Path dir, String name) throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        ReadmeExampleTest.class.getClassLoader())) {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass(name).getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(saved);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_readme_names_the_two_commands_that_ci_runs() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> ci = Files.readAllLines(Path.of("..", ".ci", "run"), StandardCharsets.UTF_8);
    for (String command : new String[] {"./xinlu report", "mvn -B verify", "./xinlu synthetic 5 3 2035"}) {
      assertTrue(readme.contains(command), "README shows " + command);
      assertTrue(ci.stream().anyMatch(l -> l.contains(command) && !l.trim().startsWith("#")), ".ci/run runs " + command);
    }
  }

  @Test
  void the_report_the_readme_shows_is_what_the_report_prints(@TempDir Path dir) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("What it printed[^\\n]*\\n\\s*```\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(), "the README shows the report's output");
    java.io.StringWriter out = new java.io.StringWriter();
    int code = XinluCommand.execute(new String[] {"report", "--out", dir.toString()}, new java.io.PrintWriter(out),
        new java.io.PrintWriter(new java.io.StringWriter()));
    assertEquals(0, code);
    List<String> printed = out.toString().lines().toList();
    for (String line : m.group(1).lines().toList()) {
      if (line.strip().equals("...") || line.startsWith("Wrote ")) {
        continue;
      }
      assertTrue(printed.contains(line), "the report prints the README's line: " + line);
    }
  }
}
