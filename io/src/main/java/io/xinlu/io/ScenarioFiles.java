package io.xinlu.io;

import com.google.common.collect.ImmutableList;
import io.xinlu.InvalidModelException;
import io.xinlu.PathSegment;
import io.xinlu.Problem;
import io.xinlu.check.CheckProblem;
import io.xinlu.check.ModelCheck;
import io.xinlu.check.ModelChecks;
import io.xinlu.economy.CityProfile;
import io.xinlu.engine.ParameterPath;
import io.xinlu.indicator.Target;
import io.xinlu.policy.Project;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sampling.UncertainParameter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes scenario files in format {@code xinlu/1} (YAML or JSON; {@code docs/FILE-FORMAT.md}) and loads
 * models from them.
 *
 * <pre>{@code
 * LoadedModel city = ScenarioFiles.load(List.of(Path.of("city.yaml"), Path.of("plan.yaml")));
 * Run run = Engine.run(city.model(), "green");
 * ScenarioFiles.write(Path.of("yangquan.json"), ScenarioDocument.of(Yangquan.model()));
 * }</pre>
 *
 * <p>Reading collects every problem of a file before it gives up, and loading every problem of every file; either
 * throws one {@link ScenarioFileException} listing them, each with its file, line, column and model path: syntax
 * errors, unknown or repeated keys, missing keys, values of the wrong type, numbers written with units, an unknown
 * {@code format} version, and everything the core's validation finds (unknown ids, years out of order, shares
 * outside [0, 1], ...), placed where the file states the value at fault. Writing gives text that reads back as an
 * equal document, numbers bit for bit.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ScenarioFiles {
  /** The format this version reads and writes, the value of every file's {@code format} key. */
  public static final String FORMAT = Keys.FORMAT;

  /** The class-path resource of the JSON Schema (draft 2020-12) of the format, for editors and validators. */
  public static final String SCHEMA_RESOURCE = "/io/xinlu/io/xinlu-1.schema.json";

  private ScenarioFiles() {}

  /**
   * Reads one file; its format follows from its name ({@code .yaml}, {@code .yml}, {@code .json}). The file is held
   * to {@link ReadLimits}: a larger regular file is refused before it is read, and of a device or a pipe at most one
   * byte more than the limit is read.
   *
   * @throws ScenarioFileException listing every problem of the file (also when it is not UTF-8 text, is too large,
   *     or its name has none of those endings)
   * @throws IOException if the file cannot be read
   */
  public static ScenarioDocument read(Path file) throws IOException {
    Issues issues = new Issues();
    ScenarioDocument d = read(file, issues);
    issues.throwIfAny();
    return d;
  }

  /** Reads a file as far as it can: the document (partial if the file has problems) and its problems. */
  private static ScenarioDocument read(Path file, Issues issues) throws IOException {
    String name = file.toString();
    Loc start = new Loc(name, 1, 1);
    FileFormat format;
    try {
      format = FileFormat.of(file);
    } catch (IllegalArgumentException e) {
      issues.add(start, List.of(), "cannot tell the format of the file: a scenario file's name ends in .yaml, .yml "
          + "or .json");
      return DocumentReader.empty(name);
    }
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isRegularFile() && attributes.size() > ReadLimits.FILE_BYTES) {
      issues.add(start, List.of(), "the file has " + attributes.size() + " bytes; a scenario file has at most "
          + ReadLimits.FILE_BYTES + " bytes (" + (ReadLimits.FILE_BYTES >> 20) + " MiB)");
      return DocumentReader.empty(name);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // a device, a pipe or a file that grows while it is read: never more than one byte past the limit
      bytes = in.readNBytes(ReadLimits.FILE_BYTES + 1);
    }
    return read(bytes, name, format, issues);
  }

  /** Reads a file's bytes, as {@link #read(Path)} does once it has them; for the fuzz targets. */
  static ScenarioDocument read(byte[] bytes, String name, FileFormat format) {
    Issues issues = new Issues();
    ScenarioDocument d = read(bytes, name, format, issues);
    issues.throwIfAny();
    return d;
  }

  private static ScenarioDocument read(byte[] bytes, String name, FileFormat format, Issues issues) {
    if (bytes.length > ReadLimits.FILE_BYTES) {
      issues.add(new Loc(name, 1, 1), List.of(), "the file has more than " + ReadLimits.FILE_BYTES + " bytes; a "
          + "scenario file has at most " + ReadLimits.FILE_BYTES + " bytes (" + (ReadLimits.FILE_BYTES >> 20)
          + " MiB)");
      return DocumentReader.empty(name);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isUnderflow()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      out.flip();
      issues.add(place(name, out), List.of(), "not UTF-8 text; save the file as UTF-8");
      return DocumentReader.empty(name);
    }
    out.flip();
    return document(out.toString(), name, format, issues);
  }

  /** The place just after the given text: where the first byte that is not UTF-8 stands. */
  private static Loc place(String file, CharSequence before) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      char c = before.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new Loc(file, line, before.length() - lineStart + 1);
  }

  /**
   * Reads the text of a file.
   *
   * @param text the file's content
   * @param fileName the name to show in problems, such as {@code plan.yaml}
   * @param format YAML or JSON
   * @throws ScenarioFileException listing every problem of the text
   */
  public static ScenarioDocument parse(String text, String fileName, FileFormat format) {
    Issues issues = new Issues();
    ScenarioDocument d = document(text, fileName, format, issues);
    issues.throwIfAny();
    return d;
  }

  private static ScenarioDocument document(String text, String fileName, FileFormat format, Issues issues) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Optional<Node> root = TreeParser.parse(t, fileName, format, issues);
    return root.map(r -> DocumentReader.read(r, fileName, issues)).orElseGet(() -> DocumentReader.empty(fileName));
  }

  /**
   * The document as text of the given format: the same document always gives the same text, and that text reads
   * back as an equal document.
   *
   * @throws IllegalArgumentException if a number is NaN or infinite (a valid model has none)
   */
  public static String write(ScenarioDocument document, FileFormat format) {
    return DocumentWriter.write(document, format);
  }

  /**
   * Writes the document to a file atomically (the whole file or nothing); the format follows from the file's name.
   *
   * @throws IOException if the file cannot be written; it is then untouched
   */
  public static void write(Path file, ScenarioDocument document) throws IOException {
    AtomicFiles.write(file, write(document, FileFormat.of(file)));
  }

  /**
   * Reads files and combines them into one checked model: exactly one file gives the profile; strategies, scenarios
   * and targets may come from several (in the order given); at most one gives the uncertainty specification, and at
   * most one the search specification; model checks may come from several, and are checked against the model.
   *
   * @throws ScenarioFileException listing every problem of every file and of the combined model
   * @throws IOException if a file cannot be read
   */
  public static LoadedModel load(List<Path> files) throws IOException {
    Issues issues = new Issues();
    List<ScenarioDocument> docs = new ArrayList<>();
    for (Path f : files) {
      docs.add(read(f, issues));
    }
    return combine(docs, issues);
  }

  /**
   * Combines documents into one checked model, as {@link #load} does.
   *
   * @throws ScenarioFileException listing every problem of the combined model
   */
  public static LoadedModel combine(List<ScenarioDocument> documents) {
    return combine(documents, new Issues());
  }

  private static LoadedModel combine(List<ScenarioDocument> docs, Issues issues) {
    List<Located> where = new ArrayList<>();
    for (ScenarioDocument d : docs) {
      where.add(d.located().orElse(new Located("(document " + (where.size() + 1) + ")")));
    }
    Optional<CityProfile> profile = Optional.empty();
    Located profileFile = null;
    List<Strategy> strategies = new ArrayList<>();
    List<Scenario> scenarios = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    List<ModelCheck> checks = new ArrayList<>();
    Optional<ParameterSpace> space = Optional.empty();
    Located spaceFile = null;
    Optional<SearchSpec> search = Optional.empty();
    Located searchFile = null;
    Located modelFile = where.isEmpty() ? new Located("(no file)") : where.get(0);
    // the strategies, scenarios and targets of a file follow those of the files before it
    List<Map<PathSegment.Kind, Integer>> offsets = new ArrayList<>();
    int strategiesBefore = 0;
    int scenariosBefore = 0;
    int targetsBefore = 0;
    for (ScenarioDocument d : docs) {
      offsets.add(Map.of(PathSegment.Kind.STRATEGY, strategiesBefore, PathSegment.Kind.SCENARIO, scenariosBefore,
          PathSegment.Kind.TARGET, targetsBefore));
      strategiesBefore += d.strategies().size();
      scenariosBefore += d.scenarios().size();
      targetsBefore += d.targets().size();
    }
    PathIndex model = PathIndex.of(where.stream().map(l -> l.model).toList(), offsets);
    PathIndex other = PathIndex.of(where.stream().map(l -> l.other).toList(), offsets);
    for (int i = 0; i < docs.size(); i++) {
      ScenarioDocument d = docs.get(i);
      Located at = where.get(i);
      if (d.profile().isPresent() || at.sections.containsKey("profile")) {
        if (profileFile != null) {
          issues.add(at.section("profile"), List.of(), "a second profile: the profile is already given in "
              + profileFile.file + "; give it in one file only");
        } else {
          profile = d.profile();
          profileFile = at;
        }
      }
      strategies.addAll(d.strategies());
      scenarios.addAll(d.scenarios());
      if (at.sections.containsKey("scenarios") || at.sections.containsKey("strategies")) {
        modelFile = at;
      }
      targets.addAll(d.targets());
      checks.addAll(d.checks());
      if (d.uncertainty().isPresent() || at.sections.containsKey("uncertainty")) {
        if (spaceFile != null) {
          issues.add(at.section("uncertainty"), List.of(), "a second uncertainty specification: it is already given "
              + "in " + spaceFile.file + "; give it in one file only");
        } else {
          space = d.uncertainty();
          spaceFile = at;
        }
      }
      if (d.search().isPresent() || at.sections.containsKey("search")) {
        if (searchFile != null) {
          issues.add(at.section("search"), List.of(), "a second search specification: it is already given in "
              + searchFile.file + "; give it in one file only");
        } else {
          search = d.search();
          searchFile = at;
        }
      }
    }
    // a file that could not be read may have held the profile: then its own problems say enough
    boolean allRead = where.stream().allMatch(l -> l.sectionsRead);
    if (profileFile == null && (allRead || issues.isEmpty())) {
      issues.add(where.isEmpty() ? new Loc("(no file)", 1, 1) : where.get(0).start(), List.of(),
          "no profile: one of the files needs a 'profile' section");
    }
    issues.throwIfAny();
    CityModel m;
    try {
      m = CityModel.builder().profile(profile.get()).addAllStrategies(strategies).addAllScenarios(scenarios).build();
    } catch (InvalidModelException e) {
      Loc fallback = modelFile.section(modelFile.sections.containsKey("scenarios") ? "scenarios" : "strategies");
      for (Problem p : e.problems()) {
        // a problem of the profile (its magnitudes, found when the whole model is checked) stands in the profile's file
        Loc at = p.path().isEmpty() || p.path().get(0).kind() != PathSegment.Kind.PROFILE || profileFile == null
            ? model.find(p.path()).orElse(fallback)
            : profileFile.profile.find(p.path()).orElse(profileFile.section("profile"));
        issues.add(at, p.path(), p.message());
      }
      issues.throwIfAny();
      throw e;
    }
    checkTargets(m, targets, other, issues, modelFile);
    Located spaceAt = spaceFile == null ? modelFile : spaceFile;
    space.ifPresent(s -> checkParameters(m, s, other, issues, spaceAt));
    checkChecks(m, checks, other, issues, modelFile);
    issues.throwIfAny();
    return new LoadedModel(m, ImmutableList.copyOf(targets), space, search, ImmutableList.copyOf(checks));
  }

  private static void checkTargets(CityModel m, List<Target> targets, PathIndex other, Issues issues,
      Located fallback) {
    Map<String, Integer> seen = new HashMap<>();
    CityProfile p = m.profile();
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      List<PathSegment> path = List.of(PathSegment.named(PathSegment.Kind.TARGET, t.id(), i));
      Loc loc = other.find(path).orElse(fallback.section("targets"));
      if (seen.putIfAbsent(t.id(), i) != null) {
        issues.add(loc, path, "duplicate target id");
      }
      indicatorProblems(p, t.indicator().id(), other.find(append(path, "indicator")).orElse(loc),
          append(path, "indicator"), issues);
    }
  }

  /** The model checks against the model: unknown scenarios, years outside the horizon, names given twice. */
  private static void checkChecks(CityModel m, List<ModelCheck> checks, PathIndex other, Issues issues,
      Located fallback) {
    for (ModelCheck c : checks) {
      List<PathSegment> path = DocumentReader.checkPath(c.name());
      Loc loc = other.find(path).orElse(fallback.section("checks"));
      indicatorProblems(m.profile(), c.indicator().id(), other.find(append(path, "indicator")).orElse(loc),
          append(path, "indicator"), issues);
    }
    for (CheckProblem p : ModelChecks.problems(m, checks)) {
      List<PathSegment> path = DocumentReader.checkPath(p.name());
      Loc loc = other.find(append(path, p.field())).or(() -> other.find(path)).orElse(fallback.section("checks"));
      issues.add(loc, append(path, p.field()), p.message());
    }
  }

  /** An indicator's sector or tag that the profile lacks, or a stock indicator of a sector without a stock. */
  private static void indicatorProblems(CityProfile p, String id, Loc indicatorLoc, List<PathSegment> at,
      Issues issues) {
    for (String family : List.of("share:sector:", "va:sector:", "employment:sector:", "stock:", "reserve-life:")) {
      if (id.startsWith(family) && !p.hasSector(id.substring(family.length()))) {
        issues.add(indicatorLoc, at, "indicator '" + id + "' names unknown sector '"
            + id.substring(family.length()) + "'; known sectors: " + p.sectorIds());
      }
    }
    for (String family : List.of("share:tag:", "energy:tag:", "co2:tag:", "employment:tag:")) {
      if (id.startsWith(family) && !p.tags().contains(id.substring(family.length()))) {
        issues.add(indicatorLoc, at, "indicator '" + id + "' names unknown tag '"
            + id.substring(family.length()) + "'; known tags: " + p.tags());
      }
    }
    if ((id.startsWith("stock:") || id.startsWith("reserve-life:"))
        && p.hasSector(id.substring(id.indexOf(':') + 1))
        && p.sector(id.substring(id.indexOf(':') + 1)).resource().isEmpty()) {
      issues.add(indicatorLoc, at, "indicator '" + id + "' needs a sector with a resource "
          + "stock; '" + id.substring(id.indexOf(':') + 1) + "' has none");
    }
  }

  private static void checkParameters(CityModel m, ParameterSpace space, PathIndex other, Issues issues,
      Located fallback) {
    for (UncertainParameter u : space.parameters()) {
      List<PathSegment> path = List.of(PathSegment.named(PathSegment.Kind.PARAMETER, u.name()));
      Loc loc = other.find(append(path, "parameter")).orElse(fallback.section("uncertainty"));
      ParameterPath pp;
      try {
        pp = ParameterPath.parse(u.name());
      } catch (IllegalArgumentException e) {
        issues.add(loc, path, e.getMessage());
        continue;
      }
      String id = pp.id();
      switch (pp.kind()) {
        case SECTOR_GROWTH, SECTOR_PRODUCTIVITY_GROWTH, SECTOR_INTENSITY_DECLINE, SECTOR_RESOURCE_TAX, SECTOR_VAT,
            SECTOR_INCOME_TAX -> {
          if (!m.profile().hasSector(id)) {
            issues.add(loc, path, "unknown sector '" + id + "'; known sectors: " + m.profile().sectorIds());
          }
        }
        case PROJECT_DELAY, PROJECT_SCALE, PROJECT_EFFECT -> {
          Optional<Project> project = m.project(id);
          if (project.isEmpty()) {
            issues.add(loc, path, "unknown project '" + id + "'; known projects: "
                + m.projects().stream().map(Project::id).toList());
          } else if (pp.kind() == ParameterPath.Kind.PROJECT_EFFECT && pp.effect() > project.get().effects().size()) {
            issues.add(loc, path, "project '" + id + "' has " + project.get().effects().size() + " effect(s), not "
                + pp.effect());
          }
        }
        case PROJECT_ASSET_LIFE, PROJECT_ASSET_CAPITAL -> {
          Optional<Project> project = m.project(id);
          if (project.isEmpty()) {
            issues.add(loc, path, "unknown project '" + id + "'; known projects: "
                + m.projects().stream().map(Project::id).toList());
          } else if (project.get().closedAssets().isEmpty()) {
            issues.add(loc, path, "project '" + id + "' describes no closed assets; projects that do: "
                + m.projects().stream().filter(x -> x.closedAssets().isPresent()).map(Project::id).toList());
          }
        }
        case STRATEGY_INTENSITY, STRATEGY_START_SHIFT -> {
          if (m.strategies().stream().noneMatch(s -> s.id().equals(id))) {
            issues.add(loc, path, "unknown strategy '" + id + "'; known strategies: "
                + m.strategies().stream().map(Strategy::id).toList());
          }
        }
        default -> {
        }
      }
    }
  }

  private static List<PathSegment> append(List<PathSegment> path, String field) {
    return ImmutableList.<PathSegment>builder().addAll(path).add(PathSegment.field(field)).build();
  }
}
