package io.xinlu.io.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.io.AtomicFiles;
import io.xinlu.scenarios.SyntheticCity;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and JSON exports: they read back, with their metadata; files are written whole or not at all. */
class ExportTest {
  private static final Metadata META = new Metadata("9.9", "town, \"old\"", List.of("baseline", "all"), "42");

  @Test
  void csv_round_trips_through_commons_csv_with_its_metadata_comments() throws IOException {
    Table t = new Table("t", "name", "value", "flag", "empty")
        .add("a, \"quoted\"\nline", 1.5, true, null)
        .add("b", Double.NaN, false, "x");
    String csv = CsvExport.toCsv(META, t);
    try (CSVParser p = CsvExport.READ_FORMAT.parse(new StringReader(csv))) {
      List<CSVRecord> rows = p.getRecords();
      assertEquals(List.of("name", "value", "flag", "empty"), p.getHeaderNames());
      assertEquals(2, rows.size());
      assertEquals("a, \"quoted\"\nline", rows.get(0).get("name"));
      assertEquals(1.5, Double.parseDouble(rows.get(0).get("value")));
      assertEquals("true", rows.get(0).get("flag"));
      assertEquals("NaN", rows.get(1).get("value"));
      String comment = p.getHeaderComment();
      assertTrue(comment.contains("xinlu-version: 9.9"), comment);
      assertTrue(comment.contains("profile: town, \"old\""), comment);
      assertTrue(comment.contains("scenarios: baseline, all"), comment);
      assertTrue(comment.contains("seed: 42"), comment);
    }
  }

  @Test
  void runs_export_is_tidy_and_matches_the_run() throws IOException {
    Run run = Engine.run(SyntheticCity.model(5, 3, 2035), "all");
    String csv = CsvExport.toCsv(Metadata.of(run.profileName(), List.of("all")), Tables.runs(List.of(run)));
    try (CSVParser p = CsvExport.READ_FORMAT.parse(new StringReader(csv))) {
      CSVRecord va = p.getRecords().stream().filter(r -> r.get("variable").equals("value_added")
          && r.get("sector").equals("total") && r.get("year").equals("2035")).findFirst().orElseThrow();
      assertEquals(166.719956408, Double.parseDouble(va.get("value")), 1e-9);
      assertEquals("billion CNY", va.get("unit"));
    }
  }

  @Test
  void json_parses_with_jackson_and_has_metadata() throws IOException {
    Table t = new Table("rows", "name", "value").add("a", 2.0).add("b", Double.NaN);
    JsonNode root = new ObjectMapper().readTree(JsonExport.toJson(META, List.of(t, new Table("none", "x"))));
    assertEquals("9.9", root.get("metadata").get("xinlu-version").asText());
    assertEquals("42", root.get("metadata").get("seed").asText());
    assertEquals("all", root.get("metadata").get("scenario-list").get(1).asText());
    assertEquals(2.0, root.get("rows").get(0).get("value").asDouble());
    assertTrue(root.get("rows").get(1).get("value").isNull());
    assertEquals(0, root.get("none").size());
  }

  @Test
  void atomic_write_replaces_a_file_whole_and_leaves_no_temporary_file(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("out.csv");
    AtomicFiles.write(f, "old\n");
    AtomicFiles.write(f, "new\n");
    assertEquals("new\n", Files.readString(f, StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(f), files.toList());
    }
  }

  @Test
  void atomic_write_into_a_missing_folder_fails_and_writes_nothing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plain-file");
    Files.writeString(file, "x");
    assertThrows(IOException.class, () -> AtomicFiles.write(file.resolve("out.csv"), "y"));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void atomic_write_of_several_files_touches_none_when_one_cannot_be_written(@TempDir Path dir) throws IOException {
    Path kept = dir.resolve("a.csv");
    Files.writeString(kept, "old\n");
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(kept, "new\n");
    files.put(dir.resolve("missing-folder").resolve("b.csv"), "b\n");
    assertThrows(IOException.class, () -> AtomicFiles.writeAll(files));
    assertEquals("old\n", Files.readString(kept, StandardCharsets.UTF_8));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(kept), left.toList());
    }
  }
}
