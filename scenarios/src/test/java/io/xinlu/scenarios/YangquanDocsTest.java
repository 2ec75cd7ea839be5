package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prints the tables of {@code docs/DATA.md} (figures with provenance, calibration checks, the four scenarios in 2035
 * and their targets) and checks that the file holds exactly what the code computes. To refresh the file after a
 * change of data: run {@code mvn -pl core,scenarios test -Dtest=YangquanDocsTest} and paste the printed tables.
 */
class YangquanDocsTest {
  private static final Path DATA_MD = Path.of("..", "docs", "DATA.md");

  @Test
  void docs_data_md_holds_the_tables_the_code_prints() throws IOException {
    List<Run> runs = YangquanReport.runs();
    String[][] tables = {
        {"sectors", YangquanReport.sectorTable()},
        {"input-output table", YangquanReport.inputOutputTable()},
        {"projects", YangquanReport.projectTable()},
        {"uncertainty", YangquanReport.uncertaintyTable()},
        {"figures", YangquanReport.figureTable()},
        {"calibration checks", YangquanReport.checkTable()},
        {"industrial mix 2035", YangquanReport.mixTable(runs, 2035)},
        {"energy, CO2, jobs and coal 2035", YangquanReport.pressureTable(runs, 2035)},
        {"targets", YangquanReport.targetTable(runs)}};
    StringBuilder printed = new StringBuilder();
    for (String[] t : tables) {
      printed.append("<!-- table: ").append(t[0]).append(" -->\n").append(t[1]).append('\n');
    }
    System.out.println(printed);
    String doc = Files.readString(DATA_MD, StandardCharsets.UTF_8);
    for (String[] t : tables) {
      assertTrue(doc.contains(t[1]), "docs/DATA.md does not hold the current '" + t[0] + "' table; it should be:\n"
          + t[1]);
    }
  }
}
