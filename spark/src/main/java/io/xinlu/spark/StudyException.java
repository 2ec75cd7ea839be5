package io.xinlu.spark;

/**
 * A Spark job of a study failed: a run failed on an executor (the message then holds the
 * {@link io.xinlu.uncertainty.ensemble.EnsembleException}'s, naming the run and its parameter values), or Spark itself gave
 * up; or the job of a {@link SparkSearch}'s generation failed other than by a failing evaluation. The cause is Spark's
 * exception.
 *
 * <p>Immutable once thrown.
 *
 * @since 0.1.0
 */
public final class StudyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StudyException(String message, Throwable cause) {
    super(message, cause);
  }
}
