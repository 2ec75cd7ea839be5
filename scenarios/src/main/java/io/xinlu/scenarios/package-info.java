/**
 * Ready-made models: the synthetic reference city used for benchmarks and cross-checks
 * ({@link io.xinlu.scenarios.SyntheticCity}); Yangquan in 2022 with its strategies, four scenarios, targets and
 * uncertainty ranges ({@link io.xinlu.scenarios.Yangquan}), every number a {@link io.xinlu.scenarios.Figure} with
 * its {@link io.xinlu.scenarios.Provenance} ({@link io.xinlu.scenarios.YangquanData}); and the archetypes of the four
 * resource-city types with a classifier ({@link io.xinlu.scenarios.Archetypes},
 * {@link io.xinlu.scenarios.ResourceCityClassifier}). No I/O: data is code with its sources attached.
 */
@NullMarked
package io.xinlu.scenarios;

import org.jspecify.annotations.NullMarked;
