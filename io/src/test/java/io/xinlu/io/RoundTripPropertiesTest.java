package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Write then read gives an equal document, in YAML and in JSON, for generated documents that use every part of the
 * format ({@link DocGen}); writing what was read gives the same text again; and every written file is valid against
 * the JSON Schema of the format.
 */
class RoundTripPropertiesTest {
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void yaml_write_then_read_gives_an_equal_document() {
    qt().forAll(DocGen.documents()).checkAssert(d -> roundTrip(d, FileFormat.YAML));
  }

  @Test
  void json_write_then_read_gives_an_equal_document() {
    qt().forAll(DocGen.documents()).checkAssert(d -> roundTrip(d, FileFormat.JSON));
  }

  @Test
  void every_written_document_is_valid_against_the_schema() {
    Schema schema = SchemaTest.schema();
    qt().forAll(DocGen.documents()).checkAssert(d -> {
      for (FileFormat f : FileFormat.values()) {
        String text = ScenarioFiles.write(d, f);
        List<Error> errors = schema.validate(tree(text, f));
        assertTrue(errors.isEmpty(), () -> errors + " in\n" + text);
      }
    });
  }

  private static void roundTrip(ScenarioDocument d, FileFormat f) {
    String text = ScenarioFiles.write(d, f);
    ScenarioDocument back = ScenarioFiles.parse(text, "doc" + f.extension(), f);
    assertEquals(d.profile(), back.profile(), () -> "the profile read back differently:\n" + text);
    assertEquals(d.strategies(), back.strategies(), () -> "the strategies read back differently:\n" + text);
    assertEquals(d.scenarios(), back.scenarios(), () -> "the scenarios read back differently:\n" + text);
    assertEquals(d.targets(), back.targets(), () -> "the targets read back differently:\n" + text);
    assertEquals(d.uncertainty(), back.uncertainty(), () -> "the uncertainty read back differently:\n" + text);
    assertEquals(d.checks(), back.checks(), () -> "the checks read back differently:\n" + text);
    assertEquals(d, back);
    assertEquals(text, ScenarioFiles.write(back, f));
  }

  static JsonNode tree(String text, FileFormat f) {
    try {
      return (f == FileFormat.YAML ? YAML : JSON).readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
