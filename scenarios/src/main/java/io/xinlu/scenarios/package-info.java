/**
 * Ready-made models: the synthetic reference city used for benchmarks and cross-checks
 * ({@link io.xinlu.scenarios.SyntheticCity}).
 */
@NullMarked
package io.xinlu.scenarios;

import org.jspecify.annotations.NullMarked;
