package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.SyntheticCity;
import io.xinlu.scenarios.Yangquan;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.scenarios.Uncertainty;
import org.junit.jupiter.api.Test;

/** The catalogue's models, with their targets and uncertainty ranges, written and read back in both syntaxes. */
class CatalogueRoundTripTest {
  static ScenarioDocument yangquan() {
    ParameterSpace.Builder space = ParameterSpace.builder();
    for (Uncertainty u : Yangquan.uncertainties()) {
      space.parameter(u.path(), Distribution.triangular(u.low(), u.mode(), u.high()));
    }
    return ScenarioDocument.builder().model(Yangquan.model()).targets(Yangquan.targets()).uncertainty(space.build())
        .build();
  }

  @Test
  void yangquan_reads_back_equal_in_yaml_and_json() {
    ScenarioDocument d = yangquan();
    for (FileFormat f : FileFormat.values()) {
      String text = ScenarioFiles.write(d, f);
      ScenarioDocument back = ScenarioFiles.parse(text, "yangquan" + f.extension(), f);
      assertEquals(d, back, f.name());
      assertEquals(text, ScenarioFiles.write(back, f), "writing again gives the same text");
      LoadedModel loaded = ScenarioFiles.combine(java.util.List.of(back));
      assertEquals(Yangquan.model(), loaded.model());
    }
  }

  @Test
  void the_synthetic_city_reads_back_equal() {
    CityModel m = SyntheticCity.model(7, 12, 2050);
    for (FileFormat f : FileFormat.values()) {
      ScenarioDocument back = ScenarioFiles.parse(ScenarioFiles.write(ScenarioDocument.of(m), f), "s" + f.extension(), f);
      assertEquals(m, ScenarioFiles.combine(java.util.List.of(back)).model());
    }
  }
}
