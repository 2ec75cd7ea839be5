package io.xinlu.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the YAML reader ({@link FuzzTargets#readFile}). In every build it runs over the inputs
 * under {@code src/test/resources/io/xinlu/io/YamlReaderFuzzTestInputs/} (the example files, every hostile input of
 * the hardening work, the findings of earlier runs); {@code -Pfuzz} fuzzes it (docs/TESTING.md).
 */
class YamlReaderFuzzTest {
  static {
    FuzzTargets.warmUp();
  }

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void read(byte[] data) {
    FuzzTargets.readFile(data, FileFormat.YAML);
  }
}
