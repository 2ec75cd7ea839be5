package io.xinlu.architecture;

/** Test fixtures that break the purity rules on purpose; never loaded by production code. */
final class Impure {
  private Impure() {}

  static final class Prints {
    void run() {
      System.out.println("hello");
    }
  }

  static final class ReadsClock {
    long run() {
      return System.currentTimeMillis() + java.time.Instant.now().getEpochSecond();
    }
  }

  static final class ReadsEnvironment {
    String run() {
      return System.getenv("HOME");
    }
  }

  static final class UnseededRandom {
    double run() {
      return new java.util.Random().nextDouble() + Math.random();
    }
  }

  static final class ReadsFile {
    boolean run() {
      return java.nio.file.Files.exists(java.nio.file.Path.of("x"));
    }
  }
}
