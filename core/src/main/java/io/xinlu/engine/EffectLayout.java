package io.xinlu.engine;

import static io.xinlu.PathSegment.Kind.EFFECT;
import static io.xinlu.PathSegment.Kind.PROJECT;
import static io.xinlu.PathSegment.Kind.SCENARIO;
import static io.xinlu.PathSegment.named;
import static io.xinlu.PathSegment.numbered;

import io.xinlu.economy.CityProfile;
import io.xinlu.internal.Problems;
import io.xinlu.policy.Effect;
import java.util.Arrays;
import java.util.List;

/**
 * How the effects of the projects a scenario carries out (and that are not blocked) lie over sectors (section 6 of
 * {@code docs/MODEL.md}): one flat list of entries per {@link Effect.Kind}, in the order of projects, effects and
 * sectors, an effect on a tag becoming one entry per sector that carries it; the sectors that each group of factors'
 * effects act on; and, for each such sector, its entries of each kind. None of this depends on a parameter value, so
 * it is worked out once per template; {@link #sizes} gives the entries' sizes in one compilation. Immutable after
 * construction and thread-safe.
 */
final class EffectLayout {
  private static final int KINDS = Effect.Kind.values().length;

  private final String scenarioName;
  private final ProjectSchedule schedule;
  /** Per kind (by ordinal), for each entry: the project carried out, the sector (-1 city-wide), the effect slot. */
  private final int[][] project;
  private final int[][] sector;
  private final int[][] slot;
  /** Per kind, for each entry: the effect's size as the model gives it, and the sector's share of it. */
  private final double[][] givenSize;
  private final double[][] share;
  /** The productivity effects, which intensity and scale must not push to -1 or below: project and effect slot. */
  private final int[] productivityProject;
  private final int[] productivitySlot;
  /** The sectors with effects on final demand (scale demand or new capacity), ascending. */
  final int[] demandAffected;
  /** The sectors with energy-intensity effects, ascending. */
  final int[] energyAffected;
  /** The sectors with emission-factor effects, ascending. */
  final int[] emissionAffected;
  /** The sectors with productivity effects, ascending. */
  final int[] productivityAffected;
  /**
   * Per kind, for each affected sector of its group (by position in {@link #demandAffected},
   * {@link #energyAffected}, {@link #emissionAffected} or {@link #productivityAffected}), the indices of its entries of
   * that kind in their order; empty for kinds worked out year by year only.
   */
  private final int[][][] effectsAt;
  /** The sectors whose final demand in the base year is below 0 (-0 is not), ascending. */
  final int[] negativeBaseDemand;

  EffectLayout(CityProfile profile, Economy economy, ProjectSchedule schedule, String scenarioName) {
    this.scenarioName = scenarioName;
    this.schedule = schedule;
    int n = profile.sectors().size();
    Entries[] entries = new Entries[KINDS];
    Arrays.setAll(entries, k -> new Entries());
    int productivityCount = 0;
    int[] productivityProjects = new int[8];
    int[] productivitySlots = new int[8];
    for (int a = 0; a < schedule.m; a++) {
      if (schedule.blocked[a]) {
        continue;
      }
      List<Effect> effects = schedule.project(a).effects();
      for (int e = 0; e < effects.size(); e++) {
        Effect effect = effects.get(e);
        Entries to = entries[effect.kind().ordinal()];
        int effectSlot = schedule.firstSlot(a) + e;
        if (effect.kind() == Effect.Kind.PRODUCTIVITY) {
          if (productivityCount == productivityProjects.length) {
            productivityProjects = Arrays.copyOf(productivityProjects, 2 * productivityCount);
            productivitySlots = Arrays.copyOf(productivitySlots, 2 * productivityCount);
          }
          productivityProjects[productivityCount] = a;
          productivitySlots[productivityCount++] = effectSlot;
        }
        if (effect.selector().isEmpty()) {
          to.add(a, -1, effectSlot, effect.size(), 1.0);
          continue;
        }
        double[] member = AssumptionPaths.membership(profile, effect.selector().get());
        double weightSum = 0;
        int selected = 0;
        for (int i = 0; i < n; i++) {
          if (member[i] > 0) {
            weightSum += economy.valueAdded0[i];
            selected++;
          }
        }
        for (int i = 0; i < n; i++) {
          if (member[i] == 0) {
            continue;
          }
          // new capacity on a tag is split by base-year value added (D7); the other kinds act in full on each sector
          double share = 1.0;
          if (effect.kind() == Effect.Kind.NEW_CAPACITY) {
            share = weightSum > 0 ? economy.valueAdded0[i] / weightSum : 1.0 / selected;
          }
          to.add(a, i, effectSlot, effect.size(), share);
        }
      }
    }
    project = new int[KINDS][];
    sector = new int[KINDS][];
    slot = new int[KINDS][];
    givenSize = new double[KINDS][];
    share = new double[KINDS][];
    for (int k = 0; k < KINDS; k++) {
      Entries from = entries[k];
      project[k] = Arrays.copyOf(from.project, from.count);
      sector[k] = Arrays.copyOf(from.sector, from.count);
      slot[k] = Arrays.copyOf(from.slot, from.count);
      givenSize[k] = Arrays.copyOf(from.size, from.count);
      share[k] = Arrays.copyOf(from.share, from.count);
    }
    productivityProject = Arrays.copyOf(productivityProjects, productivityCount);
    productivitySlot = Arrays.copyOf(productivitySlots, productivityCount);
    demandAffected = affected(n, Effect.Kind.SCALE_DEMAND, Effect.Kind.NEW_CAPACITY);
    energyAffected = affected(n, Effect.Kind.ENERGY_INTENSITY);
    emissionAffected = affected(n, Effect.Kind.EMISSION_FACTOR);
    productivityAffected = affected(n, Effect.Kind.PRODUCTIVITY);
    boolean[] below = new boolean[n];
    for (int i = 0; i < n; i++) {
      below[i] = economy.y0[i] < 0;
    }
    negativeBaseDemand = indicesOf(below);
    effectsAt = new int[KINDS][][];
    Arrays.fill(effectsAt, new int[0][]);
    effectsAt[Effect.Kind.SCALE_DEMAND.ordinal()] = effectsAt(n, Effect.Kind.SCALE_DEMAND, demandAffected);
    effectsAt[Effect.Kind.NEW_CAPACITY.ordinal()] = effectsAt(n, Effect.Kind.NEW_CAPACITY, demandAffected);
    effectsAt[Effect.Kind.ENERGY_INTENSITY.ordinal()] = effectsAt(n, Effect.Kind.ENERGY_INTENSITY, energyAffected);
    effectsAt[Effect.Kind.EMISSION_FACTOR.ordinal()] = effectsAt(n, Effect.Kind.EMISSION_FACTOR, emissionAffected);
    effectsAt[Effect.Kind.PRODUCTIVITY.ordinal()] = effectsAt(n, Effect.Kind.PRODUCTIVITY, productivityAffected);
  }

  /** The entries of one kind while they are laid out; grows as needed. */
  private static final class Entries {
    int count;
    int[] project = new int[8];
    int[] sector = new int[8];
    int[] slot = new int[8];
    double[] size = new double[8];
    double[] share = new double[8];

    void add(int a, int i, int effectSlot, double given, double part) {
      if (count == project.length) {
        int c = count * 2;
        project = Arrays.copyOf(project, c);
        sector = Arrays.copyOf(sector, c);
        slot = Arrays.copyOf(slot, c);
        size = Arrays.copyOf(size, c);
        share = Arrays.copyOf(share, c);
      }
      project[count] = a;
      sector[count] = i;
      slot[count] = effectSlot;
      size[count] = given;
      share[count] = part;
      count++;
    }
  }

  /** The sectors that effects of these kinds act on, ascending. */
  private int[] affected(int n, Effect.Kind... kinds) {
    boolean[] hit = new boolean[n];
    for (Effect.Kind k : kinds) {
      for (int i : sector[k.ordinal()]) {
        hit[i] = true;
      }
    }
    return indicesOf(hit);
  }

  /** The indices of the true entries, in ascending order. */
  static int[] indicesOf(boolean[] hit) {
    int count = 0;
    for (boolean b : hit) {
      count += b ? 1 : 0;
    }
    int[] out = new int[count];
    for (int i = 0, m = 0; i < hit.length; i++) {
      if (hit[i]) {
        out[m++] = i;
      }
    }
    return out;
  }

  /** For each affected sector (by position), the indices of its entries of one kind, in their order. */
  private int[][] effectsAt(int n, Effect.Kind kind, int[] affectedSectors) {
    final int[] of = sector[kind.ordinal()];
    final int[] position = new int[n];
    Arrays.fill(position, -1);
    for (int a = 0; a < affectedSectors.length; a++) {
      position[affectedSectors[a]] = a;
    }
    final int affected = affectedSectors.length;
    int[] count = new int[affected];
    for (int i : of) {
      count[position[i]]++;
    }
    int[][] out = new int[affected][];
    for (int a = 0; a < affected; a++) {
      out[a] = new int[count[a]];
      count[a] = 0;
    }
    for (int j = 0; j < of.length; j++) {
      int a = position[of[j]];
      out[a][count[a]++] = j;
    }
    return out;
  }

  /**
   * For each affected sector of the kind's group (by position), the indices of its entries of the kind, in order.
   */
  int[][] effectsAt(Effect.Kind kind) {
    return effectsAt[kind.ordinal()];
  }

  /**
   * The entries with their sizes in one compilation: each effect's size (or the value that replaces it) times its
   * project's weight {@code w_k} and the sector's share.
   *
   * @throws io.xinlu.InvalidModelException if intensities and scales push a productivity change to -1 or below,
   *     which leaves a sector without labour productivity
   */
  EffectTable sizes(Adjustments adj, double[] weight) {
    Problems problems = null;
    for (int q = 0; q < productivityProject.length; q++) {
      int a = productivityProject[q];
      int s = productivitySlot[q];
      int e = s - schedule.firstSlot(a);
      double given = schedule.project(a).effects().get(e).size();
      double size = Adjustments.or(adj.effectSize, s, given) * weight[a];
      if (!(size > -1)) {
        if (problems == null) {
          problems = Problems.collector();
        }
        problems.at(named(SCENARIO, scenarioName)).at(named(PROJECT, schedule.projectIds.get(a)))
            .at(numbered(EFFECT, e + 1)).add("productivity change " + given + " times intensity and scale "
                + weight[a] + " leaves no labour productivity");
      }
    }
    if (problems != null) {
      problems.throwIfAny(named(SCENARIO, scenarioName).toString());
    }
    double[][] size = new double[KINDS][];
    for (int k = 0; k < KINDS; k++) {
      int[] slots = slot[k];
      int[] projects = project[k];
      double[] given = givenSize[k];
      double[] shares = share[k];
      double[] z = new double[slots.length];
      for (int j = 0; j < z.length; j++) {
        z[j] = Adjustments.or(adj.effectSize, slots[j], given[j]) * weight[projects[j]] * shares[j];
      }
      size[k] = z;
    }
    return new EffectTable(project, sector, size);
  }
}
