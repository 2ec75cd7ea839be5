/**
 * The scenario engine: {@link io.xinlu.engine.Engine#compile compile} a scenario of a
 * {@link io.xinlu.scenario.CityModel} into flat arrays once ({@link io.xinlu.engine.CompiledScenario}), then
 * {@link io.xinlu.engine.CompiledScenario#run() run} it: a pure, deterministic function that returns a
 * {@link io.xinlu.engine.Run} with every {@link io.xinlu.engine.Quantity quantity} by year and sector and the
 * {@link io.xinlu.engine.Event events} of the run. {@link io.xinlu.engine.Attribution} gives the difference one
 * project makes. The equations are in {@code docs/MODEL.md}.
 */
@NullMarked
package io.xinlu.engine;

import org.jspecify.annotations.NullMarked;
