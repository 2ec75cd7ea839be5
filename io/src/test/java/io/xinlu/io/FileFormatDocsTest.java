package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The YAML examples of {@code docs/FILE-FORMAT.md} read without a problem and together load as one valid model. */
class FileFormatDocsTest {
  private static final Path DOC = Path.of("..", "docs", "FILE-FORMAT.md");

  @Test
  void the_examples_of_the_format_page_load_as_one_model() throws IOException {
    Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
    List<ScenarioDocument> docs = new ArrayList<>();
    while (m.find()) {
      String text = m.group(1).startsWith("format:") ? m.group(1) : "format: xinlu/1\n" + m.group(1);
      docs.add(ScenarioFiles.parse(text, "FILE-FORMAT.md example " + (docs.size() + 1), FileFormat.YAML));
    }
    assertEquals(7, docs.size(), "one example per section");
    LoadedModel model = ScenarioFiles.combine(docs);
    assertEquals(List.of("baseline", "late"), model.model().scenarioNames());
    assertEquals(4, model.targets().size());
    assertTrue(model.uncertainty().isPresent());
    assertEquals(3, model.checks().size());
    // the search example builds its problem against the examples' model
    assertEquals(7, model.search().orElseThrow().problem(model).objectives().size());
  }
}
