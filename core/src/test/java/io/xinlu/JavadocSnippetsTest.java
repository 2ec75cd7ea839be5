package io.xinlu;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every {@code <pre>{@code ...}</pre>} snippet in the Javadoc of {@code core/src/main/java} against the
 * project's classes, so that the documentation cannot drift from the API.
 *
 * <p>Each snippet becomes the body of a method of its own class. The class imports every exported package of core
 * (and {@code java.util}, {@code java.util.function}, Guava's collections), and declares as <em>fields</em> the
 * free variables snippets use: {@code model}, {@code city}, {@code run}, {@code baselineRun}, {@code planRun},
 * {@code coal}, {@code matrix} and so on (see {@link #TEMPLATE}). Fields rather than method parameters, so that a
 * snippet may declare a local or a lambda parameter of the same name ({@code Run run = ...},
 * {@code (run, year) -> ...}) and shadow them. A method {@code double model(double[] x)} stands for "your model" in
 * the sensitivity snippets ({@code design.evaluate(u -> model(u))}). Snippets are compiled, never run.
 *
 * <p>A snippet that cannot be compiled on purpose (a class declaration, a fragment with {@code ...}) starts with a
 * line {@code // not compiled: <reason>}; it is skipped, and at most {@link #MAX_SKIPPED} may be. Rewrite a snippet
 * to compile rather than skip it where possible.
 */
class JavadocSnippetsTest {
  /** The marker of a snippet that is deliberately not compiled: its first line starts with it. */
  static final String SKIP_MARKER = "// not compiled:";

  static final int MAX_SKIPPED = 3;

  private static final String TEMPLATE =
      """
      package snippets;

      import io.xinlu.*;
      import io.xinlu.economy.*;
      import io.xinlu.policy.*;
      import io.xinlu.scenario.*;
      import io.xinlu.engine.*;
      import io.xinlu.indicator.*;
      import io.xinlu.check.*;
      import io.xinlu.history.*;
      import io.xinlu.analysis.*;
      import io.xinlu.analysis.forecast.*;
      import io.xinlu.analysis.inputoutput.*;
      import io.xinlu.analysis.lmdi.*;
      import io.xinlu.analysis.mcda.*;
      import io.xinlu.analysis.regional.*;
      import io.xinlu.uncertainty.discovery.*;
      import io.xinlu.uncertainty.ensemble.*;
      import io.xinlu.uncertainty.sampling.*;
      import io.xinlu.uncertainty.sensitivity.*;
      import java.util.*;
      import java.util.function.*;
      import com.google.common.collect.*;

      @SuppressWarnings("all")
      abstract class %s {
        // where snippets print: the caller's stream (core itself prints nothing)
        java.io.PrintStream out;
        // the model and its parts
        CityModel model;
        CityProfile city;
        CityProfile profile;
        Sector coal;
        Sector power;
        Sector services;
        Strategy newMaterials;
        Strategy digital;
        Scenario plan;
        Indicator myIndicator;
        // model checks
        ModelCheck check;
        List<ModelCheck> checks;
        // runs
        Run run;
        Run baselineRun;
        Run planRun;
        Run allRun;
        // analysis inputs
        DecisionMatrix matrix;
        Weights weights;
        InputOutputAnalysis analysis;
        FactorValues y2020;
        FactorValues y2030;
        double[] region1985;
        double[] region1995;
        double[] nation1985;
        double[] nation1995;
        double[] shanxi2022;
        double[] shanxi2030;
        double[][] p;
        // uncertainty inputs
        ParameterSpace space;
        MorrisDesign design;
        double[][] y;
        List<String> names;
        double[][] x;
        boolean[] failed;

        /** "Your model": an output computed from a point of a design. */
        double model(double[] x) {
          return 0;
        }

        void snippet() throws Exception {
      %s
        }
      }
      """;

  private static final int BODY_LINE = lineOf(TEMPLATE, "%s\n  }\n}");

  /** One snippet: where it is and what it says. */
  record Snippet(Path file, int line, String code) {
    boolean skipped() {
      return code.strip().startsWith(SKIP_MARKER);
    }

    String where() {
      return file + ":" + line;
    }
  }

  @TempDir Path out;

  @Test
  void every_javadoc_snippet_compiles() throws IOException {
    List<Snippet> snippets = snippets(sourceRoot());
    assertFalse(snippets.isEmpty(), "no snippets found under " + sourceRoot());

    List<Snippet> skipped = snippets.stream().filter(Snippet::skipped).toList();
    assertTrue(skipped.size() <= MAX_SKIPPED, () -> skipped.size() + " snippets are skipped, at most "
        + MAX_SKIPPED + " may be: " + skipped.stream().map(Snippet::where).toList());

    Map<String, Snippet> byClass = new LinkedHashMap<>();
    List<JavaFileObject> sources = new ArrayList<>();
    for (Snippet s : snippets) {
      if (s.skipped()) {
        continue;
      }
      String name = "Snippet" + byClass.size();
      byClass.put(name, s);
      sources.add(new Source(name, TEMPLATE.formatted(name, indent(s.code()))));
    }

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter messages = new StringWriter();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
          "-proc:none", "-implicit:none", "-Xlint:none", "-encoding", "UTF-8");
      ok = javac.getTask(messages, files, diagnostics, options, null, sources).call();
    }

    Map<String, List<String>> failures = new LinkedHashMap<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      String name = d.getSource() == null ? "?" : ((Source) d.getSource()).className;
      Snippet s = byClass.get(name);
      String where;
      if (s == null) {
        where = "(no snippet)";
      } else {
        long snippetLine = d.getLineNumber() - BODY_LINE;
        where = s.file() + ":" + (snippetLine >= 0 ? s.line() + 1 + snippetLine : s.line());
      }
      failures.computeIfAbsent(s == null ? where : s.where(), k -> new ArrayList<>())
          .add(where + ": " + d.getMessage(Locale.ROOT));
    }
    String report = failures.entrySet().stream()
        .map(e -> "snippet at " + e.getKey() + ":\n  " + String.join("\n  ", e.getValue())
            + "\n" + byClassCode(byClass, e.getKey()))
        .collect(Collectors.joining("\n"));
    assertTrue(ok && failures.isEmpty(), () -> failures.size() + " of " + byClass.size()
        + " Javadoc snippets do not compile:\n" + report + messages);
  }

  @Test
  void snippets_end_at_the_brace_that_closes_their_code_tag() {
    String java = String.join("\n",
        "/**",
        " * Text.",
        " * <pre>{@code",
        " * for (int i = 0; i < 2; i++) {",
        " *   if (i > 0) { System.out.println(i); }",
        " * }",
        " * }</pre>",
        " */");
    List<Snippet> s = snippets(Paths.get("X.java"), java);
    assertTrue(s.size() == 1, () -> s.toString());
    assertTrue(s.get(0).line() == 3, () -> s.toString());
    assertTrue(s.get(0).code().equals(String.join("\n",
        "for (int i = 0; i < 2; i++) {",
        "  if (i > 0) { System.out.println(i); }",
        "}")), () -> s.get(0).code());
  }

  private static String byClassCode(Map<String, Snippet> byClass, String where) {
    return byClass.values().stream().filter(s -> s.where().equals(where)).findFirst()
        .map(s -> "    | " + s.code().replace("\n", "\n    | ") + "\n").orElse("");
  }

  static Path sourceRoot() {
    Path inModule = Paths.get("src", "main", "java");
    if (Files.isDirectory(inModule.resolve("io").resolve("xinlu"))) {
      return inModule;
    }
    return Paths.get("core", "src", "main", "java");
  }

  static List<Snippet> snippets(Path root) throws IOException {
    List<Snippet> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        all.addAll(snippets(f, Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    return all;
  }

  private static final Pattern COMMENT_PREFIX = Pattern.compile("^\\s*\\*( |$)");
  private static final String OPEN = "<pre>{@code";

  /** The snippets of one file; the text of each starts on the line after its {@code <pre>{@code}. */
  static List<Snippet> snippets(Path file, String java) {
    List<Snippet> found = new ArrayList<>();
    String[] lines = java.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int open = lines[i].indexOf(OPEN);
      if (open < 0) {
        continue;
      }
      // brace depth 1 inside {@code; the block ends where it returns to 0 just before </pre>
      int depth = 1;
      StringBuilder code = new StringBuilder();
      String rest = lines[i].substring(open + OPEN.length());
      int j = i;
      boolean closed = false;
      while (!closed) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < rest.length(); c++) {
          char ch = rest.charAt(c);
          if (ch == '{') {
            depth++;
          } else if (ch == '}') {
            depth--;
            if (depth == 0) {
              if (!rest.startsWith("</pre>", c + 1)) {
                throw new IllegalStateException(file + ":" + (j + 1) + ": {@code} closes without </pre>");
              }
              closed = true;
              break;
            }
          }
          line.append(ch);
        }
        if (j > i && (closed ? !line.toString().isBlank() : true)) {
          code.append(line).append('\n');
        }
        if (!closed) {
          j++;
          if (j >= lines.length) {
            throw new IllegalStateException(file + ":" + (i + 1) + ": unclosed <pre>{@code");
          }
          rest = COMMENT_PREFIX.matcher(lines[j]).replaceFirst("");
        }
      }
      found.add(new Snippet(file, i + 1, code.toString().stripTrailing()));
      i = j;
    }
    return found;
  }

  private static String indent(String code) {
    return code.lines().map(l -> "    " + l).collect(Collectors.joining("\n"));
  }

  private static int lineOf(String template, String marker) {
    String before = template.substring(0, template.indexOf(marker));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  /** A source file held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    final String className;
    private final String code;

    Source(String className, String code) {
      super(URI.create("string:///snippets/" + className + ".java"), Kind.SOURCE);
      this.className = className;
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
