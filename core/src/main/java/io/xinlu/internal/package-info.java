/** Internal helpers of the core module: not exported, not API. */
@NullMarked
package io.xinlu.internal;

import org.jspecify.annotations.NullMarked;
