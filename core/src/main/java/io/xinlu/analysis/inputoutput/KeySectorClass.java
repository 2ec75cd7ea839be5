package io.xinlu.analysis.inputoutput;

/**
 * The usual four-way classification of a sector by its normalised backward and forward linkage indices, each
 * compared with the average 1 (Rasmussen 1956; Miller and Blair 2009, section 12.2). A sector exactly at 1 counts
 * as not above average.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum KeySectorClass {
  /** Backward and forward index both above 1: a key sector, pulling on its suppliers and pushing its buyers. */
  KEY,
  /** Only the backward index above 1: strongly dependent on local suppliers. */
  BACKWARD,
  /** Only the forward index above 1: strongly depended on by local buyers. */
  FORWARD,
  /** Neither above 1: weakly linked to the local economy. */
  WEAK;

  /**
   * The class of a sector with these normalised indices.
   *
   * @param backward the backward linkage index
   * @param forward the forward linkage index
   */
  public static KeySectorClass of(double backward, double forward) {
    boolean b = backward > 1;
    boolean f = forward > 1;
    if (b && f) {
      return KEY;
    }
    if (b) {
      return BACKWARD;
    }
    return f ? FORWARD : WEAK;
  }
}
