// An ensemble study: 500 Latin-hypercube runs of Yangquan's seed plan over its triangular uncertainty ranges,
// the CO2 fan by year and the probability of each target.
// JShell reads a line as a complete statement when it can: multi-line statements end their lines with "." or ",".
// Run from the repository root: ./xinlu-jshell examples/scripts/ensemble-study.jsh
import io.xinlu.engine.Parameterization;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenarios.Uncertainty;
import io.xinlu.scenarios.Yangquan;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.ensemble.Summary;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;

ParameterSpace.Builder sb = ParameterSpace.builder();
for (Uncertainty u : Yangquan.uncertainties()) sb.parameter(u.path(), Distribution.triangular(u.low(), u.mode(), u.high()));
ParameterSpace space = sb.build();
Parameterization p = Parameterization.of(Yangquan.model(), Yangquan.SEED_PLAN, space.parameterNames());
EnsembleResult r = Ensemble.builder(p).design(Designs.latinHypercube(space.parameters().size(), 500, 20261128L), space).
    threads(2).indicators(Indicators.co2()).years(2022, 2025, 2030, 2035).targets(Yangquan.targets()).build().run();
System.out.printf("CO2 of yangquan seed-plan, %d runs (Mt CO2)%n", r.runs());
for (int y : r.years()) {
  Summary s = r.summary("co2", y);
  System.out.printf(java.util.Locale.ROOT, "%d  mean %6.2f  q05 %6.2f  median %6.2f  q95 %6.2f%n", y, s.mean(),
      s.quantile(0.05), s.median(), s.quantile(0.95));
}
for (int i = 0; i < r.targets().size(); i++) {
  System.out.printf(java.util.Locale.ROOT, "P(%s) = %.3f%n", r.targets().get(i).id(), r.targetProbability(i));
}
/exit
