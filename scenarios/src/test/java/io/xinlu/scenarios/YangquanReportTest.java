package io.xinlu.scenarios;

import io.xinlu.engine.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class YangquanReportTest {
  @Test
  void prints_the_tables() {
    List<Run> runs = YangquanReport.runs();
    System.out.println(YangquanReport.mixTable(runs, 2035));
    System.out.println(YangquanReport.pressureTable(runs, 2035));
    System.out.println(YangquanReport.targetTable(runs));
    System.out.println(YangquanReport.checkTable());
    runs.forEach(r -> r.events().forEach(e -> System.out.println(r.scenarioName() + ": " + e.describe())));
  }
}
