// Compare the Yangquan scenarios with the baseline, check the targets and write the comparison as tidy CSV.
// JShell reads a line as a complete statement when it can: multi-line statements end their lines with "." or ",".
// Run from the repository root: ./xinlu-jshell examples/scripts/compare-scenarios.jsh
import io.xinlu.analysis.ScenarioComparison;
import io.xinlu.engine.Engine;
import io.xinlu.io.AtomicFiles;
import io.xinlu.io.results.CsvExport;
import io.xinlu.io.results.Metadata;
import io.xinlu.io.results.Tables;
import io.xinlu.indicator.Indicators;
import io.xinlu.indicator.TargetCheck;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.Yangquan;
import java.nio.file.Files;
import java.nio.file.Path;

CityModel model = Yangquan.model();
ScenarioComparison.Builder b = ScenarioComparison.builder().reference(Yangquan.BASELINE).
    indicators(Indicators.gdp(), Indicators.co2(), Indicators.resourceDependence(), Indicators.displacedWorkers()).
    years(2030, 2035).targets(Yangquan.targets());
Engine.runAll(model).values().forEach(b::add);
ScenarioComparison c = b.build();
System.out.println(c.table().wide(2030, 2035));
for (TargetCheck k : c.checks()) System.out.println(k.describe());
Path csv = Files.createTempDirectory("xinlu-compare").resolve("comparison.csv");
AtomicFiles.write(csv, CsvExport.toCsv(Metadata.of("yangquan", model.scenarioNames()), Tables.indicators("comparison", c.table())));
System.out.println("comparison written to " + csv);
/exit
