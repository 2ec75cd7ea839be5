/** A runnable study of many synthetic cities on Spark ({@code local[2]} or a cluster). */
@NullMarked
package io.xinlu.spark.examples;

import org.jspecify.annotations.NullMarked;
