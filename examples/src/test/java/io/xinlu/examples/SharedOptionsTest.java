package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options that several subcommands share come from one picocli mixin each: every subcommand that has one shows
 * the same help for it and refuses the same bad value with the same message and exit 2; an option that two
 * subcommands declare each for itself is one of the few listed here, whose meanings differ.
 */
class SharedOptionsTest {
  private static final String SUB = "SUBCOMMAND";

  /** Each shared option (its longest name) and the subcommands that have it, in the order of {@code --help}. */
  private static final Map<String, List<String>> SHARED = shared();

  /**
   * Options that a subcommand declares itself under a name that a mixin also uses, and why: the meaning differs, and
   * the tests and docs rely on each.
   */
  private static final Map<String, String> OWN_MEANING = Map.ofEntries(
      Map.entry("compare -s", "several scenarios, comma-separated, not the one scenario to run"),
      Map.entry("compare --scenario", "several scenarios, comma-separated, not the one scenario to run"),
      Map.entry("export --format", "the syntax of the scenario files written (yaml, json), not the output of "
          + "results"),
      Map.entry("sensitivity -i", "--indicator: the one indicator whose Sobol indices are estimated"),
      Map.entry("sensitivity -y", "--year: the one year of that indicator"),
      Map.entry("iamc -s", "several scenarios, comma-separated, every scenario by default"),
      Map.entry("iamc --scenario", "several scenarios, comma-separated, every scenario by default"),
      Map.entry("iamc -i", "every indicator the city can compute by default, not the headline indicators"),
      Map.entry("iamc --indicators", "every indicator the city can compute by default, not the headline indicators"),
      Map.entry("iamc -y", "every year of the runs by default, not every fifth year"),
      Map.entry("iamc --years", "every year of the runs by default, not every fifth year"),
      Map.entry("iamc --out", "the one file written, not a folder"),
      Map.entry("calibrate --parameter", "bounds and a start value to fit, not a uniform range to draw from"),
      Map.entry("match --parameter", "a uniform range to draw from, not bounds and a start value to fit"),
      Map.entry("calibrate --series", "the backcast's series fitted"),
      Map.entry("match --series", "the backcast's series matched"),
      Map.entry("calibrate -s", "the scenario fitted, only with --observed; the backcast has its own"),
      Map.entry("calibrate --scenario", "the scenario fitted, only with --observed; the backcast has its own"),
      Map.entry("diff -i", "the indicators compared, every indicator of the catalogue by default, not the headline "
          + "ones"),
      Map.entry("diff --indicators", "the indicators compared, every indicator of the catalogue by default, not the "
          + "headline ones"));

  private static Map<String, List<String>> shared() {
    List<String> runsACity = List.of("run", "compare", "ensemble", "sensitivity", "search");
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("--scenario", List.of("run", "ensemble", "sensitivity", "synthetic", "search"));
    m.put("--seed", List.of("ensemble", "sensitivity", "search", "diff", "match"));
    m.put("--threads", List.of("ensemble", "sensitivity", "search", "diff"));
    m.put("--progress", List.of("ensemble", "sensitivity", "search"));
    m.put("--format", runsACity);
    m.put("--output", runsACity);
    // check takes a city but writes no results: no --format or --output
    List<String> takesACity = List.of("run", "compare", "ensemble", "sensitivity", "search", "check", "iamc",
        "calibrate", "serve");
    m.put("--city", takesACity);
    m.put("--profile", takesACity);
    m.put("--scenarios", takesACity);
    m.put("--model", takesACity);
    m.put("--size", List.of("run", "compare", "ensemble", "sensitivity", "export", "search", "check", "iamc",
        "calibrate", "serve"));
    m.put("--indicators", List.of("run", "compare", "ensemble"));
    m.put("--years", List.of("run", "compare", "ensemble"));
    m.put("--base-year", List.of("history", "calibrate", "match"));
    m.put("--out", List.of("report", "export", "search", "history", "diff", "calibrate", "match"));
    return m;
  }

  private static Stream<Arguments> sharedOptions() {
    return SHARED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest
  @MethodSource("sharedOptions")
  void every_subcommand_shows_the_same_help_for_a_shared_option(String option, List<String> subcommands) {
    Map<String, String[]> helps = new LinkedHashMap<>();
    for (String s : subcommands) {
      helps.put(s, HelpEntry.of(s, option));
    }
    String[] first = helps.get(subcommands.get(0));
    assertTrue(first[1].length() > 20, option + ": a description in\n" + first[1]);
    for (Map.Entry<String, String[]> e : helps.entrySet()) {
      assertEquals(first[0], e.getValue()[0], option + ": the names and label in " + e.getKey() + " --help");
      // each subcommand wraps the text at its own column: compare the words
      assertEquals(words(first[1]), words(e.getValue()[1]), option + ": the help text in " + e.getKey() + " --help "
          + "and in " + subcommands.get(0) + " --help");
    }
  }

  @Test
  void shared_options_show_their_defaults_and_bounds() {
    assertTrue(HelpEntry.of("ensemble", "--seed")[1].contains("(default: " + SeedOption.DEFAULT + ")"));
    assertTrue(HelpEntry.of("sensitivity", "--threads")[1].replaceAll("\\s+", " ")
        .startsWith("worker threads, 1 to " + Limits.MAX_THREADS + " (default: 2)"));
    assertTrue(HelpEntry.of("run", "--indicators")[1].replaceAll("\\s+", " ")
        .contains("for ensemble " + String.join(", ", EnsembleCommand.DEFAULT_INDICATORS) + ")"));
    assertTrue(HelpEntry.of("report", "--out")[1].replaceAll("\\s+", " ")
        .contains(ReportCommand.DEFAULT_FOLDER + " for report"));
    assertEquals("--size=N,M,T", HelpEntry.of("export", "--size")[0]);
    assertEquals("--[no-]progress", HelpEntry.of("ensemble", "--progress")[0]);
  }

  @Test
  void an_option_that_two_subcommands_declare_comes_from_one_mixin_unless_its_meaning_differs() {
    CommandLine root = new CommandLine(new XinluCommand());
    // option name -> subcommand -> the class that declares the option's field
    Map<String, Map<String, Class<?>>> declared = new TreeMap<>();
    Map<Class<?>, Map<String, String>> longest = new LinkedHashMap<>();
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      for (OptionSpec o : sub.getValue().getCommandSpec().options()) {
        Class<?> owner = ((Field) o.userObject()).getDeclaringClass();
        if (owner.getName().startsWith("picocli.")) {
          continue; // --help and --version, picocli's own
        }
        for (String name : o.names()) {
          declared.computeIfAbsent(name, k -> new TreeMap<>()).put(sub.getKey(), owner);
          longest.computeIfAbsent(owner, k -> new TreeMap<>()).put(name, o.longestName());
        }
      }
    }
    Set<String> sharedNames = new TreeSet<>();
    Set<String> ownSeen = new TreeSet<>();
    for (Map.Entry<String, Map<String, Class<?>>> e : declared.entrySet()) {
      String name = e.getKey();
      if (e.getValue().size() < 2) {
        continue;
      }
      Map<Class<?>, List<String>> byOwner = e.getValue().entrySet().stream().collect(Collectors.groupingBy(
          Map.Entry::getValue, LinkedHashMap::new, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
      List<String> mixinUsers = new ArrayList<>();
      Class<?> mixin = null;
      for (Map.Entry<Class<?>, List<String>> o : byOwner.entrySet()) {
        if (o.getKey().isAnnotationPresent(CommandLine.Command.class)) {
          for (String sub : o.getValue()) {
            assertTrue(OWN_MEANING.containsKey(sub + " " + name), sub + " declares " + name + " itself, as "
                + e.getValue().keySet() + " do: put it in a mixin, or say here why its meaning differs");
            ownSeen.add(sub + " " + name);
          }
        } else {
          assertTrue(mixinUsers.isEmpty(), name + " comes from two mixins: " + byOwner.keySet());
          mixinUsers.addAll(o.getValue());
          mixin = o.getKey();
        }
      }
      if (mixinUsers.size() >= 2) {
        String option = longest.get(mixin).get(name);
        sharedNames.add(option);
        assertEquals(new TreeSet<>(SHARED.getOrDefault(option, List.of())), new TreeSet<>(mixinUsers),
            option + ": the subcommands that have it, as this test lists them");
      }
    }
    // every option listed is found as listed in the model
    assertEquals(new TreeSet<>(OWN_MEANING.keySet()), ownSeen, "the options with a meaning of their own");
    for (String option : SHARED.keySet()) {
      assertTrue(sharedNames.contains(option), option + " is not shared by two subcommands any more");
    }
  }

  // --- the same bad value, the same refusal ---

  private static Stream<Arguments> badValues() {
    List<String> runsACity = List.of("run", "compare", "ensemble", "sensitivity", "search");
    List<String> twoWithRuns = List.of("ensemble", "sensitivity");
    return Stream.of(
        Arguments.of(twoWithRuns, List.of("--city", "synthetic", "--threads", "0"),
            "--threads 0: give 1 to at most 256"),
        Arguments.of(twoWithRuns, List.of("--city", "synthetic", "--threads", "257"), "--threads 257"),
        Arguments.of(twoWithRuns, List.of("--city", "synthetic", "--threads", "two"), "'two' is not an int"),
        Arguments.of(twoWithRuns, List.of("--city", "synthetic", "--seed", "1.5"), "'1.5' is not a long"),
        Arguments.of(twoWithRuns, List.of("--city", "synthetic", "--progress=maybe"), "'maybe' is not a boolean"),
        Arguments.of(List.of("run", "ensemble", "sensitivity"), List.of("--city", "synthetic", "-s", "green"),
            "unknown scenario 'green' of city synthetic; known scenarios: baseline, all"),
        Arguments.of(List.of("run", "ensemble", "sensitivity"), List.of("--scenario", "green"),
            "unknown scenario 'green' of city yangquan; known scenarios: baseline, seed-plan, accelerated, delayed"),
        Arguments.of(runsACity, List.of("--city", "synthetic", "--format", "bad"), "[table, csv, json]"),
        Arguments.of(runsACity, List.of("--city", "datong"),
            "unknown city 'datong'; known cities: yangquan, synthetic"),
        Arguments.of(runsACity, List.of("--city", "synthetic", "--size", "5,3"), "three whole numbers N,M,T"),
        Arguments.of(runsACity, List.of("--city", "synthetic", "--size", "0,3,2035"), "invalid --size 0,3,2035"),
        Arguments.of(runsACity, List.of("--city", "synthetic", "--size", "5,x,2035"), "'x' is not an int"),
        Arguments.of(runsACity, List.of("--city", "synthetic", "--size", "5,,2035"), "'' is not an int"),
        Arguments.of(runsACity, List.of("--city", "synthetic", "--size", "2000,3,2035"),
            "--size 2000,3,2035 asks for 2000 sectors: at most 1000"),
        Arguments.of(runsACity, List.of("--size", "5,3,2035"), "--size applies to the synthetic city only"),
        Arguments.of(runsACity, List.of("--profile", "no-such-profile.yaml", "--scenarios", "no-such.yaml"),
            "cannot read 'no-such-profile.yaml': no such file"),
        Arguments.of(runsACity, List.of("--city", "synthetic", "--model", "no-such.yaml"), "not both"),
        Arguments.of(runsACity, List.of("--model", "no-such.yaml", "--size", "5,3,2035"), "not to scenario files"),
        Arguments.of(List.of("run", "compare", "ensemble"), List.of("--city", "synthetic", "-i", "happiness"),
            "unknown indicator 'happiness'; known indicators: gdp, "),
        Arguments.of(List.of("run", "compare", "ensemble"), List.of("--city", "synthetic", "-i", "gdp,,co2"),
            "option --indicators 'gdp,,co2' has an empty item"),
        Arguments.of(List.of("run", "compare", "ensemble"),
            List.of("--city", "synthetic", "-i", "share:sector:coal-mining"), "cannot be computed for city synthetic"),
        Arguments.of(List.of("run", "compare", "ensemble"), List.of("--city", "synthetic", "-y", "2050"),
            "year 2050 is outside the run; valid years: 2020 to 2035"),
        Arguments.of(List.of("run", "compare", "ensemble"), List.of("--city", "synthetic", "-y", "20x5"),
            "'20x5' is not an int"),
        Arguments.of(List.of("run", "compare", "ensemble"), List.of("--city", "synthetic", "-y", "2020,"),
            "option --years '2020,' has an empty item"));
  }

  @ParameterizedTest
  @MethodSource("badValues")
  void every_subcommand_refuses_a_bad_value_of_a_shared_option_alike(List<String> subcommands, List<String> args,
      String expected) {
    Map<String, List<String>> commands = new LinkedHashMap<>();
    for (String s : subcommands) {
      List<String> c = new ArrayList<>(List.of(s));
      c.addAll(args);
      commands.put(s, c);
    }
    sameRefusal(commands, UnaryOperator.identity(), expected);
  }

  @Test
  void size_is_refused_alike_by_export() {
    for (List<String> size : List.of(List.of("5,3"), List.of("0,3,2035"), List.of("2000,3,2035"))) {
      Map<String, List<String>> commands = new LinkedHashMap<>();
      commands.put("run", concat(List.of("run", "--city", "synthetic", "--size"), size));
      commands.put("export", concat(List.of("export", "synthetic", "--out", "never-written", "--size"), size));
      sameRefusal(commands, UnaryOperator.identity(), "--size");
    }
    Map<String, List<String>> yangquan = new LinkedHashMap<>();
    yangquan.put("run", List.of("run", "--size", "5,3,2035"));
    yangquan.put("export", List.of("export", "yangquan", "--out", "never-written", "--size", "5,3,2035"));
    sameRefusal(yangquan, UnaryOperator.identity(), "the yangquan model has a fixed size");
    assertFalse(Files.exists(Path.of("never-written")));
  }

  @Test
  void output_is_refused_alike(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    List<String> runsACity = List.of("run", "compare", "ensemble", "sensitivity", "search");
    for (Path bad : List.of(dir, dir.resolve("missing").resolve("out.csv"), file.resolve("out.csv"))) {
      Map<String, List<String>> commands = new LinkedHashMap<>();
      for (String s : runsACity) {
        commands.put(s, List.of(s, "--city", "synthetic", "--output", bad.toString()));
      }
      sameRefusal(commands, UnaryOperator.identity(), "xinlu: ");
    }
    assertEquals(List.of(file), list(dir));
  }

  @Test
  void out_is_refused_alike_by_report_and_export_naming_their_files(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    // the messages differ only in the subcommand they name: "the report folder", "the export folder"
    UnaryOperator<String> named = line -> line.replace("the report ", "the " + SUB + " ")
        .replace("the export ", "the " + SUB + " ");
    for (Path bad : List.of(file, file.resolve("sub"))) {
      Map<String, List<String>> commands = new LinkedHashMap<>();
      commands.put("report", List.of("report", "--out", bad.toString()));
      commands.put("export", List.of("export", "synthetic", "--out", bad.toString()));
      String line = sameRefusal(commands, named, "give --out a folder that you can write to");
      assertTrue(line.contains("the " + SUB + " "), line);
    }
    assertEquals(List.of(file), list(dir));
    assertEquals("x", Files.readString(file));
  }

  @Test
  void synthetic_refuses_an_unknown_scenario_as_run_does_without_a_city_to_name() {
    Cli.Result run = Cli.run("run", "--city", "synthetic", "-s", "green");
    Cli.Result synthetic = Cli.run("synthetic", "5", "3", "2035", "-s", "green");
    assertEquals(2, run.code());
    assertEquals(2, synthetic.code());
    // the checksum city is built from N M T, not chosen by --city: the message has no city to name
    assertEquals(firstLine(run.err()).replace(" of city synthetic", ""), firstLine(synthetic.err()));
    assertEquals("xinlu: unknown scenario 'green'; known scenarios: baseline, all", firstLine(synthetic.err()));
  }

  // --- what the help texts promise ---

  @Test
  void without_scenario_every_subcommand_runs_the_policy_scenario() {
    assertTrue(Cli.run("run", "--city", "synthetic", "-i", "co2", "-y", "2035").out()
        .startsWith("synthetic(5, 3, 2035), scenario all "));
    assertTrue(Cli.run("ensemble", "--city", "synthetic", "--runs", "8", "-i", "co2", "-y", "2035").out()
        .startsWith("synthetic(5, 3, 2035), scenario all: 8 runs"));
    assertTrue(Cli.run("sensitivity", "--city", "synthetic", "--base", "8", "--bootstrap", "0").out()
        .contains("synthetic(5, 3, 2035) scenario all: 8 base points"));
    assertTrue(Cli.run("run", "-i", "co2", "-y", "2035").out().startsWith("yangquan, scenario seed-plan "));
    Cli.Result all = Cli.run("synthetic", "5", "3", "2035", "-s", "all");
    assertEquals(all.out(), Cli.run("synthetic", "5", "3", "2035").out());
    assertNotEquals(all.out(), Cli.run("synthetic", "5", "3", "2035", "-s", "baseline").out());
  }

  @Test
  void the_results_do_not_depend_on_the_threads_in_either_subcommand() {
    String[] sensitivity = {"sensitivity", "--city", "synthetic", "--base", "16", "--bootstrap", "40"};
    Cli.Result one = Cli.run(concat(sensitivity, "--threads", "1"));
    assertEquals(0, one.code(), one.err());
    assertEquals(one.out(), Cli.run(concat(sensitivity, "--threads", "2")).out());
    assertEquals(one.out(), Cli.run(concat(sensitivity, "--threads", "3")).out());
    String[] ensemble = {"ensemble", "--city", "synthetic", "--runs", "300", "-i", "co2"};
    assertEquals(Cli.run(concat(ensemble, "--threads", "1")).out(), Cli.run(concat(ensemble, "--threads", "3")).out());
  }

  @Test
  void the_seed_sets_the_random_draws_of_either_subcommand() {
    String[] sensitivity = {"sensitivity", "--city", "synthetic", "--base", "16", "--bootstrap", "40"};
    String byDefault = Cli.run(sensitivity).out();
    assertEquals(byDefault, Cli.run(concat(sensitivity, "--seed", Long.toString(SeedOption.DEFAULT))).out());
    assertNotEquals(byDefault, Cli.run(concat(sensitivity, "--seed", "1")).out(), "the bootstrap's intervals");
    String[] ensemble = {"ensemble", "--city", "synthetic", "--runs", "16", "-i", "co2"};
    String lhs = Cli.run(ensemble).out();
    assertTrue(lhs.contains("seed " + SeedOption.DEFAULT), lhs);
    assertNotEquals(lhs.replace("seed " + SeedOption.DEFAULT, ""),
        Cli.run(concat(ensemble, "--seed", "1")).out().replace("seed 1", ""), "the design's draws");
    // a Sobol sequence draws nothing: the seed changes nothing
    String[] sobol = concat(ensemble, "--design", "sobol");
    assertEquals(Cli.run(sobol).out(), Cli.run(concat(sobol, "--seed", "1")).out());
  }

  // --- helpers ---

  /**
   * Runs each command and checks that each exits with 2 and prints the same first line on stderr (after
   * {@code normalise}), which contains {@code expected}; no stack trace.
   *
   * @return that line
   */
  private static String sameRefusal(Map<String, List<String>> commands, UnaryOperator<String> normalise,
      String expected) {
    String line = null;
    String firstCommand = null;
    for (Map.Entry<String, List<String>> c : commands.entrySet()) {
      Cli.Result r = Cli.run(c.getValue().toArray(new String[0]));
      assertEquals(2, r.code(), c.getValue() + ": " + r.out() + r.err());
      assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), c.getValue() + ": " + r.err());
      String first = normalise.apply(firstLine(r.err()));
      assertTrue(first.contains(expected), c.getValue() + ": '" + expected + "' in " + first);
      if (line == null) {
        line = first;
        firstCommand = String.join(" ", c.getValue());
      } else {
        assertEquals(line, first, String.join(" ", c.getValue()) + " and " + firstCommand);
      }
    }
    return line;
  }

  private static String firstLine(String s) {
    return s.lines().findFirst().orElse("");
  }

  /** The words of a help text, whatever the column it is wrapped at (picocli also breaks after a dot). */
  private static String words(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  /** One option's entry in a subcommand's {@code --help}. */
  private static final class HelpEntry {
    private HelpEntry() {}

    /**
     * The entry of {@code option} (a long name) in {@code xinlu <subcommand> --help}: its names and label as shown
     * (such as {@code -t, --threads=THREADS}) and its description, its lines joined.
     */
    static String[] of(String subcommand, String option) {
      Cli.Result r = Cli.run(subcommand, "--help");
      assertEquals(0, r.code(), r.err());
      List<String> lines = r.out().lines().toList();
      String negatable = option.replaceFirst("^--", "--[no-]");
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        // an option's line: two spaces and a short name, or six spaces and the long name
        if (!line.matches("^(  -\\w, |      )--.*")) {
          continue;
        }
        // the names and label have no space but after the short name; at least one space before the description
        Matcher head = Pattern.compile("((?:-\\w, )?(--\\S+))\\s*(.*)").matcher(line.strip());
        assertTrue(head.matches(), line);
        String names = head.group(2);
        if (!(names.equals(option) || names.startsWith(option + "=") || names.equals(negatable))) {
          continue;
        }
        StringBuilder description = new StringBuilder(head.group(3));
        // the description goes on in lines indented past the options' column
        for (int j = i + 1; j < lines.size() && lines.get(j).matches("^ {7,}\\S.*"); j++) {
          description.append(' ').append(lines.get(j).strip());
        }
        return new String[] {head.group(1), description.toString().strip()};
      }
      throw new AssertionError(option + " is not in " + subcommand + " --help:\n" + r.out());
    }
  }
}
