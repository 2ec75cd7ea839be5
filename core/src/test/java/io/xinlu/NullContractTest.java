package io.xinlu;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The null contract is checked: core's main code compiles with Error Prone's NullAway at error level (core's
 * {@code pom.xml}, property {@code errorprone.args}). These tests compile small fixtures in this JVM with exactly
 * those options, which surefire passes as the system property {@code xinlu.errorprone.args}, and the test class
 * path (Error Prone, NullAway, JSpecify and core's own classes); they fail if the options stop finding a null
 * returned where none may be, stop checking calls into the code Immutables generates, stop requiring
 * {@code @Nullable} on the argument of {@code equals}, or start checking that generated code itself. A last test
 * checks that every package of core is {@code @NullMarked}, without which NullAway ({@code OnlyNullMarked}) would
 * skip it.
 *
 * <p>The fixtures are small sources compiled in memory; their line numbers are those of the text blocks below.
 */
class NullContractTest {

  private static final String WRONG = """
      package fixture;

      import org.jspecify.annotations.NullMarked;
      import org.jspecify.annotations.Nullable;

      @NullMarked
      public class Wrong {
        public String label(@Nullable String given) {
          return given;
        }
      }
      """;

  private static final String RIGHT = """
      package fixture;

      import org.jspecify.annotations.NullMarked;
      import org.jspecify.annotations.Nullable;

      @NullMarked
      public class Right {
        public String label(@Nullable String given) {
          return given == null ? "none" : given;
        }
      }
      """;

  /** Passes null to a setter of a builder that Immutables generated (ImmutableSector.Builder#id). */
  private static final String CALLS_GENERATED = """
      package fixture;

      import io.xinlu.economy.Sector;
      import org.jspecify.annotations.NullMarked;

      @NullMarked
      public class CallsGenerated {
        public Sector.Builder sector() {
          return Sector.builder().id(null);
        }
      }
      """;

  /** Overrides equals without saying that its argument may be null. */
  private static final String EQUALS_WITHOUT_NULLABLE = """
      package fixture;

      import org.jspecify.annotations.NullMarked;

      @NullMarked
      public final class Point {
        private final int x;

        public Point(int x) {
          this.x = x;
        }

        @Override
        public boolean equals(Object o) {
          return o instanceof Point p && p.x == x;
        }

        @Override
        public int hashCode() {
          return x;
        }
      }
      """;

  @TempDir
  Path out;

  @Test
  void null_returned_where_none_may_be_fails_the_compilation() throws IOException {
    Compilation c = compile(source("fixture/Wrong.java", WRONG));

    assertFalse(c.success, c.toString());
    assertEquals(List.of("ERROR 9: [NullAway] returning @Nullable expression from method with @NonNull return type"),
        c.nullAway(), c.toString());
  }

  @Test
  void the_same_code_with_the_null_handled_compiles() throws IOException {
    Compilation c = compile(source("fixture/Right.java", RIGHT));

    assertTrue(c.success, c.toString());
    assertEquals(List.of(), c.nullAway(), c.toString());
  }

  @Test
  void calls_into_generated_code_are_checked() throws IOException {
    Compilation c = compile(source("fixture/CallsGenerated.java", CALLS_GENERATED));

    assertFalse(c.success, c.toString());
    assertEquals(List.of("ERROR 9: [NullAway] passing @Nullable parameter 'null' where @NonNull is required"),
        c.nullAway(), c.toString());
  }

  @Test
  void equals_without_nullable_on_its_argument_fails_the_compilation() throws IOException {
    Compilation c = compile(source("fixture/Point.java", EQUALS_WITHOUT_NULLABLE));

    assertFalse(c.success, c.toString());
    assertEquals(List.of("ERROR 14: [EqualsMissingNullable] Method overrides Object.equals but does not have "
        + "@Nullable on its parameter"), c.errorProne("[EqualsMissingNullable]"), c.toString());
    assertEquals(List.of(), c.nullAway(), c.toString());
  }

  @Test
  void generated_sources_are_not_checked() throws IOException {
    // the wrong fixture again, where the annotation processors write their sources
    Compilation c = compile(source("core/target/generated-sources/annotations/fixture/Wrong.java", WRONG));

    assertTrue(c.success, c.toString());
    assertEquals(List.of(), c.nullAway(), c.toString());
  }

  @Test
  void every_package_of_core_is_null_marked() throws Exception {
    // the packages of core's main classes: the folders of target/classes that hold a class
    Path classes = Path.of(Problem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class"))
          .forEach(f -> packages.add(classes.relativize(f.getParent()).toString().replace(File.separatorChar, '.')));
    }
    Set<String> unmarked = new TreeSet<>();
    for (String p : packages) {
      Class<?> info = Class.forName(p + ".package-info");
      if (!info.isAnnotationPresent(NullMarked.class)) {
        unmarked.add(p);
      }
    }
    assertTrue(packages.contains("io.xinlu.engine") && packages.size() >= 15, packages::toString);
    assertEquals(Set.of(), unmarked, "packages of core without @NullMarked in their package-info.java");
  }

  private Compilation compile(JavaFileObject source) throws IOException {
    String errorProne = System.getProperty("xinlu.errorprone.args");
    assertNotNull(errorProne, "xinlu.errorprone.args is not set: run the tests through Maven (core's surefire "
        + "configuration passes the compiler's Error Prone options)");
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    // Error Prone and its checks load from the processor path, as in the build
    List<String> options = new ArrayList<>(List.of("-classpath", classPath, "-processorpath", classPath, "-d",
        out.toString(), "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", errorProne));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      boolean success = javac.getTask(null, files, diagnostics, options, null, List.of(source)).call();
      return new Compilation(success, diagnostics.getDiagnostics());
    }
  }

  private static JavaFileObject source(String path, String code) {
    return new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }

  private record Compilation(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    /** The NullAway diagnostics as "KIND line: first line of the message". */
    List<String> nullAway() {
      return errorProne("[NullAway]");
    }

    /** The diagnostics of one Error Prone check, such as "[NullAway]", as "KIND line: first line of the message". */
    List<String> errorProne(String check) {
      return diagnostics.stream()
          .map(d -> d.getKind() + " " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT).lines().findFirst()
              .orElse(""))
          .filter(d -> d.contains(check))
          .collect(Collectors.toList());
    }

    @Override
    public String toString() {
      return "compiled: " + success + ", diagnostics:\n" + diagnostics.stream()
          .map(d -> d.getKind() + " " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
    }
  }
}
