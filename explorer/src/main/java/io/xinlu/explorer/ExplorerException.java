package io.xinlu.explorer;

/**
 * A request the explorer refuses: its message says what is wrong and what is valid, and the API answers it with a
 * 4xx status and {@code {"error": message}}. Immutable and thread-safe.
 */
public final class ExplorerException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the answer. */
  private final int status;

  /** A refusal with status 400 (bad request). */
  public ExplorerException(String message) {
    this(400, message);
  }

  /** A refusal with the given 4xx status. */
  public ExplorerException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status of the answer, 400 to 499. */
  public int status() {
    return status;
  }
}
