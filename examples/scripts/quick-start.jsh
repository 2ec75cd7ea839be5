// Quick start: run the Yangquan model's scenarios and print a few indicators in 2035.
// JShell reads a line as a complete statement when it can: multi-line statements end their lines with "." or ",".
// Run from the repository root: ./xinlu-jshell examples/scripts/quick-start.jsh
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.Yangquan;
import java.util.Map;

CityModel model = Yangquan.model();
System.out.println("scenarios of " + model.profile().name() + ": " + model.scenarioNames());
// every scenario, compiled once and run, in the model's order
for (Map.Entry<String, Run> e : Engine.runAll(model).entrySet()) {
  Run run = e.getValue();
  System.out.printf(java.util.Locale.ROOT, "%-12s 2035: GDP %6.1f bn CNY, CO2 %5.2f Mt, coal reserve life %4.1f years%n",
      e.getKey(), Indicators.gdp().value(run, 2035), Indicators.co2().value(run, 2035),
      Indicators.reserveLife(Yangquan.COAL).value(run, 2035));
}
/exit
