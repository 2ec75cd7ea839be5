/**
 * Xinlu core: the domain model of a resource-dependent city, its strategies, projects and scenarios, and the
 * deterministic scenario engine; uncertain parameters, their distributions and sampling designs.
 *
 * <p>The module does no I/O: no files, network, console, clock, environment or unseeded randomness. Every public
 * type is immutable and thread-safe unless its documentation says it is a builder.
 */
module io.xinlu.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.rng.api;
  requires org.apache.commons.rng.simple;
  requires org.apache.commons.rng.sampling;

  exports io.xinlu;
  exports io.xinlu.economy;
  exports io.xinlu.policy;
  exports io.xinlu.scenario;
  exports io.xinlu.engine;
  exports io.xinlu.check;
  exports io.xinlu.decision;
  exports io.xinlu.decision.city;
  exports io.xinlu.indicator;
  exports io.xinlu.history;
  exports io.xinlu.analysis;
  exports io.xinlu.analysis.forecast;
  exports io.xinlu.analysis.inputoutput;
  exports io.xinlu.analysis.lmdi;
  exports io.xinlu.analysis.mcda;
  exports io.xinlu.analysis.regional;
  exports io.xinlu.uncertainty.discovery;
  exports io.xinlu.uncertainty.ensemble;
  exports io.xinlu.uncertainty.sampling;
  exports io.xinlu.uncertainty.sensitivity;
}
