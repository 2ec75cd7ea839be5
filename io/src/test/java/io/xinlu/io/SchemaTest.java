package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON Schema of the format: the catalogue's files are valid, and it rejects what the reader rejects. */
class SchemaTest {
  static Schema schema() {
    try (InputStream s = ScenarioFiles.class.getResourceAsStream(ScenarioFiles.SCHEMA_RESOURCE)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Error> errors(String yaml) {
    return schema().validate(RoundTripPropertiesTest.tree(yaml, FileFormat.YAML));
  }

  @Test
  void the_yangquan_case_is_valid_in_both_syntaxes() {
    for (FileFormat f : FileFormat.values()) {
      String text = ScenarioFiles.write(CatalogueRoundTripTest.yangquan(), f);
      assertEquals(List.of(), schema().validate(RoundTripPropertiesTest.tree(text, f)));
    }
  }

  @Test
  void the_schema_rejects_an_unknown_key_where_the_reader_does() {
    String ok = "format: xinlu/1\nprofile:\n  name: x\n  base-year: 2020\n  sectors:\n    - id: a\n"
        + "      group: primary\n      value-added: 1.0\n";
    assertEquals(List.of(), errors(ok));
    List<Error> errors = errors(ok.replace("value-added: 1.0", "value-added: 1.0\n      valueadded: 2.0"));
    assertFalse(errors.isEmpty());
    assertTrue(errors.toString().contains("valueadded"), errors.toString());
    assertFalse(errors(ok + "extra: 1\n").isEmpty(), "an unknown top-level key");
  }

  @Test
  void the_schema_rejects_a_wrong_version_a_number_in_a_string_and_a_target_of_the_wrong_shape() {
    String ok = "format: xinlu/1\ntargets:\n  - kind: peak\n    indicator: co2\n    year: 2030\n";
    assertEquals(List.of(), errors(ok));
    assertFalse(errors(ok.replace("xinlu/1", "xinlu/2")).isEmpty());
    assertFalse(errors(ok.replace("year: 2030", "year: \"2030\"")).isEmpty());
    assertFalse(errors(ok.replace("year: 2030", "year: 2030\n    at-most: 3")).isEmpty(), "a peak has no threshold");
    assertFalse(errors(ok.replace("format: xinlu/1\n", "")).isEmpty(), "format is required");
  }
}
