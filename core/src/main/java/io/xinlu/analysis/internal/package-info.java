/**
 * Helpers shared by the analysis families ({@code forecast}, {@code inputoutput}, {@code regional}): not exported,
 * not API.
 */
@NullMarked
package io.xinlu.analysis.internal;

import org.jspecify.annotations.NullMarked;
