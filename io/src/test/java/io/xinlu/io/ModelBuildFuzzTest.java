package io.xinlu.io;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@code CityModel.build} from decoded bytes ({@link ModelDecoder}): every input gives a
 * model, which writes and reads back equal, or an {@code InvalidModelException} ({@link FuzzTargets#buildModel}).
 * In every build it runs over the inputs under {@code src/test/resources/io/xinlu/io/ModelBuildFuzzTestInputs/};
 * {@code -Pfuzz} fuzzes it (docs/TESTING.md).
 */
class ModelBuildFuzzTest {
  static {
    FuzzTargets.warmUp();
  }

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void build(FuzzedDataProvider data) {
    ModelDecoder.decode(data).ifPresent(FuzzTargets::buildModel);
  }
}
