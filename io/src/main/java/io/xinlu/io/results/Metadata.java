package io.xinlu.io.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an export was computed from: the Xinlu version, the city profile, the scenarios and the seed (or
 * {@code none} when nothing was random). No clock time, so that the same inputs give the same files.
 *
 * @param xinluVersion the version from the jar's manifest, or {@code development}
 * @param profile the city profile's name
 * @param scenarios the scenarios, in order
 * @param seed the seed of the design, or {@code none}
 * @since 0.1.0
 */
public record Metadata(String xinluVersion, String profile, List<String> scenarios, String seed) {
  /** Copies the scenario list. */
  public Metadata {
    scenarios = List.copyOf(scenarios);
  }

  /** Metadata with this library's version and no seed. */
  public static Metadata of(String profile, List<String> scenarios) {
    return new Metadata(version(), profile, scenarios, "none");
  }

  /** The same metadata with a seed. */
  public Metadata withSeed(Object seed) {
    return new Metadata(xinluVersion, profile, scenarios, String.valueOf(seed));
  }

  /** The Xinlu version from the jar's manifest, or {@code development} when run from classes. */
  public static String version() {
    String v = Metadata.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /** The entries in header order: {@code xinlu-version}, {@code profile}, {@code scenarios}, {@code seed}. */
  public Map<String, String> entries() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("xinlu-version", xinluVersion);
    m.put("profile", profile);
    m.put("scenarios", String.join(", ", scenarios));
    m.put("seed", seed);
    return m;
  }
}
