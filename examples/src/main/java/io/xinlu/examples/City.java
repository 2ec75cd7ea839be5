package io.xinlu.examples;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.indicator.Target;
import io.xinlu.io.LoadedModel;
import io.xinlu.io.ScenarioFiles;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.scenarios.Uncertainty;
import io.xinlu.scenarios.Yangquan;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A catalogue city as the command line knows it: the model, its reference and policy scenarios, its targets, its
 * uncertain parameters and the indicators shown by default.
 *
 * @param name the city's name on the command line
 * @param label a label such as {@code synthetic(5, 3, 2035)} or {@code yangquan}
 * @param model the model
 * @param reference the reference scenario (the baseline)
 * @param policy the policy scenario the ensemble and sensitivity commands vary by default
 * @param targets the targets checked (none for the synthetic city)
 * @param uncertainty the uncertain parameters of the policy scenario, if the city has them
 * @param headline the ids of the indicators shown by default
 */
record City(String name, String label, CityModel model, String reference, String policy, List<Target> targets,
    Optional<ParameterSpace> uncertainty, List<String> headline) {
  /** The cities the command line knows. */
  static final List<String> NAMES = List.of("yangquan", "synthetic");

  /** The synthetic city's default size: the reference checksum city synthetic(5, 3, 2035). */
  static final int[] DEFAULT_SIZE = {5, 3, 2035};

  /** The synthetic city's policy scenario, the one that adopts its strategy. */
  static final String SYNTHETIC_POLICY = "all";

  /**
   * Resolves a city name (and, for the synthetic city, its size N,M,T, checked against the memory {@code need} says
   * it takes).
   */
  static City of(String name, SizeOption size, Limits.Need need) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("yangquan")) {
      if (size.given()) {
        throw new BadInputException("--size applies to the synthetic city only; the yangquan model has a fixed "
            + "size (17 sectors, 2022 to 2035)");
      }
      return yangquan();
    }
    if (n.equals("synthetic")) {
      return build(size.checked(need));
    }
    throw new BadInputException("unknown city '" + name + "'; known cities: " + String.join(", ", NAMES));
  }

  static City yangquan() {
    ParameterSpace.Builder space = ParameterSpace.builder();
    for (Uncertainty u : Yangquan.uncertainties()) {
      space.parameter(u.path(), Distribution.triangular(u.low(), u.mode(), u.high()));
    }
    return new City("yangquan", "yangquan", Yangquan.model(), Yangquan.BASELINE, Yangquan.SEED_PLAN, Yangquan.targets(),
        Optional.of(space.build()), List.of("gdp", "share:group:tertiary", "resource-dependence", "energy-intensity", "co2",
            "employment", "displaced-workers", "reserve-life:" + Yangquan.COAL));
  }

  /** The synthetic city of size N,M,T, {@linkplain SizeOption#checked checked} first. */
  static City synthetic(int[] size) {
    return build(SizeOption.checked(size, Limits::modelBytes));
  }

  /** The synthetic city of a size already checked. */
  private static City build(int[] size) {
    int n = size[0];
    int m = size[1];
    int t = size[2];
    CityModel model = SyntheticCity.model(n, m, t);
    ParameterSpace space = SyntheticCity.uncertainty(n, m);
    List<String> headline = new ArrayList<>(List.of("gdp", "share:group:tertiary", "resource-dependence",
        "energy-intensity", "co2", "employment", "displaced-workers"));
    if (n > 1) {
      headline.add("reserve-life:" + SyntheticCity.sectorId(1));
    }
    return new City("synthetic",
        String.format(Locale.ROOT, "synthetic(%d, %d, %d)", n, m, t), model, "baseline", SYNTHETIC_POLICY,
        List.of(), Optional.of(space), List.copyOf(headline));
  }

  /**
   * A city from scenario files (a profile file and a scenarios file, or one combined model file): the reference
   * scenario is {@code baseline} if the files have one, else the first; the policy scenario the first other one.
   */
  static City fromFiles(List<Path> files) {
    LoadedModel loaded = load(files);
    CityModel model = loaded.model();
    List<String> names = model.scenarioNames();
    String files2 = files.stream().map(Path::toString).collect(Collectors.joining(", "));
    if (names.isEmpty()) {
      throw new BadInputException("the scenario files " + files2 + " define no scenario; give a file with a "
          + "'scenarios' section (--scenarios FILE)");
    }
    String reference = names.contains("baseline") ? "baseline" : names.get(0);
    String policy = names.stream().filter(n -> !n.equals(reference)).findFirst().orElse(reference);
    Run probe = Engine.run(model, reference);
    List<String> headline = new ArrayList<>();
    for (String id : List.of("gdp", "share:group:tertiary", "resource-dependence", "energy-intensity", "co2",
        "employment", "displaced-workers")) {
      if (IndicatorCatalogue.standard().get(id).unavailableReason(probe).isEmpty()) {
        headline.add(id);
      }
    }
    model.profile().sectors().stream().filter(s -> s.resource().isPresent()).findFirst()
        .ifPresent(s -> headline.add("reserve-life:" + s.id()));
    String name = model.profile().name();
    return new City(name, name + " (" + files2 + ")", model, reference, policy, loaded.targets(),
        loaded.uncertainty(), List.copyOf(headline));
  }

  /**
   * Scenario files loaded with {@link ScenarioFiles#load}.
   *
   * @throws BadInputException if a file is missing or cannot be read
   * @throws io.xinlu.io.ScenarioFileException with every problem of the files, located
   */
  static LoadedModel load(List<Path> files) {
    try {
      return ScenarioFiles.load(files);
    } catch (NoSuchFileException e) {
      throw new BadInputException("cannot read '" + e.getFile() + "': no such file");
    } catch (IOException e) {
      throw new BadInputException("cannot read the scenario files (" + e + ")");
    }
  }

  /** The memory one run of this city in flight needs ({@link Limits#runBytes}), from a run's size. */
  long runBytes(Run probe) {
    long projects = model.strategies().stream().mapToLong(st -> st.projects().size()).sum();
    return Limits.runBytes(probe.sectorIds().size(), projects, probe.years().length);
  }

  /** The uncertain parameters. */
  ParameterSpace space() {
    return uncertainty.orElseThrow(() -> new BadInputException("city " + name + " has no uncertain parameters: "
        + "give them in the 'uncertainty' section of a scenario file (see docs/FILE-FORMAT.md)"));
  }

  /** Checks a scenario name; the message lists the known ones. */
  String scenario(String scenario) {
    return ScenarioOption.checked(scenario, model.scenarioNames(), name);
  }

  Run run(String scenario) {
    return Engine.run(model, scenario(scenario));
  }

  /** The indicators with these ids (or the headline ones), each checked on a run of this city. */
  List<Indicator> indicators(List<String> ids, Run probe) {
    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    List<Indicator> out = new ArrayList<>();
    for (String id : ids == null || ids.isEmpty() ? headline : ids) {
      Indicator i = catalogue.find(id).orElseThrow(() -> new BadInputException("unknown indicator '" + id
          + "'; known indicators: " + String.join(", ", catalogue.ids()) + "; families: "
          + String.join(", ", catalogue.familyPatterns())));
      String why = i.unavailableReason(probe).orElse(null);
      if (why == null) {
        try {
          i.value(probe, probe.baseYear());
        } catch (IllegalArgumentException | IllegalStateException e) {
          why = e.getMessage();
        }
      }
      if (why != null) {
        throw new BadInputException("indicator '" + id + "' cannot be computed for city " + name + ": " + why
            + "; sectors: " + String.join(", ", probe.sectorIds()));
      }
      out.add(i);
    }
    return out;
  }

  /** The years, each checked against the run's years; or the defaults when none are given. */
  static int[] years(int[] years, int[] defaults, Run probe) {
    int[] ys = years == null || years.length == 0 ? defaults : years;
    for (int y : ys) {
      if (y < probe.baseYear() || y > probe.endYear()) {
        throw new BadInputException("year " + y + " is outside the run; valid years: " + probe.baseYear() + " to "
            + probe.endYear());
      }
    }
    return Arrays.stream(ys).boxed().collect(Collectors.toCollection(TreeSet::new)).stream()
        .mapToInt(Integer::intValue).toArray();
  }

  /** Every fifth year from the base year, and the end year. */
  static int[] everyFifthYear(Run probe) {
    TreeSet<Integer> ys = new TreeSet<>();
    ys.add(probe.baseYear());
    for (int y = probe.baseYear(); y <= probe.endYear(); y++) {
      if (y % 5 == 0) {
        ys.add(y);
      }
    }
    ys.add(probe.endYear());
    return ys.stream().mapToInt(Integer::intValue).toArray();
  }
}
