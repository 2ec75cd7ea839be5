package io.xinlu.scenarios;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.economy.Cohort;
import io.xinlu.economy.LabourMarket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labour market of the Yangquan profile ({@code docs/MODEL.md}, section 21): wages by sector and the cohorts of
 * workers by age band and skill level, each number a {@link Figure} with its provenance.
 *
 * <p>Official: Yangquan's average wages of employed persons in urban non-private units in 2022, the city's total and
 * the four industries the city's release names (mining, information technology, education, accommodation and
 * catering), and, for the industries it does not name, the 2022 table of the neighbouring coal city of Changzhi.
 * Estimates: each sector's wage (from those figures, as each method says), and every cohort share, rate and weight,
 * which no public source gives for the city; they are assumptions to be replaced with the city's human-resources and
 * social-security records.
 *
 * <p>These numbers feed only the cohort account; no other result of the Yangquan model depends on them. Stateless;
 * every figure is an immutable constant.
 *
 * @since 0.1.0
 */
public final class YangquanLabourMarket {
  private YangquanLabourMarket() {}

  private static final List<Figure> REGISTRY = new ArrayList<>();

  /** The release of Yangquan's 2022 average wages, as the search found it reproduced. */
  public static final String DOC_WAGES_2022 = "Yangquan Statistics Bureau, average wages of employed persons in urban "
      + "non-private units 2022 (阳泉市城镇非私营单位就业人员平均工资), as reproduced at "
      + "m.xindetihuiya.com/news/gongzi/1111282.html";
  /** Changzhi's 2022 table of average wages by industry. */
  public static final String DOC_CHANGZHI_WAGES_2022 = "Changzhi Statistics Bureau, 2022 average wages of employed "
      + "persons in urban non-private units by industry (长治城镇非私营单位分行业就业人员年平均工资), as published at "
      + "www.9zem.com/xxgkml/zfxxgkml/szfgzbm/czstjj/czsrmzf/tjxx_1188/tjgb/202306/t20230608_2758770.shtml";

  // ---- official: average wages 2022, CNY per person per year ---------------------------------------------

  /** Yangquan, all industries. */
  public static final Figure WAGE_2022 = off("yq.wage.2022", "Yangquan: average wage, all industries", 79_140,
      DOC_WAGES_2022);
  /** Yangquan, mining. */
  public static final Figure WAGE_MINING_2022 = off("yq.wage.mining.2022", "Yangquan: average wage, mining",
      100_409, DOC_WAGES_2022);
  /** Yangquan, information transmission, software and information technology services. */
  public static final Figure WAGE_ICT_2022 = off("yq.wage.ict.2022", "Yangquan: average wage, information technology",
      92_096, DOC_WAGES_2022);
  /** Yangquan, education. */
  public static final Figure WAGE_EDUCATION_2022 = off("yq.wage.education.2022", "Yangquan: average wage, education",
      87_629, DOC_WAGES_2022);
  /** Yangquan, accommodation and catering. */
  public static final Figure WAGE_HOSPITALITY_2022 = off("yq.wage.hospitality.2022",
      "Yangquan: average wage, accommodation and catering", 35_793, DOC_WAGES_2022);
  /** Changzhi, all industries. */
  public static final Figure CZ_WAGE_2022 = off("cz.wage.2022", "Changzhi: average wage, all industries", 89_510,
      DOC_CHANGZHI_WAGES_2022);
  /** Changzhi, agriculture, forestry, animal husbandry and fishery. */
  public static final Figure CZ_AGRICULTURE = off("cz.wage.agriculture.2022", "Changzhi: agriculture", 35_770,
      DOC_CHANGZHI_WAGES_2022);
  /** Changzhi, manufacturing. */
  public static final Figure CZ_MANUFACTURING = off("cz.wage.manufacturing.2022", "Changzhi: manufacturing", 73_108,
      DOC_CHANGZHI_WAGES_2022);
  /** Changzhi, power, heat, gas and water. */
  public static final Figure CZ_POWER = off("cz.wage.power.2022", "Changzhi: power, heat, gas and water", 82_529,
      DOC_CHANGZHI_WAGES_2022);
  /** Changzhi, construction. */
  public static final Figure CZ_CONSTRUCTION = off("cz.wage.construction.2022", "Changzhi: construction", 85_400,
      DOC_CHANGZHI_WAGES_2022);
  /** Changzhi, wholesale and retail. */
  public static final Figure CZ_TRADE = off("cz.wage.trade.2022", "Changzhi: wholesale and retail", 75_735,
      DOC_CHANGZHI_WAGES_2022);
  /** Changzhi, transport, storage and post. */
  public static final Figure CZ_TRANSPORT = off("cz.wage.transport.2022", "Changzhi: transport, storage and post",
      48_882, DOC_CHANGZHI_WAGES_2022);
  /** Changzhi, finance. */
  public static final Figure CZ_FINANCE = off("cz.wage.finance.2022", "Changzhi: finance", 99_137,
      DOC_CHANGZHI_WAGES_2022);
  /** Changzhi, real estate. */
  public static final Figure CZ_REAL_ESTATE = off("cz.wage.real-estate.2022", "Changzhi: real estate", 43_442,
      DOC_CHANGZHI_WAGES_2022);

  // ---- estimates: wages by sector ----------------------------------------------------------------------------

  /** Yangquan's wage level against Changzhi's, all industries: 79,140 / 89,510. */
  public static final Figure RELATIVE_LEVEL = est("yq.est.wage-level-vs-changzhi",
      "Yangquan's average wage over Changzhi's, 2022", WAGE_2022.value() / CZ_WAGE_2022.value(), "ratio",
      "79,140 / 89,510", WAGE_2022.id(), CZ_WAGE_2022.id());

  private static final Map<String, Figure> WAGES = wages();

  // ---- estimates: cohorts ------------------------------------------------------------------------------------

  /** The age bands. */
  public static final ImmutableList<String> AGE_BANDS = ImmutableList.of("16-29", "30-44", "45-54", "55-over");
  /** The skill levels (by schooling: up to junior secondary, senior secondary, tertiary). */
  public static final ImmutableList<String> SKILL_LEVELS = ImmutableList.of("low", "medium", "high");

  private static final double[] AGE = {0.18, 0.37, 0.28, 0.17};
  private static final double[] SKILL = {0.45, 0.35, 0.20};
  private static final double[] COAL_AGE = {0.10, 0.35, 0.35, 0.20};
  private static final double[] COAL_SKILL = {0.60, 0.30, 0.10};
  private static final double[] RETIREMENT = {0.0, 0.0, 0.02, 0.20};
  private static final double[][] MIGRATION = {{0.08, 0.08, 0.12}, {0.04, 0.04, 0.06}, {0.01, 0.01, 0.01},
      {0.0, 0.0, 0.0}};
  private static final double[] AGE_WEIGHT = {1.3, 1.0, 0.6, 0.3};
  private static final double[] SKILL_WEIGHT = {0.7, 1.0, 1.4};

  private static final String AGE_METHOD = "assumption for an ageing coal city: workforce by age 16-29 18 %, 30-44 "
      + "37 %, 45-54 28 %, 55 and over 17 %; no age structure of Yangquan's workforce is published";
  private static final String SKILL_METHOD = "assumption: workforce by schooling up to junior secondary 45 %, senior "
      + "secondary 35 %, tertiary 20 %; no skill structure of Yangquan's workforce is published";
  private static final String COAL_METHOD = "assumption: coal mining employs older and less schooled workers than "
      + "the city (age 10, 35, 35, 20 %; schooling 60, 30, 10 %)";
  private static final String RETIREMENT_METHOD = "assumption: a displaced worker aged 55 or over reaches retirement "
      + "age within about five years (0.20 a year); 0.02 for 45-54 (early retirement); 0 below";
  private static final String MIGRATION_METHOD = "assumption: the young and the schooled leave first (16-29 0.08, "
      + "tertiary 0.12; 30-44 0.04, tertiary 0.06; 45-54 0.01; 55 and over 0) in a city whose population shrinks";
  private static final String WEIGHT_METHOD = "assumption: relative chances of re-employment by age (16-29 1.3, "
      + "30-44 1.0, 45-54 0.6, 55 and over 0.3) times by schooling (0.7, 1.0, 1.4)";

  private static final ImmutableList<Figure> COHORT_FIGURES = cohortFigures();
  private static final ImmutableList<Figure> ALL = ImmutableList.copyOf(REGISTRY);

  /** Every figure of the labour market, official and estimated, in declaration order. */
  public static ImmutableList<Figure> figures() {
    return ALL;
  }

  /** The wage figure of each sector of the profile, CNY per worker per year, in the profile's order. */
  public static ImmutableMap<String, Figure> sectorWages() {
    return ImmutableMap.copyOf(WAGES);
  }

  /** The labour market of the Yangquan profile: 4 age bands, 3 skill levels, coal mining's own shares, wages. */
  public static LabourMarket labourMarket() {
    LabourMarket.Builder b = LabourMarket.builder().addAllAgeBands(AGE_BANDS).addAllSkillLevels(SKILL_LEVELS);
    List<Double> coal = new ArrayList<>();
    for (int a = 0; a < AGE_BANDS.size(); a++) {
      for (int l = 0; l < SKILL_LEVELS.size(); l++) {
        b.addCohort(Cohort.of(AGE_BANDS.get(a), SKILL_LEVELS.get(l), AGE[a] * SKILL[l], RETIREMENT[a],
            MIGRATION[a][l], AGE_WEIGHT[a] * SKILL_WEIGHT[l]));
        coal.add(COAL_AGE[a] * COAL_SKILL[l]);
      }
    }
    b.putSectorShare(Yangquan.COAL, ImmutableList.copyOf(coal));
    WAGES.forEach((id, f) -> b.putWage(id, f.value()));
    return b.build();
  }

  private static Map<String, Figure> wages() {
    double r = RELATIVE_LEVEL.value();
    Map<String, Figure> m = new LinkedHashMap<>();
    for (String id : YangquanData.ORDER) {
      m.put(id, switch (id) {
        case "coal-mining", "coalbed-methane" -> wage(id, WAGE_MINING_2022.value(),
            "Yangquan's mining average (coal is nearly all of the city's mining)", WAGE_MINING_2022);
        case "digital" -> wage(id, WAGE_ICT_2022.value(), "Yangquan's information-technology average",
            WAGE_ICT_2022);
        case "public-services" -> wage(id, WAGE_EDUCATION_2022.value(),
            "Yangquan's education average (the largest public service)", WAGE_EDUCATION_2022);
        case "trade-tourism" -> wage(id, (WAGE_HOSPITALITY_2022.value() + CZ_TRADE.value() * r) / 2,
            "mean of Yangquan's accommodation and catering average and Changzhi's wholesale and retail average "
                + "times Yangquan's relative wage level", WAGE_HOSPITALITY_2022, CZ_TRADE, RELATIVE_LEVEL);
        case "agriculture" -> scaled(id, CZ_AGRICULTURE, r);
        case "coal-power", "green-power" -> scaled(id, CZ_POWER, r);
        case "construction" -> scaled(id, CZ_CONSTRUCTION, r);
        case "transport-logistics" -> scaled(id, CZ_TRANSPORT, r);
        case "finance-real-estate" -> wage(id, (CZ_FINANCE.value() + CZ_REAL_ESTATE.value()) / 2 * r,
            "mean of Changzhi's finance and real-estate averages times Yangquan's relative wage level", CZ_FINANCE,
            CZ_REAL_ESTATE, RELATIVE_LEVEL);
        default -> scaled(id, CZ_MANUFACTURING, r);
      });
    }
    return m;
  }

  private static Figure scaled(String id, Figure changzhi, double r) {
    return wage(id, changzhi.value() * r, "Changzhi's " + changzhi.label().substring("Changzhi: ".length())
        + " average times Yangquan's relative wage level " + YangquanData.fmt(r), changzhi, RELATIVE_LEVEL);
  }

  private static Figure wage(String id, double value, String method, Figure... anchors) {
    String[] ids = new String[anchors.length];
    for (int i = 0; i < anchors.length; i++) {
      ids[i] = anchors[i].id();
    }
    return est("yq.sector." + id + ".wage", id + ": average wage 2022", value, "CNY per worker per year", method,
        ids);
  }

  private static ImmutableList<Figure> cohortFigures() {
    ImmutableList.Builder<Figure> out = ImmutableList.builder();
    for (int a = 0; a < AGE_BANDS.size(); a++) {
      String band = AGE_BANDS.get(a);
      out.add(figure("yq.est.workforce-share.age." + band, "Workforce share aged " + band, AGE[a], "fraction",
          AGE_METHOD));
      out.add(figure("yq.est.workforce-share.coal.age." + band, "Coal mining's workforce share aged " + band,
          COAL_AGE[a], "fraction", COAL_METHOD));
      out.add(figure("yq.est.retirement-rate." + band, "Retirement rate from the pool, aged " + band,
          RETIREMENT[a], "fraction per year", RETIREMENT_METHOD));
      out.add(figure("yq.est.reemployment-weight.age." + band, "Re-employment weight by age, " + band,
          AGE_WEIGHT[a], "relative weight", WEIGHT_METHOD));
      for (int l = 0; l < SKILL_LEVELS.size(); l++) {
        out.add(figure("yq.est.out-migration-rate." + band + "." + SKILL_LEVELS.get(l), "Out-migration rate, "
            + band + " " + SKILL_LEVELS.get(l), MIGRATION[a][l], "fraction per year", MIGRATION_METHOD));
      }
    }
    for (int l = 0; l < SKILL_LEVELS.size(); l++) {
      String level = SKILL_LEVELS.get(l);
      out.add(figure("yq.est.workforce-share.skill." + level, "Workforce share of skill " + level, SKILL[l],
          "fraction", SKILL_METHOD));
      out.add(figure("yq.est.workforce-share.coal.skill." + level, "Coal mining's workforce share of skill " + level,
          COAL_SKILL[l], "fraction", COAL_METHOD));
      out.add(figure("yq.est.reemployment-weight.skill." + level, "Re-employment weight by skill, " + level,
          SKILL_WEIGHT[l], "relative weight", WEIGHT_METHOD));
    }
    return out.build();
  }

  private static Figure figure(String id, String label, double value, String unit, String method) {
    Figure f = Figure.estimate(id, label, value, unit, method);
    REGISTRY.add(f);
    return f;
  }

  private static Figure off(String id, String label, double value, String document) {
    Figure f = Figure.official(id, label, value, "CNY per person per year", document, 2022);
    REGISTRY.add(f);
    return f;
  }

  private static Figure est(String id, String label, double value, String unit, String method, String... anchors) {
    Figure f = Figure.estimate(id, label, value, unit, method, anchors);
    REGISTRY.add(f);
    return f;
  }
}
