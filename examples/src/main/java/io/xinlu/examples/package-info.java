/** Runnable programs and the researcher's command line ({@link io.xinlu.examples.XinluCommand}). */
package io.xinlu.examples;
