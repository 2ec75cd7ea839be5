package io.xinlu.examples;

/** Bad input on the command line: exit code 2, and the message says what is wrong and what is valid. */
final class BadInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
