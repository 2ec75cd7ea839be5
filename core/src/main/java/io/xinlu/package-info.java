/**
 * Root of the Xinlu API: the single exception type that reports every problem of an invalid model
 * ({@link io.xinlu.InvalidModelException}) and its entries ({@link io.xinlu.Problem}).
 */
@NullMarked
package io.xinlu;

import org.jspecify.annotations.NullMarked;
