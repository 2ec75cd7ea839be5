package io.xinlu.economy;

/**
 * The three groups of the national accounts to which every sector belongs. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum SectorGroup {
  /** Agriculture, forestry, animal husbandry and fishery. */
  PRIMARY,
  /** Industry (mining, manufacturing, utilities) and construction. */
  SECONDARY,
  /** Services. */
  TERTIARY
}
