package io.xinlu.benchmarks;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Event;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenarios.Archetypes;
import io.xinlu.scenarios.ResourceCityType;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.scenarios.Yangquan;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes every value and event of 728 runs, as bits, one line each, and compares two such files: the proof that a
 * change to the engine keeps every result bit for bit.
 *
 * <pre>
 * SameBits write FILE.gz           every quantity of every sector and the totals, in every year, and the events
 * SameBits compare A.gz B.gz       the number of differing lines (exit 1 if any, with the first 20)
 * </pre>
 *
 * <p>The runs: synthetic cities of 1 to 100 sectors and 0 to 20 projects to 2030, 2050 and 2120, every scenario
 * (240 runs); the Yangquan scenarios; the scenarios of the four archetypes; 420 runs with drawn values of the
 * synthetic city's five uncertain parameters on four synthetic cities; 60 runs with drawn start shifts, delays and
 * scales, within and beyond the horizon. Draws come from a fixed seed, not from the library's designs, so the
 * program reads only the engine's and the catalogue's API and compiles against earlier versions as well:
 * {@code benchmarks/same-bits.sh REV} builds a commit and the working tree and compares their files.
 */
public final class SameBits {
  private SameBits() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("write")) {
      long[] counts = write(Path.of(args[1]));
      System.out.printf("%d runs, %d lines written to %s%n", counts[0], counts[1], args[1]);
    } else if (args.length == 3 && args[0].equals("compare")) {
      System.exit(compare(Path.of(args[1]), Path.of(args[2])) == 0 ? 0 : 1);
    } else {
      System.err.println("usage: SameBits write FILE.gz | SameBits compare A.gz B.gz");
      System.exit(2);
    }
  }

  /** Writes the file; returns the number of runs and of lines. */
  static long[] write(Path file) throws IOException {
    long[] counts = new long[2];
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      int[] sizes = {1, 2, 3, 5, 8, 13, 20, 40, 70, 100};
      int[] projects = {0, 1, 5, 20};
      int[] ends = {2030, 2050, 2120};
      for (int n : sizes) {
        for (int m : projects) {
          for (int end : ends) {
            CityModel model = SyntheticCity.model(n, m, end);
            for (Scenario s : model.scenarios()) {
              dump(w, counts, "synthetic(" + n + "," + m + "," + end + ")/" + s.name(), Engine.run(model, s.name()));
            }
          }
        }
      }
      CityModel yangquan = Yangquan.model();
      for (Scenario s : yangquan.scenarios()) {
        dump(w, counts, "yangquan/" + s.name(), Engine.run(yangquan, s.name()));
      }
      for (ResourceCityType type : ResourceCityType.values()) {
        CityModel archetype = Archetypes.generate(type);
        for (Scenario s : archetype.scenarios()) {
          dump(w, counts, "archetype " + type + "/" + s.name(), Engine.run(archetype, s.name()));
        }
      }
      // the synthetic city's uncertain parameters (SyntheticCity.uncertainty), drawn uniformly over their ranges
      int[][] drawn = {{40, 20, 2050, 200}, {10, 5, 2035, 100}, {100, 20, 2050, 60}, {7, 3, 2120, 60}};
      for (int[] d : drawn) {
        int n = d[0];
        CityModel model = SyntheticCity.model(n, d[1], d[2]);
        List<String> names = List.of(
            "sector/" + SyntheticCity.sectorId(Math.min(6, n - 1)) + "/growth",
            "sector/" + SyntheticCity.sectorId(0) + "/intensity-decline",
            "macro-shock",
            "strategy/" + SyntheticCity.STRATEGY + "/intensity",
            "reemployment-rate");
        double[][] ranges = {{0.01, 0.05}, {0.0, 0.06}, {-0.002, 0.002}, {0.0, 1.0}, {0.3, 0.7}};
        Parameterization p = Parameterization.of(model, "all", names);
        SplittableRandom random = new SplittableRandom(20261206L + n);
        for (int i = 0; i < d[3]; i++) {
          double[] values = new double[ranges.length];
          for (int k = 0; k < values.length; k++) {
            values[k] = ranges[k][0] + (ranges[k][1] - ranges[k][0]) * random.nextDouble();
          }
          dump(w, counts, "drawn synthetic(" + n + "," + d[1] + "," + d[2] + ") #" + i, p.run(values));
        }
      }
      // start shifts, delays and scales, within and beyond the horizon
      CityModel model = SyntheticCity.model(20, 10, 2050);
      Parameterization p = Parameterization.of(model, "all",
          List.of("strategy/" + SyntheticCity.STRATEGY + "/start-shift", "project/p3/delay", "project/p4/scale"));
      SplittableRandom random = new SplittableRandom(7L);
      for (int i = 0; i < 60; i++) {
        double[] values = {random.nextDouble() * 12 - 1, random.nextDouble() * 40, random.nextDouble() * 3};
        dump(w, counts, "shifted #" + i, p.run(values));
      }
      // the synthetic city with every input of the just-transition accounts, where the version has it
      Method withTransition = method(SyntheticCity.class, "withTransition", int.class, int.class, int.class);
      if (withTransition != null) {
        for (int n : new int[] {2, 5, 13, 40, 100}) {
          for (int end : new int[] {2030, 2050, 2120}) {
            CityModel transition = (CityModel) invoke(withTransition, null, n, 20, end);
            for (Scenario s : transition.scenarios()) {
              dump(w, counts, "transition(" + n + ",20," + end + ")/" + s.name(),
                  Engine.run(transition, s.name()));
            }
          }
        }
      }
    }
    return counts;
  }

  private static void dump(BufferedWriter w, long[] counts, String name, Run run) throws IOException {
    counts[0]++;
    for (Quantity q : Quantity.values()) {
      if (!run.has(q)) {
        continue;
      }
      for (int t : run.years()) {
        if (q.isPerSector()) {
          boolean resource = q == Quantity.RESOURCE_STOCK || q == Quantity.EXTRACTION;
          for (String id : resource ? run.resourceSectorIds() : run.sectorIds()) {
            line(w, counts, name, q + " " + id + " " + t, run.value(q, t, id));
          }
        }
        line(w, counts, name, q + " total " + t, run.total(q, t));
      }
    }
    accounts(w, counts, name, run);
    int k = 0;
    for (Event e : run.events()) {
      w.write(name + "\tevent " + (k++) + "\t" + e + "\n");
      counts[1]++;
    }
  }

  /**
   * The values of the just-transition accounts of a run (prices, budget, stranded assets, workers by cohort and
   * wages), in every year, where the version has them: read by reflection, so that the program still compiles
   * against versions without them (whose files then lack these lines). A value the run refuses is written as its
   * exception's class.
   */
  private static void accounts(BufferedWriter w, long[] counts, String name, Run run) throws IOException {
    if (method(Run.class, "hasCohorts") == null) {
      return;
    }
    boolean finance = (Boolean) call(run, "hasPublicFinance");
    boolean stranded = (Boolean) call(run, "hasStrandedAssets");
    boolean cohorts = (Boolean) call(run, "hasCohorts");
    boolean wages = (Boolean) call(run, "hasWages");
    for (int t : run.years()) {
      for (String id : run.sectorIds()) {
        value(w, counts, name, "priceIndex " + id + " " + t, run, "priceIndex", t, id);
        value(w, counts, name, "valueAddedCurrent " + id + " " + t, run, "valueAddedCurrent", t, id);
        if (finance) {
          value(w, counts, name, "sectorTaxes " + id + " " + t, run, "sectorTaxes", t, id);
        }
        if (stranded) {
          value(w, counts, name, "strandedValue " + id + " " + t, run, "strandedValue", t, id);
        }
      }
      value(w, counts, name, "gdpCurrent " + t, run, "gdpCurrent", t);
      value(w, counts, name, "gdpDeflator " + t, run, "gdpDeflator", t);
      if (finance) {
        for (String what : List.of("budgetRevenue", "otherRevenue")) {
          value(w, counts, name, what + " " + t, run, what, t);
        }
        value(w, counts, name, "tagTaxes resource " + t, run, "tagTaxes", t, "resource");
      }
      if (stranded) {
        value(w, counts, name, "strandedValue " + t, run, "strandedValue", t);
        value(w, counts, name, "cumulativeStrandedValue " + t, run, "cumulativeStrandedValue", t);
      }
      if (cohorts) {
        for (Object id : (List<?>) call(run, "cohortIds")) {
          value(w, counts, name, "displacedInCohort " + id + " " + t, run, "displacedInCohort", id, t);
        }
        for (Object band : (List<?>) call(run, "ageBands")) {
          value(w, counts, name, "displacedInAgeBand " + band + " " + t, run, "displacedInAgeBand", band, t);
        }
        for (Object skill : (List<?>) call(run, "skillLevels")) {
          value(w, counts, name, "displacedWithSkill " + skill + " " + t, run, "displacedWithSkill", skill, t);
        }
        for (String what : List.of("cohortPool", "longTermUnemployed", "retiredFromPool", "outMigrated",
            "reemployedFromPool")) {
          value(w, counts, name, what + " " + t, run, what, t);
        }
      }
      if (wages) {
        for (String what : List.of("wageBill", "wageBillLost", "wageBillRegained")) {
          value(w, counts, name, what + " " + t, run, what, t);
        }
      }
    }
  }

  private static void value(BufferedWriter w, long[] counts, String name, String what, Run run, String method,
      Object... args) throws IOException {
    Class<?>[] types = new Class<?>[args.length];
    for (int i = 0; i < args.length; i++) {
      types[i] = args[i] instanceof Integer ? int.class : String.class;
    }
    Method m = method(Run.class, method, types);
    if (m == null) {
      throw new IllegalStateException("Run has no method " + method);
    }
    Object v;
    try {
      v = m.invoke(run, args);
    } catch (InvocationTargetException e) {
      w.write(name + "\t" + what + "\t" + e.getCause().getClass().getSimpleName() + "\n");
      counts[1]++;
      return;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    line(w, counts, name, what, (Double) v);
  }

  private static Object call(Object target, String method) {
    Method m = method(target.getClass(), method);
    if (m == null) {
      throw new IllegalStateException(target.getClass() + " has no method " + method);
    }
    return invoke(m, target);
  }

  private static Method method(Class<?> type, String name, Class<?>... parameters) {
    try {
      return type.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Object invoke(Method m, Object target, Object... args) {
    try {
      return m.invoke(target, args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void line(BufferedWriter w, long[] counts, String name, String what, double v)
      throws IOException {
    w.write(name + "\t" + what + "\t" + Long.toHexString(Double.doubleToRawLongBits(v)) + "\t" + v + "\n");
    counts[1]++;
  }

  /** Compares two files line by line; prints the first 20 differences and the counts; returns the differences. */
  static long compare(Path a, Path b) throws IOException {
    long lines = 0;
    long differing = 0;
    try (BufferedReader ra = reader(a); BufferedReader rb = reader(b)) {
      while (true) {
        String la = ra.readLine();
        String lb = rb.readLine();
        if (la == null && lb == null) {
          break;
        }
        lines++;
        if (!Objects.equals(la, lb)) {
          differing++;
          if (differing <= 20) {
            System.out.println("line " + lines + ":\n  < " + la + "\n  > " + lb);
          }
        }
      }
    }
    System.out.printf("%d lines compared, %d differ%n", lines, differing);
    return differing;
  }

  private static BufferedReader reader(Path file) throws IOException {
    return new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
  }
}
