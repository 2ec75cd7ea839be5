package io.xinlu.engine;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Small hand-checkable models for the engine's example tests. Every profile has base year {@link #T0} and no
 * input-output table unless a test builds one, so that gross output equals value added ({@code A = 0},
 * {@code v = 1}).
 */
final class TestModels {
  /** The base year of every test profile. */
  static final int T0 = 2020;

  /** Absolute tolerance for numbers computed by hand (a few ulps of the magnitudes used). */
  static final double EPS = 1e-9;

  private TestModels() {}

  /** A secondary sector with value added and nothing else (energy, employment and trends default to 0). */
  static Sector.Builder sector(String id, double valueAdded) {
    return Sector.builder().id(id).group(SectorGroup.SECONDARY).valueAdded(valueAdded);
  }

  /** A profile in {@link #T0} with the given sectors and no input-output table. */
  static CityProfile profile(Sector... sectors) {
    return CityProfile.builder().name("test").baseYear(T0).addSectors(sectors).build();
  }

  /** A project with its start and full-effect years, a ramp shape and some effects. */
  static Project.Builder project(String id, int start, int full, Ramp ramp, Effect... effects) {
    return Project.builder().id(id).start(start).fullEffect(full).ramp(ramp).addEffects(effects);
  }

  /** A step project starting (at full effect) in {@code start}. */
  static Project step(String id, int start, Effect... effects) {
    return project(id, start, start, Ramp.STEP, effects).build();
  }

  /** A strategy with the given projects. */
  static Strategy strategy(String id, Project... projects) {
    return Strategy.builder().id(id).addProjects(projects).build();
  }

  /** A model with one strategy {@code s} holding the projects, and a scenario {@code plan} adopting it fully. */
  static CityModel oneStrategy(CityProfile profile, int endYear, Project... projects) {
    return CityModel.builder()
        .profile(profile)
        .addStrategy(strategy("s", projects))
        .addScenario(Scenario.baseline("baseline", endYear))
        .addScenario(Scenario.builder().name("plan").endYear(endYear).adopt("s").build())
        .build();
  }

  /** The events of a run of one type. */
  static <E extends Event> List<E> events(Run run, Class<E> type) {
    return run.events().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
  }

  /** The events of a list of one type that match a condition. */
  static <E extends Event> List<E> events(List<Event> all, Class<E> type, Predicate<E> filter) {
    return all.stream().filter(type::isInstance).map(type::cast).filter(filter).collect(Collectors.toList());
  }
}
