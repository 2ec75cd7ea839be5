/**
 * Tidy exports of runs, comparisons, decompositions and ensemble summaries: CSV (Apache Commons CSV) with a
 * metadata header of comment lines, and JSON (Jackson) with a {@code metadata} object. Every file is written
 * atomically ({@link io.xinlu.examples.export.AtomicFiles}): a reader sees the old file or the whole new one, never
 * half of it.
 */
package io.xinlu.examples.export;
