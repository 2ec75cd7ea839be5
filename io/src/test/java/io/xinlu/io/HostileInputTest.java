package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files: too large (a regular file, a link to {@code /dev/zero}, a pipe), with one very long line or
 * string, nested too deep, with too many items, keys or values, with YAML anchors, aliases and tags, with a tab or a
 * control character. Each ends in a {@link ScenarioFileException} that places the problem, in seconds (the timeouts
 * below only guard against a hang; they are far above the time these take).
 *
 * <p>The limits are written out here as numbers, not taken from {@link ReadLimits}: the test states what
 * docs/FILE-FORMAT.md promises.
 */
class HostileInputTest {
  private static final Duration GUARD = Duration.ofSeconds(60);
  private static final int FILE_BYTES = 16 * 1024 * 1024;

  private static ScenarioFileException parseFails(String name, String text) {
    return assertTimeoutPreemptively(GUARD, () -> assertThrows(ScenarioFileException.class,
        () -> ScenarioFiles.parse(text, name, FileFormat.of(Path.of(name)))));
  }

  private static ScenarioFileException readFails(Path file) {
    return assertTimeoutPreemptively(GUARD, () -> assertThrows(ScenarioFileException.class,
        () -> ScenarioFiles.read(file)));
  }

  /** The one problem of an exception, checked to be at {@code file:line:column} and to contain {@code part}. */
  private static FileProblem only(ScenarioFileException e, String where, String part) {
    assertEquals(1, e.problems().size(), e.getMessage());
    FileProblem p = e.problems().get(0);
    assertEquals(where, p.file() + ":" + p.line() + ":" + p.column(), p.toString());
    assertTrue(p.message().contains(part), p + "\n  should contain: " + part);
    return p;
  }

  // ---- the size of a file ------------------------------------------------------------------------------------

  @Test
  void a_200_mb_file_is_refused_by_its_size_before_it_is_read(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("big.json");
    try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
      r.setLength(200L * 1024 * 1024); // sparse: nothing is written
    }
    // the exact size can only come from the file system: the reader did not read 200 MB to find it
    only(readFails(f), f + ":1:1", "the file has 209715200 bytes; a scenario file has at most 16777216 bytes");
  }

  @Test
  void a_link_to_dev_zero_is_refused_after_reading_one_byte_more_than_the_limit(@TempDir Path dir)
      throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "no /dev/zero here");
    Path link = Files.createSymbolicLink(dir.resolve("profile.yaml"), zero);
    only(readFails(link), link + ":1:1", "the file has more than 16777216 bytes; a scenario file has at most");
  }

  @Test
  void a_pipe_that_never_ends_is_refused_after_reading_one_byte_more_than_the_limit(@TempDir Path dir)
      throws Exception {
    Path fifo = dir.resolve("plan.json");
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here: " + e.getMessage());
      return;
    }
    assumeTrue(mk.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
    Thread writer = new Thread(() -> {
      byte[] chunk = new byte[1 << 16];
      Arrays.fill(chunk, (byte) ' ');
      try (OutputStream out = Files.newOutputStream(fifo)) {
        while (true) {
          out.write(chunk); // until the reader closes its end
        }
      } catch (IOException expected) {
        // broken pipe: the reader stopped
      }
    });
    writer.setDaemon(true);
    writer.start();
    only(readFails(fifo), fifo + ":1:1", "the file has more than 16777216 bytes");
    writer.join(GUARD.toMillis());
    assertFalse(writer.isAlive(), "the writer ends when the reader closes the pipe");
  }

  @Test
  void text_given_to_parse_is_held_to_the_same_limit() {
    String text = "format: xinlu/1\n" + "#".repeat(FILE_BYTES);
    only(parseFails("big.yaml", text), "big.yaml:1:1",
        "the text has 16777232 characters; a scenario file has at most 16777216");
  }

  // ---- long lines and strings ----------------------------------------------------------------------------------

  /** One quoted string of {@code length} characters as the profile's name, on line 3. */
  private static String longName(int length) {
    return "format: xinlu/1\nprofile:\n  name: \"" + "x".repeat(length) + "\"\n";
  }

  @Test
  void one_long_quoted_string_in_yaml_is_refused_by_its_line_before_the_parser_scans_it(@TempDir Path dir)
      throws IOException {
    for (int mb : new int[] {1, 2, 15}) {
      String text = longName(mb * 1024 * 1024);
      int line = 10 + mb * 1024 * 1024; // '  name: "' + the string + '"'
      only(parseFails("city.yaml", text), "city.yaml:3:100001",
          "line 3 has " + line + " characters; a line of a YAML file has at most 100000");
      Path f = dir.resolve("city" + mb + ".yaml");
      Files.writeString(f, text);
      only(readFails(f), f + ":3:100001", "a line of a YAML file has at most 100000");
    }
  }

  @Test
  void every_yaml_line_break_ends_a_line_for_the_limit_and_for_places() {
    // a lone carriage return, NEL, LS and PS break lines in YAML as a line feed does
    for (String br : new String[] {"\r", "\r\n", "\u0085", "\u2028", "\u2029"}) {
      String long2 = ("#" + "x".repeat(60_000) + br).repeat(2);
      String text = ("format: xinlu/1" + br + long2 + "profile:" + br + "\tname: x" + br);
      only(parseFails("city.yaml", text), "city.yaml:5:1", "a tab character");
    }
    String tooLong = "format: xinlu/1\r#" + "x".repeat(100_000) + "\rprofile: {}\r";
    only(parseFails("city.yaml", tooLong), "city.yaml:2:100001", "line 2 has 100001 characters");
  }

  @Test
  void a_line_of_exactly_the_limit_is_read() {
    String text = "format: xinlu/1\n#" + "x".repeat(99_999) + "\nprofile: {}\n";
    ScenarioFileException e = parseFails("city.yaml", text);
    assertTrue(e.getMessage().contains("city.yaml:3:"), e.getMessage()); // the empty profile, not the line
    assertFalse(e.getMessage().contains("at most 100000"), e.getMessage());
  }

  @Test
  void a_string_longer_than_the_limit_is_refused_at_its_start_in_yaml_and_json() {
    String yaml = "format: xinlu/1\nprofile:\n  name: " + "x".repeat(10_001) + "\n";
    only(parseFails("city.yaml", yaml), "city.yaml:3:9", "a string of 10001 characters; a string has at most 10000");
    // over several lines, each short
    String folded = "format: xinlu/1\nprofile:\n  name: \"" + ("x".repeat(79) + "\n   ").repeat(300) + "\"\n";
    only(parseFails("city.yaml", folded), "city.yaml:3:9", "a string of ");
    String json = "{\"format\": \"xinlu/1\",\n \"profile\": {\"name\": \"" + "x".repeat(10_001) + "\"}}";
    only(parseFails("city.json", json), "city.json:2:22", "a string of 10001 characters; a string has at most 10000");
    String key = "{\"format\": \"xinlu/1\",\n \"" + "k".repeat(10_001) + "\": 1}";
    only(parseFails("city.json", key), "city.json:2:2", "a key of 10001 characters; a key has at most 10000");
    // exactly the limit is no limit problem (the name is read; the profile lacks other keys)
    String ok = "format: xinlu/1\nprofile:\n  name: " + "x".repeat(10_000) + "\n";
    assertFalse(parseFails("city.yaml", ok).getMessage().contains("at most 10000"));
  }

  @Test
  void a_number_longer_than_the_limit_is_refused_in_yaml_and_json() {
    String digits = "1".repeat(1001);
    String yaml = "format: xinlu/1\nprofile:\n  population: " + digits + "\n";
    only(parseFails("city.yaml", yaml), "city.yaml:3:15", "a number longer than 1000 characters");
    String json = "{\"format\": \"xinlu/1\",\n \"profile\": {\"population\": " + digits + "}}";
    ScenarioFileException e = parseFails("city.json", json);
    assertEquals(1, e.problems().size(), e.getMessage());
    assertEquals(2, e.problems().get(0).line(), e.getMessage());
    assertTrue(e.problems().get(0).message().contains("a number longer than 1000 characters"), e.getMessage());
  }

  @Test
  void long_strings_of_digits_where_numbers_belong_are_judged_in_linear_time() {
    // found by fuzzing: '111...1*111' (3,441 characters) as the population took 3.5 s, as the advice's patterns tried
    // every way to split the digits; twenty of the longest strings allowed would take minutes
    StringBuilder b = new StringBuilder("format: xinlu/1\nprofile:\n  name: t\n  base-year: 2022\n  sectors:\n");
    for (int i = 0; i < 20; i++) {
      b.append("    - {id: s").append(i).append(", group: primary, value-added: ").append("1".repeat(9_990))
          .append("*1_1.1}\n");
    }
    ScenarioFileException e = parseFails("city.yaml", b.toString());
    assertEquals(20, e.problems().size(), e.getMessage().substring(0, 300));
    assertTrue(e.problems().get(0).message().startsWith("expected a number (billion CNY), got the string '1111"),
        e.problems().get(0).message());
    assertTrue(e.problems().get(0).message().endsWith("... (9996 characters)'"), e.problems().get(0).message());
  }

  @Test
  void a_year_that_fits_an_int_reads_back_as_the_core_accepted_it() {
    // found by fuzzing: a valid model with a project ending in 2021159781 was written but not read back
    String text = BadInputTest.MODEL.replace("full-effect: 2026\n", "full-effect: 2026\n        end: 2021159781\n");
    LoadedModel m = ScenarioFiles.combine(List.of(ScenarioFiles.parse(text, "plan.yaml", FileFormat.YAML)));
    assertEquals(2021159781, m.model().project("btr-anode").orElseThrow().end().getAsInt());
    String beyond = BadInputTest.MODEL.replace("full-effect: 2026\n", "full-effect: 2026\n        end: 3000000000\n");
    only(parseFails("plan.yaml", beyond), "plan.yaml:22:14", "expected a whole year, such as 2030, got the number "
        + "3000000000");
  }

  // ---- nesting, lists, mappings, values ----------------------------------------------------------------------

  @Test
  void nesting_deeper_than_the_limit_is_refused_at_the_first_level_too_deep() {
    // the root mapping is level 1; 63 more lists make 64 levels, one more is too deep
    String ok = "format: xinlu/1\nx: " + "[".repeat(63) + "]".repeat(63) + "\n";
    assertFalse(parseFails("a.yaml", ok).getMessage().contains("levels"), parseFails("a.yaml", ok).getMessage());
    String yaml = "format: xinlu/1\nx: " + "[".repeat(64) + "]".repeat(64) + "\n";
    only(parseFails("a.yaml", yaml), "a.yaml:2:67", "nested more than 64 levels deep");
    String json = "{\"format\": \"xinlu/1\",\n\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    only(parseFails("a.json", json), "a.json:2:69", "nested more than 64 levels deep");
    String deepYaml = "format: xinlu/1\nx: " + "{a: ".repeat(15_000) + "}".repeat(15_000) + "\n";
    only(parseFails("a.yaml", deepYaml), "a.yaml:2:" + (4 + 4 * 63), "nested more than 64 levels deep");
  }

  @Test
  void a_list_with_more_items_than_the_limit_is_refused_at_the_first_item_too_many() {
    String ok = "format: xinlu/1\nx: [" + "1, ".repeat(999) + "1]\n";
    assertFalse(parseFails("a.yaml", ok).getMessage().contains("items"));
    String yaml = "format: xinlu/1\nx:\n" + "  - 1\n".repeat(1001);
    only(parseFails("a.yaml", yaml), "a.yaml:1003:5", "a list of more than 1000 items; a list has at most 1000");
  }

  @Test
  void a_mapping_with_more_keys_than_the_limit_is_refused_at_the_first_key_too_many() {
    // the format and k1 to k998 are 999 keys, on lines 1 to 999
    StringBuilder b = new StringBuilder("{\"format\": \"xinlu/1\",\n");
    for (int i = 1; i < 999; i++) {
      b.append("\"k").append(i).append("\": 1,\n");
    }
    String ok = b + "\"last\": 1}";
    assertFalse(parseFails("a.json", ok).getMessage().contains("keys;"));
    String json = b + "\"k999\": 1,\n\"k1000\": 1}";
    only(parseFails("a.json", json), "a.json:1001:1", "a mapping of more than 1000 keys; a mapping has at most 1000");
  }

  @Test
  void more_values_than_the_limit_are_refused_at_the_first_value_too_many() {
    // the root, the format and the outer list are 3 values; each line is a list of 1000 zeros, 1001 values
    StringBuilder b = new StringBuilder("{\"format\": \"xinlu/1\", \"x\": [\n");
    String row = "[" + "0,".repeat(999) + "0],\n";
    for (int i = 0; i < 1000; i++) {
      b.append(row);
    }
    b.append("[0]]}");
    // value 500001 is value 499998 of the rows: row r (0-based, on line r + 2) is value r * 1001 + 1 of them and
    // its item j value r * 1001 + 2 + j; so row 499 (line 501), item 497, at column 2 + 2 * 497
    only(parseFails("a.json", b.toString()), "a.json:501:996",
        "more than 500000 values; a scenario file holds at most 500000");
  }

  // ---- anchors, aliases and tags -----------------------------------------------------------------------------

  @Test
  void an_alias_is_refused_instead_of_being_read_as_the_anchor_name() {
    String text = BadInputTest.MODEL.replace("  - name: baseline\n", "  - name: &b baseline\n")
        .replace("    parent: baseline\n", "    parent: *b\n")
        + "  - name: b\n    end-year: 2040\n";
    ScenarioFileException e = parseFails("plan.yaml", text);
    assertEquals(2, e.problems().size(), e.getMessage());
    assertEquals("plan.yaml:27:11 an anchor (&b): Xinlu files do not use YAML anchors, aliases or tags; write each "
        + "value in full", e.problems().get(0).toString());
    assertEquals("plan.yaml:30:13 an alias (*b): Xinlu files do not use YAML anchors, aliases or tags; write the "
        + "value itself", e.problems().get(1).toString());
  }

  @Test
  void an_alias_to_a_year_and_a_tag_on_a_year_are_refused_where_they_stand() {
    String alias = BadInputTest.MODEL.replace("end-year: 2035", "end-year: *y");
    only(parseFails("plan.yaml", alias), "plan.yaml:28:15", "an alias (*y)");
    String tag = BadInputTest.MODEL.replace("end-year: 2035", "end-year: !custom 2040");
    only(parseFails("plan.yaml", tag), "plan.yaml:28:15", "a tag (!custom): Xinlu files do not use YAML anchors, "
        + "aliases or tags; write the value without the tag");
    String str = BadInputTest.MODEL.replace("name: town", "name: !!str town");
    only(parseFails("plan.yaml", str), "plan.yaml:3:9", "a tag (!!str)");
    String map = BadInputTest.MODEL.replace("profile:\n", "profile: !city\n");
    only(parseFails("plan.yaml", map), "plan.yaml:2:10", "a tag (!city)");
    String list = BadInputTest.MODEL.replace("strategies:\n", "strategies: &all\n");
    only(parseFails("plan.yaml", list), "plan.yaml:16:13", "an anchor (&all)");
  }

  // ---- characters --------------------------------------------------------------------------------------------

  @Test
  void a_tab_is_reported_where_it_stands() {
    only(parseFails("tab.yaml", "format: xinlu/1\nprofile:\n\tname: x\n"), "tab.yaml:3:1",
        "a tab character: YAML indents with spaces; replace the tab with spaces");
    only(parseFails("tab.yaml", "format: xinlu/1\nprofile:\n  name: x\n\t base-year: 2022\n"), "tab.yaml:4:1",
        "a tab character");
  }

  @Test
  void a_control_character_is_reported_where_it_stands() {
    only(parseFails("c.yaml", "format: xinlu/1\nprofile:\n  name: a\u0001b\n"), "c.yaml:3:10",
        "the control character U+0001 is not allowed in a YAML file");
  }

  // ---- what else a reading problem should not cause ----------------------------------------------------------

  @Test
  void a_negative_end_year_gets_one_message_not_also_a_missing_end_year() {
    String text = BadInputTest.MODEL.replace("end-year: 2035", "end-year: -5");
    ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.combine(
        List.of(ScenarioFiles.parse(text, "plan.yaml", FileFormat.YAML))));
    only(e, "plan.yaml:28:15", "-5 is not after the base year 2022");
  }

  @Test
  void a_file_that_cannot_be_read_does_not_also_cause_a_missing_profile(@TempDir Path dir) throws IOException {
    Path city = Files.writeString(dir.resolve("city.yaml"), "format: xinlu/1\nprofile:\n  name: x\n   y: 1\n");
    Path plan = Files.writeString(dir.resolve("plan.yaml"), "format: xinlu/1\nscenarios: []\n");
    ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(List.of(city, plan)));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).message().startsWith("not valid YAML"), e.getMessage());
  }

  @Test
  void a_file_with_an_unknown_ending_is_a_located_problem(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("city.txt"), "format: xinlu/1\n");
    ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(f));
    only(e, f + ":1:1", "cannot tell the format of the file: a scenario file's name ends in .yaml, .yml or .json");
  }

  @Test
  void a_flood_of_problems_is_listed_up_to_a_thousand_and_counted() {
    StringBuilder b = new StringBuilder("format: xinlu/1\nprofile:\n  name: t\n  base-year: 2022\n  sectors:\n");
    for (int i = 0; i < 1000; i++) {
      b.append("    - {id: s").append(i).append(", group: x, value-added: y}\n");
    }
    ScenarioFileException e = parseFails("a.yaml", b.toString());
    assertEquals(1000, e.problems().size());
    assertTrue(e.getMessage().startsWith("2000 problems in scenario files; the first 1000 found are listed:\n"),
        e.getMessage().substring(0, 200));
    assertTrue(e.getMessage().endsWith("\nand 1000 more problems, not listed"), e.getMessage());
  }
}
