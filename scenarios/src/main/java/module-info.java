/**
 * Ready-made city profiles and scenario catalogues for Xinlu, each number with its provenance. Pure: no I/O.
 */
module io.xinlu.scenarios {
  requires transitive io.xinlu.core;
  requires static transitive org.jspecify;

  exports io.xinlu.scenarios;
}
