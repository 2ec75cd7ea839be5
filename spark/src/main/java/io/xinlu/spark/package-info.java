/**
 * Ensembles and multi-city studies as Apache Spark jobs: the blocks of every ensemble are spread over the executors,
 * each block is summarised there by core's {@link io.xinlu.uncertainty.ensemble.Ensemble#runBlock(int)}, and the partial
 * summaries are appended in block order, so that the result is the single-machine {@link
 * io.xinlu.uncertainty.ensemble.Ensemble#run()} bit for bit, whatever the number of partitions. See {@code docs/SPARK.md}.
 */
@NullMarked
package io.xinlu.spark;

import org.jspecify.annotations.NullMarked;
