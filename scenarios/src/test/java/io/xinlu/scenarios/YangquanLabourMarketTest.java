package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.LabourMarket;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.scenario.CityModel;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Yangquan labour market: its official figures as the sources print them, its estimates, and what it changes. */
class YangquanLabourMarketTest {
  /**
   * The official wages as read in the sources (CNY per person per year, 2022): Yangquan's release (total 79,140;
   * mining 100,409; information technology 92,096; education 87,629; accommodation and catering 35,793) and
   * Changzhi's table (total 89,510; agriculture 35,770; manufacturing 73,108; power 82,529; construction 85,400;
   * wholesale and retail 75,735; transport 48,882; finance 99,137; real estate 43,442).
   */
  @Test
  void the_official_wages_are_those_of_the_sources() {
    assertEquals(79_140, YangquanLabourMarket.WAGE_2022.value());
    assertEquals(100_409, YangquanLabourMarket.WAGE_MINING_2022.value());
    assertEquals(92_096, YangquanLabourMarket.WAGE_ICT_2022.value());
    assertEquals(87_629, YangquanLabourMarket.WAGE_EDUCATION_2022.value());
    assertEquals(35_793, YangquanLabourMarket.WAGE_HOSPITALITY_2022.value());
    assertEquals(89_510, YangquanLabourMarket.CZ_WAGE_2022.value());
    assertEquals(73_108, YangquanLabourMarket.CZ_MANUFACTURING.value());
    assertEquals(82_529, YangquanLabourMarket.CZ_POWER.value());
    long official = YangquanLabourMarket.figures().stream().filter(Figure::isOfficial).count();
    assertEquals(14, official);
    Set<String> ids = new HashSet<>();
    for (Figure f : YangquanLabourMarket.figures()) {
      assertTrue(ids.add(f.id()), "figure id given twice: " + f.id());
      assertTrue(f.isOfficial() || !f.provenance().toString().isBlank(), f.id());
    }
    // a sector's wage estimate: manufacturing at Changzhi's level times 79,140 / 89,510
    assertEquals(73_108 * 79_140.0 / 89_510, YangquanLabourMarket.sectorWages().get("aluminium").value(), 1e-9);
    assertEquals(100_409, YangquanLabourMarket.sectorWages().get("coal-mining").value());
  }

  @Test
  void the_labour_market_is_valid_and_covers_every_sector() {
    CityProfile p = Yangquan.profile();
    LabourMarket m = p.labourMarket().orElseThrow();
    assertEquals(12, m.cohorts().size());
    assertEquals(p.sectorIds().size(), m.wages().size());
    double coal = 0;
    for (double s : m.sharesOf(Yangquan.COAL)) {
      coal += s;
    }
    assertEquals(1.0, coal, 1e-12);
  }

  /**
   * The labour market changes no existing result: every quantity's total in every year of every scenario has the
   * same bits with it as without it.
   */
  @Test
  void the_labour_market_changes_no_existing_result() {
    CityModel with = Yangquan.model();
    CityProfile plain = CityProfile.builder().from(with.profile()).labourMarket(java.util.Optional.empty()).build();
    CityModel without = CityModel.builder().from(with).profile(plain).build();
    for (String s : Yangquan.SCENARIOS) {
      Run a = Engine.run(with, s);
      Run b = Engine.run(without, s);
      for (Quantity q : Quantity.values()) {
        for (int t : a.years()) {
          assertEquals(Double.doubleToLongBits(b.total(q, t)), Double.doubleToLongBits(a.total(q, t)), s + q + t);
        }
      }
    }
  }

  /** Prints the cohort indicators of each scenario in 2030 and 2035, for docs/DATA.md. */
  @Test
  void prints_the_cohort_indicators() {
    IndicatorCatalogue cat = IndicatorCatalogue.standard();
    for (String s : Yangquan.SCENARIOS) {
      Run run = Engine.run(Yangquan.model(), s);
      for (int t : new int[] {2030, 2035}) {
        StringBuilder b = new StringBuilder("cohorts " + s + " " + t);
        for (String id : new String[] {"displaced-workers", "displaced:age:16-29", "displaced:age:30-44",
            "displaced:age:45-54", "displaced:age:55-over", "displaced:skill:low", "displaced:skill:medium",
            "displaced:skill:high", "long-term-unemployed", "retired-from-pool", "out-migrated", "wage-bill",
            "wage-bill-lost", "wage-bill-regained", "wage-income-per-resident"}) {
          b.append(String.format(Locale.ROOT, " %s=%.4g", id, cat.get(id).value(run, t)));
        }
        b.append(String.format(Locale.ROOT, " pool=%.4g", run.cohortPool(t)));
        System.out.println(b);
        assertTrue(run.cohortPool(t) <= run.total(Quantity.DISPLACED_WORKERS, t) + 1e-9 * (1 + run.cohortPool(t)));
      }
    }
  }
}
