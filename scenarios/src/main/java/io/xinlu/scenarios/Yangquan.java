package io.xinlu.scenarios;

import static io.xinlu.scenarios.YangquanData.ANODE_PARK_CAPACITY_2023;
import static io.xinlu.scenarios.YangquanData.ANODE_PRICE;
import static io.xinlu.scenarios.YangquanData.BTR_12KT_CAPACITY;
import static io.xinlu.scenarios.YangquanData.BTR_12KT_INVESTMENT;
import static io.xinlu.scenarios.YangquanData.BTR_50KT_CAPACITY;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.indicator.Target;
import io.xinlu.policy.ClosedAssets;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.SectorSelector;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import java.util.List;
import java.util.Map;

/**
 * Yangquan (阳泉), a coal city of Shanxi, as a ready-made model: the 2022 profile ({@link #profile()}), the strategies
 * the seed article names with projects built from public facts ({@link #strategies()}), four scenarios
 * ({@link #model()}: {@code baseline}, {@code seed-plan}, {@code accelerated}, {@code delayed}), targets
 * ({@link #targets()}) and uncertainty ranges for ensembles ({@link #uncertainties()}).
 *
 * <pre>{@code
 * CityModel yq = Yangquan.model();
 * Run plan = Engine.run(yq, Yangquan.SEED_PLAN);
 * double coalLife = Indicators.reserveLife("coal-mining").value(plan, 2035);
 * }</pre>
 *
 * <p>Only the group totals of 2022, the physical outputs and the named projects' facts are official; every other
 * number is an estimate whose method is in {@link YangquanData} and {@code docs/DATA.md}. Effect sizes are
 * estimates stated in each project's description. Stateless and thread-safe; every call builds immutable values.
 *
 * @since 0.1.0
 */
public final class Yangquan {
  /** The base year. */
  public static final int BASE_YEAR = 2022;
  /** The horizon of the scenarios. */
  public static final int END_YEAR = 2035;
  /** Trends continue, no strategy adopted. */
  public static final String BASELINE = "baseline";
  /** Every strategy the seed article names, on schedule. */
  public static final String SEED_PLAN = "seed-plan";
  /** The seed plan sooner and larger. */
  public static final String ACCELERATED = "accelerated";
  /** The seed plan three years late, with a coal boom. */
  public static final String DELAYED = "delayed";
  /** The four scenarios in order. */
  public static final ImmutableList<String> SCENARIOS = ImmutableList.of(BASELINE, SEED_PLAN, ACCELERATED, DELAYED);
  /** The id of the coal sector, which carries the coal stock. */
  public static final String COAL = "coal-mining";
  /**
   * The sectors' names in Chinese, by sector id: translations of the sectors' English names for charts and pages
   * (labels, not figures).
   */
  public static final ImmutableMap<String, String> SECTOR_NAMES_ZH = ImmutableMap.<String, String>builder()
      .put("agriculture", "农业")
      .put("coal-mining", "煤炭开采和洗选")
      .put("coalbed-methane", "煤层气")
      .put("coal-power", "煤电和热力")
      .put("green-power", "风电、光伏和煤层气发电")
      .put("aluminium", "原铝")
      .put("cement", "水泥")
      .put("refractories", "耐火材料")
      .put("other-heavy", "其他重工业")
      .put("new-materials", "新材料")
      .put("equipment-vehicles", "装备制造和智能汽车")
      .put("construction", "建筑业")
      .put("digital", "数字经济核心产业")
      .put("transport-logistics", "交通运输和物流")
      .put("trade-tourism", "商贸、住宿和旅游")
      .put("finance-real-estate", "金融和房地产")
      .put("public-services", "公共服务")
      .build();

  /**
   * The standard indicators' names in Chinese, by indicator id, for the ones the charts and the explorer label
   * (labels, not figures); other ids keep their own names.
   */
  public static final ImmutableMap<String, String> INDICATOR_NAMES_ZH = ImmutableMap.<String, String>builder()
      .put("co2", "二氧化碳排放")
      .put("energy", "能源消费")
      .put("energy-intensity", "能源强度")
      .put("carbon-intensity", "碳排放强度")
      .put("gdp", "地区生产总值")
      .put("employment", "就业人数")
      .put("displaced-workers", "下岗待业人员")
      .put("share:group:primary", "第一产业占GDP比重")
      .put("share:group:secondary", "第二产业占GDP比重")
      .put("share:group:tertiary", "第三产业占GDP比重")
      .put("resource-dependence", "资源依赖度")
      .build();

  private static final String ILLUSTRATIVE = "illustrative: the seed names the strategy but no public figure sizes "
      + "this effect; the size is this project's estimate";

  private Yangquan() {}

  /**
   * The 2022 profile: 17 sectors, the estimated input-output table, the coal stock, the population, the budget
   * ({@link YangquanFinance}) and the labour market ({@link YangquanLabourMarket}).
   */
  public static CityProfile profile() {
    CityProfile.Builder b = CityProfile.builder().name("yangquan").baseYear(BASE_YEAR);
    for (SectorFigures s : YangquanData.sectors()) {
      Sector.Builder sb = s.toSectorBuilder();
      if (s.id().equals(COAL)) {
        sb.resource(ResourceStock.of(YangquanData.COAL_STOCK_2022.value(),
            YangquanData.COAL_EXTRACTION_INTENSITY.value(), "Mt"));
      }
      b.addSector(sb.build());
    }
    return b.inputOutputTable(YangquanData.inputOutputTable())
        .population(YangquanData.POPULATION_2022.value())
        .populationGrowth(YangquanHistory.POPULATION_GROWTH.value())
        .publicFinance(YangquanFinance.publicFinance())
        .labourMarket(YangquanLabourMarket.labourMarket())
        .build();
  }

  /** The whole model: profile, strategies and the four scenarios. */
  public static CityModel model() {
    return CityModel.builder().profile(profile()).addAllStrategies(strategies()).addAllScenarios(scenarios()).build();
  }

  // ---- strategies ----------------------------------------------------------------------------------------

  /**
   * The strategies the seed article names (eight of the city's "ten strategies", plus the innovation-driven
   * development and the energy-revolution pilot it describes); the missing names are not invented.
   */
  public static ImmutableList<Strategy> strategies() {
    double bnPerKt = ANODE_PRICE.value() * 1e3 / 1e9; // CNY per t x 1000 t per kt -> billion CNY per kt
    double capitalPerKt = BTR_12KT_INVESTMENT.billionCny() / BTR_12KT_CAPACITY.value();
    double baseAnodeKt = YangquanData.PINGDING_ANODE_OUTPUT_2022.billionCny() / bnPerKt;
    double parkFurtherKt = ANODE_PARK_CAPACITY_2023.value() - BTR_12KT_CAPACITY.value() - BTR_50KT_CAPACITY.value()
        - baseAnodeKt;
    double parkDemand = parkFurtherKt * YangquanData.PARK_UTILISATION.value() * bnPerKt;
    double sapphireDemand = YangquanData.SAPPHIRE_OUTPUT_2023Q1.value() * 4 * 4 / 1e3;
    double smelterShareOfPower = YangquanData.ALUMINIUM_2021.value() * 1e3
        * YangquanData.ALUMINIUM_ELECTRICITY.value() / (YangquanData.POWER_GENERATION_2022.value() * 1e9);
    double cbmGross = YangquanData.sector("coalbed-methane").valueAdded().value()
        / YangquanData.sector("coalbed-methane").valueAddedRatio().value();
    double powerExportShare = powerFinalDemandShare();
    double retirementCut = -0.30 / powerExportShare;
    double railCapital = 60.0 * YangquanData.SHIJIAZHUANG_TAIYUAN_COST.value()
        / YangquanData.SHIJIAZHUANG_TAIYUAN_LENGTH.value();

    Strategy industry = Strategy.builder().id("industrial-empowerment")
        .name("工业赋能育新 Industrial empowerment, cultivating new industries")
        .description("Named in the seed article. New materials (the five directions: new-energy batteries, new "
            + "carbon-based materials, new non-ferrous metals, new semiconductors, new green building materials) and "
            + "the upgrading of traditional industry.")
        .addProjects(
            project("btr-anode-12kt", "BTR 12 kt/yr artificial-graphite anode line, Zhangzhuang park", 2023, 2024,
                Ramp.LINEAR, BTR_12KT_INVESTMENT.billionCny(),
                "Public: 12 kt/yr, 2 亿元, producing June 2023. Estimate: output = 12 kt x 35,000 CNY/t = "
                    + fmt(12 * bnPerKt) + " bn CNY of final demand (sold outside the city).",
                Effect.newCapacity("new-materials", 12 * bnPerKt)),
            project("btr-anode-50kt", "BTR 50 kt/yr integrated anode project", 2023, 2026, Ramp.LINEAR,
                capitalPerKt * BTR_50KT_CAPACITY.value(),
                "Public: 50 kt/yr, under construction June 2023. Estimates: full output by 2026; output = 50 kt x "
                    + "35,000 CNY/t; capital scaled from the 12 kt line (2 亿元 per 12 kt) = "
                    + fmt(capitalPerKt * 50) + " bn CNY.",
                Effect.newCapacity("new-materials", BTR_50KT_CAPACITY.value() * bnPerKt)),
            project("anode-park-expansion", "Zhangzhuang park anode capacity beyond BTR", 2024, 2028, Ramp.LOGISTIC,
                capitalPerKt * parkFurtherKt,
                "Public: park capacity expected 220 kt by end 2023. Estimates: the 2022 base (13.3 亿元 / 35,000 "
                    + "CNY/t = " + fmt(baseAnodeKt) + " kt) and BTR's 62 kt are deducted, leaving " + fmt(parkFurtherKt)
                    + " kt, used at 50 % (prices fell in 2023); capital at the 12 kt line's rate.",
                Effect.newCapacity("new-materials", parkDemand)),
            project("sapphire-plant", "Richangjing sapphire plant, high-tech zone", 2023, 2027, Ramp.LOGISTIC,
                1.5 * sapphireDemand,
                "Public: built Jul-Dec 2020, Q1 2023 output value 10.61 million CNY. Estimates: the annual rate "
                    + "(x 4) grows fourfold by 2027 as the furnaces ramp up; capital at an assumed 1.5 times the "
                    + "full-effect output.",
                Effect.newCapacity("new-materials", sapphireDemand)),
            project("new-material-directions", "The five new-material directions", 2023, 2026, Ramp.LINEAR, 0.0,
                "Named directions, no figures. Growth of new-materials demand +3 % a year at full effect ("
                    + ILLUSTRATIVE + ").",
                Effect.growthShift("new-materials", 0.03)),
            project("smelter-retrofit", "Aluminium smelter energy retrofit", 2024, 2027, Ramp.LINEAR, 0.3,
                "Named kind of project, no figures. Estimates: smelter direct fuel -10 %; its electricity -10 %, which "
                    + "the model carries as a cut of coal power's fuel per unit of output in proportion to the "
                    + "smelter's share of generation (151 kt x 13,500 kWh/t / 20 TWh = " + fmt(smelterShareOfPower)
                    + "); capital 0.3 bn CNY assumed.",
                Effect.energyIntensity("aluminium", -0.10),
                Effect.energyIntensity("coal-power", -0.10 * smelterShareOfPower)),
            project("cement-retrofit", "Cement kiln retrofit", 2024, 2026, Ramp.LINEAR, 0.15,
                "Named kind of project, no figures. Estimates: kiln fuel -15 %, CO2 per tce -5 % (alternative fuels "
                    + "and less clinker); capital 0.15 bn CNY assumed.",
                Effect.energyIntensity("cement", -0.15), Effect.emissionFactor("cement", -0.05)))
        .build();

    Strategy digital = Strategy.builder().id("digital-first").name("数字经济优先发展 Digital economy first")
        .description("Named in the seed article.")
        .addProjects(
            project("smart-vehicle-city", "车城网 smart-vehicle city", 2023, 2030, Ramp.LINEAR, 1.0,
                "Public: from 2021; by July 2022, 200 km of roads open to autonomous-driving tests and 50 "
                    + "instrumented intersections. Estimates: vehicle and equipment sales of 0.8 bn CNY and digital "
                    + "services of 0.3 bn CNY a year by 2030; capital 1.0 bn CNY.",
                Effect.newCapacity("equipment-vehicles", 0.8), Effect.newCapacity("digital", 0.3)),
            project("digital-industry", "Digital economy core industries", 2023, 2026, Ramp.LINEAR, 0.5,
                "No public figures. Growth of digital demand +3 % a year at full effect (" + ILLUSTRATIVE + ").",
                Effect.growthShift("digital", 0.03)))
        .build();

    Strategy services = Strategy.builder().id("services-upgrade").name("服务业扩容提质 Services: more and better")
        .description("Named in the seed article.")
        .addProjects(project("services-expansion", "Service projects (trade, tourism, logistics)", 2023, 2026,
            Ramp.LINEAR, 0.0,
            "No public figures. Growth of trade, hotels and tourism +1 % and of transport and logistics +0.5 % a year "
                + "(" + ILLUSTRATIVE + ").",
            Effect.growthShift("trade-tourism", 0.01), Effect.growthShift("transport-logistics", 0.005)))
        .build();

    Strategy business = Strategy.builder().id("business-environment").name("营商环境首位 Business environment first")
        .description("Named in the seed article.")
        .addProjects(project("business-environment-reform", "Business-environment reform", 2023, 2025, Ramp.LINEAR,
            0.0, "No public figures. Growth of the strategic emerging sectors +1 % a year (" + ILLUSTRATIVE + ").",
            Effect.growthShift(SectorSelector.tag("strategic-emerging"), 0.01)))
        .build();

    Strategy openness = Strategy.builder().id("openness").name("开放格局重塑 Reshaping openness")
        .description("Named in the seed article.")
        .addProjects(
            project("intercity-rail", "Taiyuan–Yangquan–Shijiazhuang intercity rail", 2027, 2032, Ramp.LINEAR,
                railCapital,
                "Public: at pre-study stage; the existing Shijiazhuang–Taiyuan line (2009, 190 km, 16.04 bn CNY) "
                    + "stops at Yangquan North. Estimates: building 2027-32; capital for an assumed 60 km in the city "
                    + "at the old line's cost per km = " + fmt(railCapital) + " bn CNY (2009 prices, a lower bound); "
                    + "growth of transport +1 % and of trade and tourism +0.5 % a year.",
                Effect.growthShift("transport-logistics", 0.01), Effect.growthShift("trade-tourism", 0.005)),
            project("darkhan-freight", "Yangquan–Darkhan (Mongolia) freight train", 2023, 2024, Ramp.LINEAR, 0.0,
                "Named in the seed; no figures found. Growth of transport +0.3 % a year (" + ILLUSTRATIVE + ").",
                Effect.growthShift("transport-logistics", 0.003)))
        .build();

    Strategy ecology = Strategy.builder().id("ecology").name("生态筑基 Ecology as the foundation")
        .description("Named in the seed article.")
        .addProjects(
            project("mine-restoration", "Mine restoration (subsided and damaged land)", 2024, 2030, Ramp.LINEAR, 3.0,
                "Named kind of project, no figures. Estimates: restoration works of 0.4 bn CNY a year by 2030 "
                    + "(construction demand) and farm and forest land brought back (+0.5 % growth of agriculture); "
                    + "capital 3.0 bn CNY.",
                Effect.newCapacity("construction", 0.4), Effect.growthShift("agriculture", 0.005)),
            project("circular-economy-park", "Circular-economy park (coal gangue, fly ash, by-product exchange)", 2024,
                2028, Ramp.LOGISTIC, 0.9,
                "Named in the seed; no figures. Estimates: green building materials from coal gangue and fly ash "
                    + "selling 0.6 bn CNY a year (new materials) and -5 % energy per unit of other heavy industry "
                    + "(waste heat and by-products); capital 1.5 x output = 0.9 bn CNY.",
                Effect.newCapacity("new-materials", 0.6), Effect.energyIntensity("other-heavy", -0.05)))
        .build();

    Strategy coordination = Strategy.builder().id("whole-area-coordination").name("全域协调 Whole-area coordination")
        .description("Named in the seed article.")
        .addProjects(
            project("public-services-expansion", "Public services across the city and counties", 2023, 2030,
                Ramp.LINEAR, 3.0,
                "Public-service projects named in the seed; no figures. Estimates: 1.0 bn CNY a year of education, "
                    + "health and other public services by 2030; capital 3.0 bn CNY.",
                Effect.newCapacity("public-services", 1.0)),
            project("reemployment-services", "Employment services and training for displaced workers", 2023, 2025,
                Ramp.LINEAR, 0.3,
                "No public figures. Re-employment rate +0.15 (" + ILLUSTRATIVE + ").",
                Effect.reemployment(0.15)))
        .build();

    Strategy red = Strategy.builder().id("red-heritage").name("红色领航 Red-heritage leadership")
        .description("Named in the seed article.")
        .addProjects(project("red-tourism", "Red-heritage tourism", 2023, 2025, Ramp.LINEAR, 0.0,
            "No public figures. Growth of trade, hotels and tourism +0.3 % a year (" + ILLUSTRATIVE + ").",
            Effect.growthShift("trade-tourism", 0.003)))
        .build();

    Strategy innovation = Strategy.builder().id("innovation").name("一城一区 Innovation-driven development")
        .description("Described in the seed article: a national innovative city and a national high-tech zone.")
        .addProjects(project("high-tech-zone", "National high-tech zone and innovative city", 2023, 2027,
            Ramp.LOGISTIC, 1.0,
            "No public figures. Growth of the strategic emerging sectors +1 % a year and +10 % labour productivity in "
                + "new materials (" + ILLUSTRATIVE + "); capital 1.0 bn CNY assumed.",
            Effect.growthShift(SectorSelector.tag("strategic-emerging"), 0.01),
            Effect.productivity("new-materials", 0.10)))
        .build();

    Strategy energy = Strategy.builder().id("energy-revolution")
        .name("能源革命 Energy-revolution pilot (smart mines, green mining, 先立后破)")
        .description("Described in the seed article. Closures wait for the replacement supply: "
            + "build the new before breaking the old (先立后破).")
        .addProjects(
            project("5g-smart-mines", "5G+ smart mines", 2023, 2028, Ramp.LOGISTIC, 78 * 0.015,
                "Public: early 2023, 2 smart mines and 78 intelligent working faces. Estimates: extended to every "
                    + "mine by 2028, +25 % labour productivity and -5 % energy per unit in coal mining, 0.2 bn CNY a "
                    + "year of 5G and industrial-internet services; capital 78 faces x an assumed 15 million CNY.",
                Effect.productivity(COAL, 0.25), Effect.energyIntensity(COAL, -0.05),
                Effect.newCapacity("digital", 0.2)),
            project("green-mining", "Green mining (methane use, electrified machinery)", 2023, 2030, Ramp.LINEAR, 1.5,
                "Named in the seed; no figures. Estimates: -10 % direct energy and -10 % CO2 per tce in coal mining; "
                    + "capital 1.5 bn CNY.",
                Effect.energyIntensity(COAL, -0.10), Effect.emissionFactor(COAL, -0.10)),
            project("cbm-expansion", "Coalbed methane extraction and use", 2023, 2030, Ramp.LINEAR, 1.5 * 0.5 * cbmGross,
                "Public: the Mining District drew 1.236 bn m3 in 2022. Estimate: +50 % by 2030 = "
                    + fmt(0.5 * cbmGross) + " bn CNY of final demand; capital 1.5 x that.",
                Effect.newCapacity("coalbed-methane", 0.5 * cbmGross)),
            project("green-power-base", "Wind and solar base (with coalbed-methane power)", 2023, 2028, Ramp.LINEAR,
                8.0,
                "No public figures. Estimates: 3 TWh a year by 2028 (about 2 GW at 1,500 h) sold at 0.33 CNY/kWh = "
                    + "0.99 bn CNY; capital 2 GW x 4,000 CNY/kW.",
                Effect.newCapacity("green-power", 0.99)),
            Project.builder().id("coal-power-retirement").name("Retire old coal units").start(2026).fullEffect(2028)
                .ramp(Ramp.LINEAR).capitalCost(0.3)
                .description("先立后破: waits for the wind and solar base and the coalbed-methane expansion. Estimate: "
                    + "old units making 30 % of the 2022 generation retire; the remaining plants serve local buyers "
                    + "first (the input-output coefficients are fixed), so the cut falls on coal power's sales "
                    + "outside the local supply chain, which were " + fmt(powerExportShare) + " of its 2022 output: "
                    + "-0.30 / " + fmt(powerExportShare) + " = " + fmt(retirementCut) + "; capital 0.3 bn CNY for "
                    + "decommissioning.")
                .addPrerequisites("green-power-base", "cbm-expansion")
                .addEffect(Effect.scaleDemand("coal-power", retirementCut))
                .closedAssets(retiredPowerAssets())
                .build(),
            Project.builder().id("coal-capacity-exit").name("Exit of exhausted and outdated mining capacity")
                .start(2030).fullEffect(2035).ramp(Ramp.LINEAR).capitalCost(0.5)
                .description("先立后破: waits for the coalbed-methane expansion. Estimate: coal sales outside the "
                    + "city -10 % by 2035 (" + ILLUSTRATIVE + "); capital 0.5 bn CNY for closure.")
                .addPrerequisites("cbm-expansion")
                .addEffect(Effect.scaleDemand(COAL, -0.10))
                .closedAssets(exitedMineAssets())
                .build())
        .build();

    return ImmutableList.of(industry, digital, services, business, openness, ecology, coordination, red, innovation,
        energy);
  }

  // ---- scenarios -----------------------------------------------------------------------------------------

  /** The four scenarios. */
  public static ImmutableList<Scenario> scenarios() {
    List<String> all = strategies().stream().map(Strategy::id).toList();
    Scenario.Builder plan = Scenario.builder().name(SEED_PLAN).parent(BASELINE)
        .description("every strategy the seed article names, at full intensity and on schedule");
    all.forEach(plan::adopt);

    Scenario.Builder accelerated = Scenario.builder().name(ACCELERATED).parent(SEED_PLAN)
        .description("the seed plan a year sooner for new industries, energy and ecology, with larger closures (a third of the "
            + "2022 coal generation, twice the mining exit) and replacements, fuel switching in energy-intensive industry and stronger re-employment (illustrative)")
        .override("coal-power-retirement", ProjectOverride.scale(1.1))
        .override("coal-capacity-exit", ProjectOverride.scale(2.0))
        .override("green-power-base", ProjectOverride.scale(2.0))
        .override("cbm-expansion", ProjectOverride.scale(1.5))
        .override("anode-park-expansion", ProjectOverride.scale(1.3))
        .override("circular-economy-park", ProjectOverride.scale(1.5))
        .emissionFactorPath(SectorSelector.tag("energy-intensive"), YearPath.linear(Map.of(2023, 1.0, 2035, 0.85)))
        .reemploymentRate(0.6);
    for (String s : List.of("industrial-empowerment", "digital-first", "ecology", "energy-revolution")) {
      accelerated.adopt(s, 1.0, -1.0);
    }

    Scenario.Builder delayed = Scenario.builder().name(DELAYED).parent(SEED_PLAN)
        .description("every project three years late, a coal boom to 2026 (coal +4 %, coal power +2 % a year) and "
            + "weaker re-employment (illustrative)")
        .growthOverride(COAL, YearPath.stepwise(Map.of(2023, 0.04, 2027, 0.0)))
        .growthOverride("coal-power", YearPath.stepwise(Map.of(2023, 0.02, 2027, 0.0)))
        .reemploymentRate(0.4);
    for (String s : all) {
      delayed.adopt(s, 1.0, 3.0);
    }
    return ImmutableList.of(
        Scenario.builder().name(BASELINE).endYear(END_YEAR).description("trends continue; no strategy adopted")
            .pricePath(YangquanFinance.coalPriceSelector(), YangquanFinance.coalPricePath()).build(),
        plan.build(), accelerated.build(), delayed.build());
  }

  // ---- targets -------------------------------------------------------------------------------------------

  /**
   * Targets to judge the scenarios by. The city's own numeric targets (14th Five-Year Plan) were not found: the
   * national goals are applied to the city where they exist, and the rest are marked {@code illustrative}.
   */
  public static ImmutableList<Target> targets() {
    double eiChange = Math.pow(1 - 0.135, 3.0 / 5.0) - 1;
    double ciChange = Math.pow(1 - 0.18, 3.0 / 5.0) - 1;
    return ImmutableList.of(
        Target.peakBy(Indicators.co2(), 2030).withId("co2-peak-2030")
            .withDescription("CO2 peaks by 2030 and does not rise again")
            .withSource("national goal of peaking CO2 before 2030 (State Council, Action Plan for Carbon Dioxide "
                + "Peaking Before 2030, 2021), applied to the city; the city's own target was not found"),
        Target.changeAtMost(Indicators.energyIntensity(), BASE_YEAR, 2025, eiChange).withId("energy-intensity-2025")
            .withDescription("energy intensity down 13.5 % over 2020-25, pro rata for 2022-25 (the project's reading)")
            .withSource("national 14th Five-Year Plan outline (2021): energy per unit of GDP -13.5 % in 2021-25"),
        Target.changeAtMost(Indicators.carbonIntensity(), BASE_YEAR, 2025, ciChange).withId("carbon-intensity-2025")
            .withDescription("CO2 intensity down 18 % over 2020-25, pro rata for 2022-25 (the project's reading)")
            .withSource("national 14th Five-Year Plan outline (2021): CO2 per unit of GDP -18 % in 2021-25"),
        Target.atLeast(Indicators.tagShare("strategic-emerging"), 0.10, 2030).withId("emerging-share-2030")
            .withDescription("strategic emerging sectors at least 10 % of GDP by 2030").withSource("illustrative"),
        Target.atLeast(Indicators.groupShare(SectorGroup.TERTIARY), 0.45, 2030).withId("tertiary-share-2030")
            .withDescription("services at least 45 % of GDP by 2030").withSource("illustrative"),
        Target.atMost(Indicators.resourceDependence(), 0.30, 2035).withId("resource-dependence-2035")
            .withDescription("resource sectors at most 30 % of GDP by 2035").withSource("illustrative"),
        Target.atLeast(Indicators.reserveLife(COAL), 20.0, 2035).withId("coal-reserve-life-2035")
            .withDescription("at least 20 years of coal left at the 2035 rate").withSource("illustrative"),
        Target.atMost(Indicators.displacedWorkers(), 30.0, 2035).withId("displaced-workers-2035")
            .withDescription("at most 30 thousand displaced workers waiting for work in 2035")
            .withSource("illustrative"));
  }

  // ---- uncertainty ---------------------------------------------------------------------------------------

  /** Triangular ranges for ensembles over the Yangquan scenarios (all are estimates of this project). */
  public static ImmutableList<Uncertainty> uncertainties() {
    return ImmutableList.of(
        new Uncertainty("sector/coal-mining/growth", -0.03, 0.0, 0.04,
            "coal demand after its national plateau, up to the delayed scenario's boom"),
        new Uncertainty("sector/coal-power/growth", -0.03, 0.0, 0.02, "capacity controls and grid demand"),
        new Uncertainty("sector/other-heavy/growth", 0.0, 0.02, 0.04, "trend of the rest of industry"),
        new Uncertainty("sector/new-materials/growth", 0.03, 0.08, 0.15,
            "anode market after the 2022 boom (+95.4 % in Pingding) and the 2023 price fall"),
        new Uncertainty("sector/public-services/growth", 0.02, 0.04, 0.05, "public spending of a shrinking city"),
        new Uncertainty("sector/coal-mining/productivity-growth", 0.02, 0.04, 0.06, "mechanisation trend"),
        new Uncertainty("sector/other-heavy/intensity-decline", 0.005, 0.02, 0.035,
            "Shanxi's intensity fell by a third in the decade to 2022 (about 4 % a year)"),
        new Uncertainty("sector/coal-power/intensity-decline", 0.0, 0.005, 0.015, "unit upgrades"),
        new Uncertainty("project/btr-anode-50kt/delay", 0.0, 0.5, 3.0, "under construction in June 2023"),
        new Uncertainty("project/anode-park-expansion/scale", 0.3, 1.0, 1.3, "utilisation of the 220 kt park"),
        new Uncertainty("project/anode-park-expansion/delay", 0.0, 1.0, 3.0, "market for anodes"),
        new Uncertainty("project/sapphire-plant/scale", 0.25, 1.0, 2.0, "a ramp still in its early years in 2023"),
        new Uncertainty("project/green-power-base/delay", 0.0, 1.0, 4.0, "grid connection and land"),
        new Uncertainty("project/cbm-expansion/scale", 0.5, 1.0, 1.5, "geology and gas prices"),
        new Uncertainty("project/5g-smart-mines/effect/1", 0.10, 0.25, 0.40,
            "labour-productivity gain of smart mining"),
        new Uncertainty("project/intercity-rail/delay", 0.0, 3.0, 8.0, "at pre-study stage in 2023"),
        new Uncertainty("strategy/digital-first/intensity", 0.5, 1.0, 1.0, "share of the digital plan carried out"),
        new Uncertainty("macro-shock", -0.01, 0.0, 0.005, "national and provincial cycle"),
        new Uncertainty("reemployment-rate", 0.3, 0.5, 0.7,
            "share of new jobs going to displaced workers (the engine's neutral default is 0.5)"));
  }

  // ---- calibration ---------------------------------------------------------------------------------------

  /**
   * The documented checks of the profile's estimates against independent anchors, computed on the profile and its
   * base-year run. Each holds when its value lies in its range; {@code docs/DATA.md} gives the reasons.
   */
  public static ImmutableList<CalibrationCheck> calibrationChecks() {
    CityModel model = model();
    Run run = Engine.run(model, BASELINE);
    CityProfile p = model.profile();
    int t0 = BASE_YEAR;
    double coalVa = p.sector(COAL).valueAdded();
    double coalOutputValue = YangquanData.RAW_COAL_2022.value() * YangquanData.COAL_PRICE_2022.value() / 1e3;
    double gdp = run.total(Quantity.VALUE_ADDED, t0);
    double ei = 10 * run.total(Quantity.ENERGY, t0) / gdp;
    double avgEf = run.total(Quantity.CO2, t0) / run.total(Quantity.ENERGY, t0);
    double minY = Double.POSITIVE_INFINITY;
    for (String id : p.sectorIds()) {
      minY = Math.min(minY, run.value(Quantity.FINAL_DEMAND, t0, id));
    }
    double powerOut = run.value(Quantity.FINAL_DEMAND, t0, "coal-power") / run.value(Quantity.GROSS_OUTPUT, t0,
        "coal-power");
    double rural = YangquanData.POPULATION_2022.value() * (1 - YangquanData.URBANISATION_2022.value());
    double farmJobs = run.value(Quantity.EMPLOYMENT, t0, "agriculture");
    return ImmutableList.of(
        new CalibrationCheck("coal-va-ratio", "coal value added over the value of raw coal output (68.25 Mt x 950 "
            + "CNY/t): a coal-mining value-added ratio in a high-price year", coalVa / coalOutputValue, 0.40, 0.65,
            "fraction"),
        new CalibrationCheck("energy-intensity-vs-shanxi", "the city's modelled energy intensity over the Shanxi-level "
            + "anchor (" + fmt(YangquanData.SHANXI_ENERGY_INTENSITY_2022.value()) + " tce per 10,000 CNY)",
            ei / YangquanData.SHANXI_ENERGY_INTENSITY_2022.value(), 0.7, 1.6, "ratio"),
        new CalibrationCheck("emission-factor-vs-shanxi-mix", "the city's CO2 per tce over the Shanxi fuel-mix "
            + "factor (process CO2 lifts it)", avgEf / YangquanData.EF_SHANXI_MIX.value(), 0.9, 1.3, "ratio"),
        new CalibrationCheck("final-demand-non-negative", "the smallest base-year final demand of any sector "
            + "(the table lets every sector supply its local buyers)", minY, 0.0, Double.MAX_VALUE, "billion CNY"),
        new CalibrationCheck("power-leaving-supply-chain", "coal power's final demand (grid sales outside the city, "
            + "households) over its gross output", powerOut, 0.2, 0.5, "fraction"),
        new CalibrationCheck("farm-jobs-per-rural-resident", "agricultural employment over the rural population "
            + "(population x (1 - 72.29 %))", farmJobs / rural, 0.1, 0.4, "fraction"));
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  /** Coal power's base-year final demand over its gross output, from the estimated table: {@code y0 / x0}. */
  /**
   * The assets {@code coal-power-retirement} closes (estimates, {@code docs/DATA.md}): the units making 30 % of the
   * 2022 generation, {@code 0.30 x 20 TWh / 4,500 h = 1.33 GW}, at the original capital of a kW of Yangcheng phase
   * II ({@code 4,471 CNY/kW}): 5.96 billion CNY, commissioned in 2005, with a life of 30 years.
   */
  static ClosedAssets retiredPowerAssets() {
    double kw = 0.30 * YangquanData.POWER_GENERATION_2022.value() * 1e9 / YangquanData.COAL_POWER_HOURS.value();
    return ClosedAssets.of(kw * YangquanData.COAL_POWER_CAPITAL_PER_KW.value() / 1e9,
        (int) YangquanData.RETIRED_UNITS_BUILT.value(), YangquanData.COAL_POWER_LIFE.value());
  }

  /**
   * The assets {@code coal-capacity-exit} closes (estimates, {@code docs/DATA.md}): the cut of 10 % of coal's sales
   * outside the local supply chain, as tonnes of raw coal a year, {@code 0.10 x s x 68.25 Mt} with {@code s} the
   * share of coal's 2022 output that is final demand, at the original capital of a tonne a year of the Hudi
   * expansion ({@code 1,087.5 CNY}), built in 2010, with a life of 30 years.
   */
  static ClosedAssets exitedMineAssets() {
    double mt = 0.10 * finalDemandShare(COAL) * YangquanData.RAW_COAL_2022.value();
    return ClosedAssets.of(mt * 1e6 * YangquanData.MINE_CAPITAL_PER_TONNE.value() / 1e9,
        (int) YangquanData.EXITED_MINES_BUILT.value(), YangquanData.MINE_LIFE.value());
  }

  static double powerFinalDemandShare() {
    return finalDemandShare("coal-power");
  }

  /** The share of a sector's 2022 gross output that is final demand (sold outside the local supply chain). */
  static double finalDemandShare(String sector) {
    io.xinlu.economy.InputOutputTable t = YangquanData.inputOutputTable();
    List<String> ids = t.sectorIds();
    double[][] a = t.coefficients();
    double[] v = t.valueAddedRatios();
    int p = ids.indexOf(sector);
    double x = YangquanData.sector(sector).valueAdded().value() / v[p];
    double used = 0;
    for (int j = 0; j < ids.size(); j++) {
      used += a[p][j] * YangquanData.sector(ids.get(j)).valueAdded().value() / v[j];
    }
    return (x - used) / x;
  }

  private static Project project(String id, String name, int start, int full, Ramp ramp, double capital,
      String description, Effect... effects) {
    return Project.builder().id(id).name(name).start(start).fullEffect(full).ramp(ramp).capitalCost(capital)
        .description(description).addEffects(effects).build();
  }

  private static String fmt(double x) {
    return YangquanData.fmt(x);
  }
}
