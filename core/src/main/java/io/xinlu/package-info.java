/**
 * Root of the Xinlu API: the single exception type that reports every problem of an invalid model
 * ({@link io.xinlu.InvalidModelException}), its entries ({@link io.xinlu.Problem}) and the typed segments of their
 * paths ({@link io.xinlu.PathSegment}).
 */
@NullMarked
package io.xinlu;

import org.jspecify.annotations.NullMarked;
