/**
 * Model checks: assertions about a model's runs that a researcher states once and runs on every change of the
 * model, from a test or from the command line. A {@link io.xinlu.check.ModelCheck} bounds an indicator in given years
 * ({@link io.xinlu.check.ModelCheck.Bound}), places the year of its peak in a window
 * ({@link io.xinlu.check.ModelCheck.PeakYear}) or orders two scenarios in a year
 * ({@link io.xinlu.check.ModelCheck.Order}); {@link io.xinlu.check.ModelChecks#run} runs each scenario the checks need
 * once and gives one {@link io.xinlu.check.CheckResult} per check. See {@code docs/CHECKS.md}.
 *
 * <p>Everything here is immutable and thread-safe.
 */
@NullMarked
package io.xinlu.check;

import org.jspecify.annotations.NullMarked;
