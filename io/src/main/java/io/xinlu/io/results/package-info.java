/**
 * Result files: runs, indicator tables, comparisons, target checks, decompositions, ensemble summaries and Sobol
 * indices as tidy {@link io.xinlu.io.results.Table}s ({@link io.xinlu.io.results.Tables}), written as CSV (Apache
 * Commons CSV) with a metadata header of comment lines ({@link io.xinlu.io.results.CsvExport}) or as JSON (Jackson)
 * with a {@code metadata} object ({@link io.xinlu.io.results.JsonExport}). Write files with
 * {@link io.xinlu.io.AtomicFiles}: a reader sees the old file or the whole new one, never half of it; a symbolic link
 * is written through to its target, a device or FIFO as a stream, never replaced.
 */
@NullMarked
package io.xinlu.io.results;

import org.jspecify.annotations.NullMarked;
