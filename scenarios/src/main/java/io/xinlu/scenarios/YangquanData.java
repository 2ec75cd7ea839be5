package io.xinlu.scenarios;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.SectorGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every number behind the Yangquan (阳泉, Shanxi) profile of base year 2022, each a {@link Figure} with its
 * {@link Provenance}: an official figure with its document and year, or an estimate of this project with its method
 * and anchors. {@code docs/DATA.md} lists the same figures (a test keeps the two in step).
 *
 * <p>What is official: GDP 2022 and its three groups (primary 16.0, secondary 562.9, tertiary 434.0 亿元), the
 * Mining District's GDP, structure, raw coal and coalbed methane, the 2021 physical outputs (raw coal 68.25 Mt,
 * primary aluminium 151 kt, refractories 1.03 Mt), the 2021 share of strategic emerging industries, population, and
 * the public facts of the named projects. Everything inside the groups (the sector split, employment, energy,
 * emission factors, the input-output table, trend rates and the coal stock) is an estimate: the city publishes
 * none of it. Emission factors are built from the IPCC 2006 defaults.
 *
 * <p>Conventions of the estimates: money in billion CNY at 2022 prices (1 亿元 = 0.1 billion CNY). Energy is the
 * fossil energy burned inside the city by each sector (a production-based, direct convention): the coal burned in
 * power plants is counted in the power sector, and electricity bought by other sectors is not counted again there;
 * household energy is outside the sectors. The emission factor {@code c_i} is the sector's direct CO2 per tce of
 * that energy, including process CO2 (clinker, aluminium anodes), so it can exceed the factor of any fuel. Coal-mine
 * methane is not CO2 and is left out.
 *
 * <p>Stateless; every figure is an immutable constant.
 *
 * @since 0.1.0
 */
public final class YangquanData {
  private YangquanData() {}

  // ---- documents -----------------------------------------------------------------------------------------

  /** Yangquan's GDP for 2022 and its three groups. */
  public static final String DOC_GDP_2022 =
      "Yangquan 2023 government work report; China Daily Shanxi, 2023-02-09";
  /** The 2021 statistical communiqué. */
  public static final String DOC_COMMUNIQUE_2021 =
      "Yangquan 2021 statistical communiqué (goshanxi.com.cn, 2022-02-10)";
  /** The 2022 statistical communiqué. */
  public static final String DOC_COMMUNIQUE_2022 = "Yangquan 2022 statistical communiqué";
  /** The Mining District's communiqué. */
  public static final String DOC_MINING_DISTRICT_2022 = "Yangquan Mining District (矿区) 2022 statistical communiqué";
  /** The public facts of the projects the seed article names. */
  public static final String DOC_PROJECTS =
      "press reports on the projects named in the seed article (BTR Zhangzhuang park, June 2023; "
          + "Richangjing sapphire, Q1 2023; smart mines, early 2023; 车城网, July 2022)";
  /** IPCC 2006 Guidelines, energy volume. */
  public static final String DOC_IPCC_ENERGY =
      "2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol. 2 (Energy), ch. 1, table 1.4";
  /** IPCC 2006 Guidelines, industrial processes volume. */
  public static final String DOC_IPCC_IPPU =
      "2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol. 3 (IPPU)";

  private static final List<Figure> REGISTRY = new ArrayList<>();

  /** The profile's sector order. */
  static final ImmutableList<String> ORDER = ImmutableList.of("agriculture", "coal-mining", "coalbed-methane",
      "coal-power", "green-power", "aluminium", "cement", "refractories", "other-heavy", "new-materials",
      "equipment-vehicles", "construction", "digital", "transport-logistics", "trade-tourism", "finance-real-estate",
      "public-services");

  private static final ImmutableMap<String, String> NAMES = ImmutableMap.<String, String>builder()
      .put("agriculture", "Agriculture")
      .put("coal-mining", "Coal mining and washing")
      .put("coalbed-methane", "Coalbed methane")
      .put("coal-power", "Coal power and heat")
      .put("green-power", "Wind, solar and coalbed-methane power")
      .put("aluminium", "Primary aluminium")
      .put("cement", "Cement")
      .put("refractories", "Refractory materials")
      .put("other-heavy", "Other heavy industry")
      .put("new-materials", "New materials (battery anodes, sapphire and the other directions)")
      .put("equipment-vehicles", "Equipment and smart vehicles")
      .put("construction", "Construction")
      .put("digital", "Digital economy core")
      .put("transport-logistics", "Transport and logistics")
      .put("trade-tourism", "Trade, hotels and tourism")
      .put("finance-real-estate", "Finance and real estate")
      .put("public-services", "Public services")
      .buildOrThrow();

  private static final ImmutableMap<String, SectorGroup> GROUPS = ImmutableMap.<String, SectorGroup>builder()
      .put("agriculture", SectorGroup.PRIMARY)
      .put("digital", SectorGroup.TERTIARY)
      .put("transport-logistics", SectorGroup.TERTIARY)
      .put("trade-tourism", SectorGroup.TERTIARY)
      .put("finance-real-estate", SectorGroup.TERTIARY)
      .put("public-services", SectorGroup.TERTIARY)
      .put("coal-mining", SectorGroup.SECONDARY)
      .put("coalbed-methane", SectorGroup.SECONDARY)
      .put("coal-power", SectorGroup.SECONDARY)
      .put("green-power", SectorGroup.SECONDARY)
      .put("aluminium", SectorGroup.SECONDARY)
      .put("cement", SectorGroup.SECONDARY)
      .put("refractories", SectorGroup.SECONDARY)
      .put("other-heavy", SectorGroup.SECONDARY)
      .put("new-materials", SectorGroup.SECONDARY)
      .put("equipment-vehicles", SectorGroup.SECONDARY)
      .put("construction", SectorGroup.SECONDARY)
      .buildOrThrow();

  private static final ImmutableMap<String, ImmutableSet<String>> TAGS =
      ImmutableMap.<String, ImmutableSet<String>>builder()
          .put("agriculture", ImmutableSet.of())
          .put("coal-mining", ImmutableSet.of("resource", "coal", "traditional"))
          .put("coalbed-methane", ImmutableSet.of("resource", "energy", "clean-energy"))
          .put("coal-power", ImmutableSet.of("coal", "energy", "energy-intensive", "traditional"))
          .put("green-power", ImmutableSet.of("energy", "clean-energy", "strategic-emerging"))
          .put("aluminium", ImmutableSet.of("energy-intensive", "traditional"))
          .put("cement", ImmutableSet.of("energy-intensive", "traditional"))
          .put("refractories", ImmutableSet.of("energy-intensive", "traditional"))
          .put("other-heavy", ImmutableSet.of("energy-intensive", "traditional"))
          .put("new-materials", ImmutableSet.of("new-materials", "strategic-emerging"))
          .put("equipment-vehicles", ImmutableSet.of("strategic-emerging"))
          .put("construction", ImmutableSet.of())
          .put("digital", ImmutableSet.of("digital"))
          .put("transport-logistics", ImmutableSet.of())
          .put("trade-tourism", ImmutableSet.of("tourism"))
          .put("finance-real-estate", ImmutableSet.of())
          .put("public-services", ImmutableSet.of())
          .buildOrThrow();


  // ---- official: city totals -----------------------------------------------------------------------------

  /** GDP 2022, 1012.9 亿元. */
  public static final Figure GDP_2022 = off("yq.gdp.2022", "GDP", 1012.9, Figure.YI_YUAN, DOC_GDP_2022, 2022);
  /** Primary industry 2022, 16.0 亿元. */
  public static final Figure PRIMARY_2022 =
      off("yq.primary.2022", "Primary industry value added", 16.0, Figure.YI_YUAN, DOC_GDP_2022, 2022);
  /** Secondary industry 2022, 562.9 亿元. */
  public static final Figure SECONDARY_2022 =
      off("yq.secondary.2022", "Secondary industry value added", 562.9, Figure.YI_YUAN, DOC_GDP_2022, 2022);
  /** Tertiary industry 2022, 434.0 亿元. */
  public static final Figure TERTIARY_2022 =
      off("yq.tertiary.2022", "Tertiary industry value added", 434.0, Figure.YI_YUAN, DOC_GDP_2022, 2022);
  /** Real GDP growth 2022. */
  public static final Figure GDP_GROWTH_2022 =
      off("yq.gdp-growth.2022", "Real GDP growth", 0.035, "fraction", DOC_GDP_2022, 2022);
  /** GDP 2021. */
  public static final Figure GDP_2021 =
      off("yq.gdp.2021", "GDP", 916.6, Figure.YI_YUAN, "Shanxi city GDP release for 2021", 2021);
  /** GDP 2020. */
  public static final Figure GDP_2020 = off("yq.gdp.2020", "GDP", 742.2, Figure.YI_YUAN,
      "Yangquan 14th Five-Year Plan outline, preamble", 2020);
  /** Average real GDP growth 2016-2020. */
  public static final Figure GDP_GROWTH_2016_2020 = off("yq.gdp-growth.2016-2020", "Average real GDP growth 2016-20",
      0.049, "fraction per year", "Yangquan 14th Five-Year Plan outline, preamble", 2020);
  /** Resident population at the end of 2022. */
  public static final Figure POPULATION_2022 = off("yq.population.2022", "Resident population, end of year",
      1311.061, "thousand persons", DOC_COMMUNIQUE_2022, 2022);
  /** Urbanisation rate at the end of 2022. */
  public static final Figure URBANISATION_2022 =
      off("yq.urbanisation.2022", "Urbanisation rate", 0.7229, "fraction", DOC_COMMUNIQUE_2022, 2022);

  // ---- official: the Mining District (the core of the Yangquan coalfield) --------------------------------

  /** The Mining District's GDP 2022. */
  public static final Figure MINING_DISTRICT_GDP_2022 = off("yq.mining-district.gdp.2022", "Mining District GDP",
      266.9, Figure.YI_YUAN, DOC_MINING_DISTRICT_2022, 2022);
  /** The secondary share of the Mining District's GDP (structure 0.1 : 82 : 17.9). */
  public static final Figure MINING_DISTRICT_SECONDARY_SHARE_2022 = off("yq.mining-district.secondary-share.2022",
      "Mining District secondary share of GDP", 0.82, "fraction", DOC_MINING_DISTRICT_2022, 2022);
  /** The Mining District's raw coal output 2022. */
  public static final Figure MINING_DISTRICT_RAW_COAL_2022 = off("yq.mining-district.raw-coal.2022",
      "Mining District raw coal output", 36.951, "Mt", DOC_MINING_DISTRICT_2022, 2022);
  /** The Mining District's coalbed methane 2022. */
  public static final Figure MINING_DISTRICT_CBM_2022 = off("yq.mining-district.cbm.2022",
      "Mining District coalbed methane", 1.236, "bn m3", DOC_MINING_DISTRICT_2022, 2022);

  // ---- official: physical outputs and structure in 2021 --------------------------------------------------

  /** Raw coal output 2021. */
  public static final Figure RAW_COAL_2021 =
      off("yq.raw-coal.2021", "Raw coal output", 68.25, "Mt", DOC_COMMUNIQUE_2021, 2021);
  /** Washed coal output 2021. */
  public static final Figure WASHED_COAL_2021 =
      off("yq.washed-coal.2021", "Washed coal output", 21.60, "Mt", DOC_COMMUNIQUE_2021, 2021);
  /** Primary aluminium output 2021. */
  public static final Figure ALUMINIUM_2021 =
      off("yq.aluminium.2021", "Primary aluminium output", 151.0, "kt", DOC_COMMUNIQUE_2021, 2021);
  /** Refractory materials output 2021. */
  public static final Figure REFRACTORIES_2021 =
      off("yq.refractories.2021", "Refractory materials output", 1.03, "Mt", DOC_COMMUNIQUE_2021, 2021);
  /** Share of strategic emerging industries in industrial value added above designated size, 2021. */
  public static final Figure SEI_SHARE_2021 = off("yq.sei-share.2021",
      "Strategic emerging industries' share of industrial value added (above designated size)", 0.065, "fraction",
      DOC_COMMUNIQUE_2021, 2021);

  // ---- official: public facts of the named projects ------------------------------------------------------

  /** Pingding county's anode output value 2022 (gross output, not value added). */
  public static final Figure PINGDING_ANODE_OUTPUT_2022 = off("yq.pingding-anode-output.2022",
      "Pingding county anode-material output value (gross)", 13.3, Figure.YI_YUAN, DOC_PROJECTS, 2022);
  /** BTR's 12 kt/yr artificial-graphite line. */
  public static final Figure BTR_12KT_CAPACITY =
      off("yq.btr-12kt.capacity", "BTR artificial-graphite anode line", 12.0, "kt per year", DOC_PROJECTS, 2023);
  /** BTR's 12 kt/yr line's investment. */
  public static final Figure BTR_12KT_INVESTMENT =
      off("yq.btr-12kt.investment", "BTR 12 kt line investment", 2.0, Figure.YI_YUAN, DOC_PROJECTS, 2023);
  /** BTR's 50 kt/yr integrated project (under construction June 2023). */
  public static final Figure BTR_50KT_CAPACITY =
      off("yq.btr-50kt.capacity", "BTR integrated anode project", 50.0, "kt per year", DOC_PROJECTS, 2023);
  /** The Zhangzhuang park's expected anode capacity at the end of 2023. */
  public static final Figure ANODE_PARK_CAPACITY_2023 = off("yq.anode-park.capacity.2023",
      "Zhangzhuang park anode capacity expected by end 2023", 220.0, "kt per year", DOC_PROJECTS, 2023);
  /** Richangjing sapphire output value, first quarter 2023. */
  public static final Figure SAPPHIRE_OUTPUT_2023Q1 = off("yq.sapphire-output.2023q1",
      "Richangjing sapphire output value, Q1 2023", 10.61, "million CNY", DOC_PROJECTS, 2023);
  /** Intelligent working faces of the 5G+ smart mines, early 2023. */
  public static final Figure INTELLIGENT_FACES_2023 = off("yq.intelligent-faces.2023",
      "Intelligent working faces (5G+ smart mines)", 78.0, "faces", DOC_PROJECTS, 2023);
  /** Smart mines, early 2023. */
  public static final Figure SMART_MINES_2023 =
      off("yq.smart-mines.2023", "Smart mines", 2.0, "mines", DOC_PROJECTS, 2023);
  /** Roads open to autonomous-driving tests (车城网), July 2022. */
  public static final Figure AV_TEST_ROADS_2022 =
      off("yq.av-test-roads.2022", "Roads open to autonomous-driving tests", 200.0, "km", DOC_PROJECTS, 2022);
  /** Length of the Shijiazhuang–Taiyuan passenger line (opened 2009). */
  public static final Figure SHIJIAZHUANG_TAIYUAN_LENGTH = off("cn.shijiazhuang-taiyuan-line.length",
      "Shijiazhuang–Taiyuan passenger line length", 190.0, "km", "Shijiazhuang–Taiyuan passenger line, opened 2009",
      2009);
  /** Cost of the Shijiazhuang–Taiyuan passenger line. */
  public static final Figure SHIJIAZHUANG_TAIYUAN_COST = off("cn.shijiazhuang-taiyuan-line.cost",
      "Shijiazhuang–Taiyuan passenger line cost", 16.04, Figure.BILLION_CNY,
      "Shijiazhuang–Taiyuan passenger line, opened 2009", 2009);

  // ---- official: provincial anchors and emission factors -------------------------------------------------

  /** Shanxi's coal share of energy use, 2017. */
  public static final Figure SHANXI_COAL_SHARE_2017 = off("sx.coal-share.2017", "Shanxi coal share of energy use",
      0.8642, "fraction", "Shanxi energy consumption structure 2017, as reported in the study "
          + "能源革命推动老工业基地转型发展战略研究", 2017);
  /** Shanxi's energy intensity in 2009 at 2005 prices. */
  public static final Figure SHANXI_ENERGY_INTENSITY_2009 = off("sx.energy-intensity.2009",
      "Shanxi energy use per unit of GDP (2005 prices)", 2.364, "tce per 10,000 CNY",
      "National Bureau of Statistics, energy intensity by province 2009 (Reuters factbox, 2010-07-15)", 2009);
  /** The drop of Shanxi's energy intensity over the decade to 2022. */
  public static final Figure SHANXI_ENERGY_INTENSITY_DROP = off("sx.energy-intensity-drop.2012-2022",
      "Drop of Shanxi energy use per unit of GDP over the decade to 2022", 0.332, "fraction",
      "China Daily Shanxi, 'Energy consumption drops sharply in Shanxi', 2022-11-04", 2022);
  /** Energy content of one tonne of standard coal equivalent. */
  public static final Figure TCE_GJ = off("cn.tce", "Energy content of 1 tce", 29.3076, "GJ per tce",
      "GB/T 2589-2020, General rules for calculation of the comprehensive energy consumption (1 kgce = 29,307.6 kJ)",
      2020);
  /** IPCC default CO2 factor of other bituminous coal. */
  public static final Figure IPCC_COAL = off("ipcc.co2.other-bituminous-coal",
      "Default CO2 emission factor, other bituminous coal", 94.6, "t CO2 per TJ", DOC_IPCC_ENERGY, 2006);
  /** IPCC default CO2 factor of natural gas. */
  public static final Figure IPCC_GAS = off("ipcc.co2.natural-gas", "Default CO2 emission factor, natural gas", 56.1,
      "t CO2 per TJ", DOC_IPCC_ENERGY, 2006);
  /** IPCC default CO2 factor of gas/diesel oil. */
  public static final Figure IPCC_DIESEL = off("ipcc.co2.gas-diesel-oil",
      "Default CO2 emission factor, gas/diesel oil", 74.1, "t CO2 per TJ", DOC_IPCC_ENERGY, 2006);
  /** IPCC Tier 1 clinker factor. */
  public static final Figure IPCC_CLINKER = off("ipcc.co2.clinker", "Default CO2 emission factor of clinker (Tier 1)",
      0.52, "t CO2 per t clinker", DOC_IPCC_IPPU + ", ch. 2 (cement production)", 2006);
  /** IPCC Tier 1 factor of prebake aluminium smelting. */
  public static final Figure IPCC_ALUMINIUM = off("ipcc.co2.aluminium-prebake",
      "Default CO2 emission factor of primary aluminium, prebake (Tier 1)", 1.6, "t CO2 per t aluminium",
      DOC_IPCC_IPPU + ", ch. 4, table 4.10", 2006);

  // ---- estimates: emission factors per tce ---------------------------------------------------------------

  /** Coal, t CO2 per tce. */
  public static final Figure EF_COAL = est("yq.ef.coal", "CO2 per tce of coal", perTce(IPCC_COAL), "t CO2 per tce",
      "IPCC default for other bituminous coal times the energy of 1 tce: 94.6 t/TJ x 29.3076 GJ / 1000",
      IPCC_COAL.id(), TCE_GJ.id());
  /** Natural gas and coalbed methane, t CO2 per tce. */
  public static final Figure EF_GAS = est("yq.ef.gas", "CO2 per tce of natural gas or coalbed methane",
      perTce(IPCC_GAS), "t CO2 per tce", "IPCC default for natural gas times the energy of 1 tce: 56.1 x 29.3076 / 1000",
      IPCC_GAS.id(), TCE_GJ.id());
  /** Diesel, t CO2 per tce. */
  public static final Figure EF_DIESEL = est("yq.ef.diesel", "CO2 per tce of diesel", perTce(IPCC_DIESEL),
      "t CO2 per tce", "IPCC default for gas/diesel oil times the energy of 1 tce: 74.1 x 29.3076 / 1000",
      IPCC_DIESEL.id(), TCE_GJ.id());
  /** The Shanxi fuel mix, t CO2 per tce. */
  public static final Figure EF_SHANXI_MIX = est("yq.ef.shanxi-mix", "CO2 per tce of the Shanxi fuel mix",
      SHANXI_COAL_SHARE_2017.value() * EF_COAL.value() + (1 - SHANXI_COAL_SHARE_2017.value()) * 1.0, "t CO2 per tce",
      "Shanxi's 2017 coal share (86.42 %) at the coal factor, the rest (oil, gas and electricity, the last with no "
          + "direct CO2) assumed at 1.0 t CO2 per tce on average: 0.8642 x 2.7725 + 0.1358 x 1.0",
      SHANXI_COAL_SHARE_2017.id(), EF_COAL.id());

  // ---- estimates: assumptions behind the split of secondary industry --------------------------------------

  /** Raw coal output 2022. */
  public static final Figure RAW_COAL_2022 = est("yq.est.raw-coal.2022", "Raw coal output 2022", RAW_COAL_2021.value(),
      "Mt", "the city's 2022 output was not found; held at the official 2021 level", RAW_COAL_2021.id());
  /** Share of the Mining District's secondary value added that is coal mining and washing. */
  public static final Figure COAL_SHARE_OF_DISTRICT_SECONDARY = est("yq.est.coal-share-of-district-secondary",
      "Coal mining and washing in the Mining District's secondary value added", 0.85, "fraction",
      "assumption: the district's industry is the Yangquan coal mines; the rest (power, construction, other "
          + "industry) is put at 15 %", MINING_DISTRICT_SECONDARY_SHARE_2022.id());
  /** Coal value added per tonne of raw coal. */
  public static final Figure COAL_VA_PER_TONNE = est("yq.est.coal-va-per-tonne", "Coal value added per tonne of raw coal",
      MINING_DISTRICT_GDP_2022.value() * 1e8 * MINING_DISTRICT_SECONDARY_SHARE_2022.value()
          * COAL_SHARE_OF_DISTRICT_SECONDARY.value() / (MINING_DISTRICT_RAW_COAL_2022.value() * 1e6),
      "CNY per t", "the Mining District's secondary value added per tonne of its raw coal, times the coal share: "
          + "266.9e8 x 0.82 x 0.85 / 36.951e6",
      MINING_DISTRICT_GDP_2022.id(), MINING_DISTRICT_SECONDARY_SHARE_2022.id(), MINING_DISTRICT_RAW_COAL_2022.id(),
      COAL_SHARE_OF_DISTRICT_SECONDARY.id());
  /** Average realised price of raw coal 2022. */
  public static final Figure COAL_PRICE_2022 = est("yq.est.coal-price.2022", "Average realised price of raw coal 2022",
      950.0, "CNY per t", "assumption for all grades sold by the city's mines in 2022 (anthracite and lean coal, a "
          + "year of high prices); used only for the value-added ratio and the calibration check");
  /** Coalbed methane price. */
  public static final Figure CBM_PRICE = est("yq.est.cbm-price", "Coalbed methane price", 1.5, "CNY per m3",
      "assumption for gas sold or used for power");
  /** Coal-power generation 2022. */
  public static final Figure POWER_GENERATION_2022 = est("yq.est.power-generation.2022",
      "Coal-fired generation in the city 2022", 20.0, "TWh", "assumption: no public city figure was found; set so "
          + "that about a third of the output leaves the local supply chain (grid sales outside the city and "
          + "households) in the input-output table");
  /** Power tariff. */
  public static final Figure POWER_TARIFF = est("yq.est.power-tariff", "Average on-grid price of coal power", 0.33,
      "CNY per kWh", "assumption");
  /** Coal burned per kWh. */
  public static final Figure COAL_PER_KWH = est("yq.est.coal-per-kwh", "Coal burned per kWh generated", 0.305,
      "kgce per kWh", "assumption typical of Chinese subcritical and supercritical units");
  /** Heat supply fuel. */
  public static final Figure HEAT_FUEL = est("yq.est.heat-fuel.2022", "Coal burned for district heat", 0.5, "Mtce",
      "assumption");
  /** Wind and solar generation 2022. */
  public static final Figure GREEN_GENERATION_2022 = est("yq.est.green-generation.2022",
      "Wind, solar and coalbed-methane power in the city 2022", 1.0, "TWh",
      "assumption: no public city figure was found; a small existing base so that the sector has intensities");
  /** Aluminium price. */
  public static final Figure ALUMINIUM_PRICE = est("yq.est.aluminium-price.2022", "Primary aluminium price 2022",
      19000.0, "CNY per t", "assumption near the 2022 average of the Chinese market");
  /** Aluminium direct fuel. */
  public static final Figure ALUMINIUM_FUEL = est("yq.est.aluminium-fuel", "Direct fuel per tonne of aluminium", 0.2,
      "tce per t", "assumption for anode baking, holding and casting furnaces (smelting electricity is in coal power)");
  /** Aluminium smelting electricity. */
  public static final Figure ALUMINIUM_ELECTRICITY = est("yq.est.aluminium-electricity",
      "Electricity per tonne of aluminium", 13500.0, "kWh per t", "assumption typical of Chinese prebake smelters");
  /** Cement output. */
  public static final Figure CEMENT_OUTPUT_2022 = est("yq.est.cement-output.2022", "Cement output 2022", 2.0, "Mt",
      "assumption: no city figure was found");
  /** Clinker ratio. */
  public static final Figure CLINKER_RATIO = est("yq.est.clinker-ratio", "Clinker per tonne of cement", 0.7,
      "fraction", "assumption");
  /** Cement price. */
  public static final Figure CEMENT_PRICE = est("yq.est.cement-price", "Cement price 2022", 400.0, "CNY per t",
      "assumption");
  /** Kiln fuel per tonne of clinker. */
  public static final Figure CLINKER_FUEL = est("yq.est.clinker-fuel", "Kiln fuel per tonne of clinker", 0.11,
      "tce per t", "assumption typical of Chinese dry-process kilns");
  /** Refractories price. */
  public static final Figure REFRACTORY_PRICE = est("yq.est.refractory-price", "Refractory materials price", 3000.0,
      "CNY per t", "assumption for the city's bauxite-based products");
  /** Refractories fuel. */
  public static final Figure REFRACTORY_FUEL = est("yq.est.refractory-fuel", "Kiln fuel per tonne of refractories",
      0.2, "tce per t", "assumption");
  /** Anode share of value added in output. */
  public static final Figure ANODE_VA_RATIO = est("yq.est.anode-va-ratio", "Value added per unit of anode output", 0.22,
      "fraction", "assumption for a graphitisation-heavy process that buys needle coke and electricity");
  /** The other new-material directions relative to anodes. */
  public static final Figure OTHER_NEW_MATERIALS = est("yq.est.other-new-materials",
      "Other new-material directions relative to anodes", 0.5, "fraction of anode value added",
      "assumption: sapphire, carbon-based, non-ferrous, semiconductor and green building materials together add "
          + "half of the anodes' value added");
  /** Construction's share of secondary industry. */
  public static final Figure CONSTRUCTION_SHARE = est("yq.est.construction-share", "Construction in secondary industry",
      0.08, "fraction", "assumption for a coal city whose secondary industry is dominated by mining");
  /** Anode price. */
  public static final Figure ANODE_PRICE = est("yq.est.anode-price", "Artificial-graphite anode price", 35000.0,
      "CNY per t", "assumption (prices fell through 2023); converts the named capacities into output");
  /** Utilisation of the park's further capacity. */
  public static final Figure PARK_UTILISATION = est("yq.est.anode-park-utilisation",
      "Utilisation of the park's capacity beyond BTR and the 2022 base", 0.5, "fraction", "assumption");

  // ---- estimates: the split of tertiary industry ---------------------------------------------------------

  private static final Map<String, Double> TERTIARY_SHARES = ImmutableMap.of(
      "digital", 0.05, "transport-logistics", 0.14, "trade-tourism", 0.22, "finance-real-estate", 0.24);

  // ---- estimates: employment --------------------------------------------------------------------------------

  /** Employed persons per resident. */
  public static final Figure EMPLOYMENT_RATE = est("yq.est.employment-rate", "Employed persons per resident", 0.45,
      "fraction", "assumption for an ageing city (working-age share and participation), applied to the official "
          + "population", POPULATION_2022.id());
  /** Total employment 2022. */
  public static final Figure EMPLOYMENT_2022 = est("yq.est.employment.2022", "Employment 2022",
      POPULATION_2022.value() * EMPLOYMENT_RATE.value(), "thousand persons",
      "population times the employment rate: 1311.061 x 0.45", POPULATION_2022.id(), EMPLOYMENT_RATE.id());

  // ---- estimates: Shanxi's energy intensity as an anchor -------------------------------------------------

  /** Shanxi's energy intensity 2022 at 2022 prices. */
  public static final Figure SHANXI_ENERGY_INTENSITY_2022 = est("yq.est.shanxi-energy-intensity.2022",
      "Shanxi energy use per unit of GDP 2022, 2022 prices", 2.364 * 0.9 * (1 - 0.332) / 1.6, "tce per 10,000 CNY",
      "the 2009 level (2.364, 2005 prices), minus an assumed 10 % for 2009-12 and the reported 33.2 % for 2012-22, "
          + "divided by an assumed price rise of 1.6 from 2005 to 2022 prices: 2.364 x 0.9 x 0.668 / 1.6",
      SHANXI_ENERGY_INTENSITY_2009.id(), SHANXI_ENERGY_INTENSITY_DROP.id());

  // ---- the sectors -----------------------------------------------------------------------------------------

  private static final Map<String, SectorFigures> SECTORS = buildSectors();

  /** The coal stock in 2022. */
  public static final Figure COAL_RESERVE_LIFE_2022 = est("yq.est.coal-reserve-life.2022",
      "Reserve life of the city's coal at the 2022 output", 35.0, "years", "assumption: the recoverable reserves "
          + "of the city's mines are not public; 35 years reads the city as a mature resource city (unverified class "
          + "in the 2013 national plan)");
  /** The coal stock in 2022. */
  public static final Figure COAL_STOCK_2022 = est("yq.est.coal-stock.2022", "Recoverable coal stock 2022",
      COAL_RESERVE_LIFE_2022.value() * RAW_COAL_2022.value(), "Mt",
      "reserve life times the 2022 output: 35 x 68.25", COAL_RESERVE_LIFE_2022.id(), RAW_COAL_2022.id());
  /** Raw coal per billion CNY of coal value added. */
  public static final Figure COAL_EXTRACTION_INTENSITY = est("yq.est.coal-extraction-intensity",
      "Raw coal per billion CNY of coal value added", RAW_COAL_2022.value() / SECTORS.get("coal-mining").valueAdded()
          .value(), "Mt per billion CNY", "the 2022 output over the coal sector's value added",
      RAW_COAL_2022.id(), "yq.sector.coal-mining.value-added");

  // ---- closed assets (stranded value, docs/MODEL.md section 22) ---------------------------------------------

  /** The document of the Yangcheng power plant's phase II investment. */
  public static final String DOC_YANGCHENG_II = "Report of the start of construction of the Datang Yangcheng power "
      + "plant phase II, 2 x 600 MW (cm.hczyw.com, 2005-05-25)";
  /** The document of the Hudi mine expansion's investment. */
  public static final String DOC_HUDI_MINE = "Report of the groundbreaking of the Jincheng Coal Group Hudi mine and "
      + "washery expansion to 4 Mt a year, a Shanxi key project of 2010 (china5e.com news 69385)";
  /** Total investment of the Yangcheng power plant phase II (Shanxi), 2 x 600 MW coal units. */
  public static final Figure YANGCHENG_II_INVESTMENT = off("sx.yangcheng-ii.investment",
      "Datang Yangcheng power plant phase II total investment", 53.65, "亿元", DOC_YANGCHENG_II, 2005);
  /** Capacity of the Yangcheng power plant phase II. */
  public static final Figure YANGCHENG_II_CAPACITY = off("sx.yangcheng-ii.capacity",
      "Datang Yangcheng power plant phase II capacity (2 x 600 MW)", 1200.0, "MW", DOC_YANGCHENG_II, 2005);
  /** Estimated total investment of the Hudi mine expansion (Shanxi). */
  public static final Figure HUDI_MINE_INVESTMENT = off("sx.hudi-mine.investment",
      "Hudi mine and washery expansion, estimated total investment", 43.5, "亿元", DOC_HUDI_MINE, 2010);
  /** Design capacity of the Hudi mine after its expansion. */
  public static final Figure HUDI_MINE_CAPACITY = off("sx.hudi-mine.capacity",
      "Hudi mine design capacity after the expansion", 4.0, "Mt per year", DOC_HUDI_MINE, 2010);
  /** Original capital of coal-power capacity per kW. */
  public static final Figure COAL_POWER_CAPITAL_PER_KW = est("yq.est.coal-power-capital-per-kw",
      "Original capital of a kW of coal-power capacity", YANGCHENG_II_INVESTMENT.billionCny() * 1e9
          / (YANGCHENG_II_CAPACITY.value() * 1e3), "CNY per kW",
      "Yangcheng phase II's investment over its capacity, 53.65e8 CNY / 1.2e6 kW, taken for the city's coal units "
          + "(historical cost, not revalued)", YANGCHENG_II_INVESTMENT.id(), YANGCHENG_II_CAPACITY.id());
  /** Utilisation of the city's coal units. */
  public static final Figure COAL_POWER_HOURS = est("yq.est.coal-power-hours", "Utilisation of the city's coal units",
      4500.0, "hours per year", "assumption: no city figure was found");
  /** Commissioning year of the coal units the retirement closes. */
  public static final Figure RETIRED_UNITS_BUILT = est("yq.est.retired-units.built",
      "Commissioning year of the old coal units that retire", 2005.0, "year",
      "assumption: no public list of the city's units and their commissioning years was found");
  /** Service life of coal units. */
  public static final Figure COAL_POWER_LIFE = est("yq.est.coal-power-life", "Service life of a coal unit", 30.0,
      "years", "assumption");
  /** Original capital of mining capacity per tonne a year. */
  public static final Figure MINE_CAPITAL_PER_TONNE = est("yq.est.mine-capital-per-tonne",
      "Original capital of a tonne a year of mining capacity", HUDI_MINE_INVESTMENT.billionCny() * 1e9
          / (HUDI_MINE_CAPACITY.value() * 1e6), "CNY per t a year",
      "the Hudi expansion's estimated investment over its capacity, 43.5e8 CNY / 4e6 t a year, taken for the "
          + "city's mines (historical cost, not revalued)", HUDI_MINE_INVESTMENT.id(), HUDI_MINE_CAPACITY.id());
  /** Year the exiting mining capacity was built. */
  public static final Figure EXITED_MINES_BUILT = est("yq.est.exited-mines.built",
      "Year the mining capacity that exits was built or rebuilt", 2010.0, "year",
      "assumption: the capacity that exits is taken as built or rebuilt in 2010, after Shanxi's 2009 consolidation "
          + "of its mines (which the Hudi report names); no list of the city's mines and their years was found",
      DOC_HUDI_MINE);
  /** Service life of a mine's fixed assets. */
  public static final Figure MINE_LIFE = est("yq.est.mine-life", "Service life of a mine's fixed assets", 30.0,
      "years", "assumption");

  /** The input-output table's provenance. */
  public static final Provenance INPUT_OUTPUT_PROVENANCE = Provenance.estimate("a sparse table of this project: the "
      + "value-added ratios v are those used for the sector split; each coefficient A[i][j] is an assumed share of "
      + "sector j's gross output bought from local sector i, set from the physical links (coal to power, power to "
      + "the smelter and to graphitisation, metals to equipment and construction, services to everyone); the rest "
      + "of each column is imports. It is not a regional table: Shanxi's 2017 table (42 sectors) was not used "
      + "directly", "sx.io-table.2017 (concept)", "yq.est.power-generation.2022", "yq.est.aluminium-electricity");

  private static final ImmutableList<Figure> ALL = freeze();

  // ---- API -------------------------------------------------------------------------------------------------

  /** Every figure, official and estimated, in declaration order (sector figures in sector order). */
  public static ImmutableList<Figure> figures() {
    return ALL;
  }

  /**
   * The figure with this id.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static Figure figure(String id) {
    for (Figure f : ALL) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no Yangquan figure '" + id + "'");
  }

  /** The sectors' figures, in profile order. */
  public static ImmutableList<SectorFigures> sectors() {
    return ImmutableList.copyOf(SECTORS.values());
  }

  /**
   * The figures of one sector.
   *
   * @throws IllegalArgumentException if there is no such sector; the message lists the ids
   */
  public static SectorFigures sector(String id) {
    SectorFigures s = SECTORS.get(id);
    checkArgument(s != null, "no Yangquan sector '%s'; sectors: %s", id, SECTORS.keySet());
    return s;
  }

  /** The estimated input-output table (see {@link #INPUT_OUTPUT_PROVENANCE}). */
  public static InputOutputTable inputOutputTable() {
    List<String> ids = ImmutableList.copyOf(SECTORS.keySet());
    int n = ids.size();
    double[][] a = new double[n][n];
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      v[j] = SECTORS.get(ids.get(j)).valueAddedRatio().value();
    }
    for (Object[] c : COEFFICIENTS) {
      int i = ids.indexOf((String) c[0]);
      int j = ids.indexOf((String) c[1]);
      checkArgument(i >= 0 && j >= 0, "unknown sector in coefficient %s -> %s", c[0], c[1]);
      a[i][j] = (Double) c[2];
    }
    return InputOutputTable.of(ids, a, v);
  }

  /** Input bought from local sector (first) per unit of gross output of sector (second). */
  private static final Object[][] COEFFICIENTS = {
      // coal mining and washing: power, machinery, materials, haulage, mine construction, services
      {"coal-power", "coal-mining", 0.01}, {"equipment-vehicles", "coal-mining", 0.03},
      {"other-heavy", "coal-mining", 0.03}, {"transport-logistics", "coal-mining", 0.03},
      {"construction", "coal-mining", 0.01}, {"finance-real-estate", "coal-mining", 0.01},
      {"trade-tourism", "coal-mining", 0.01}, {"public-services", "coal-mining", 0.005},
      {"digital", "coal-mining", 0.005},
      // coalbed methane
      {"equipment-vehicles", "coalbed-methane", 0.05}, {"coal-power", "coalbed-methane", 0.03},
      {"construction", "coalbed-methane", 0.04}, {"transport-logistics", "coalbed-methane", 0.02},
      {"other-heavy", "coalbed-methane", 0.03}, {"finance-real-estate", "coalbed-methane", 0.02},
      // coal power and heat: local coal is its main input
      {"coal-mining", "coal-power", 0.50}, {"coalbed-methane", "coal-power", 0.01},
      {"transport-logistics", "coal-power", 0.04}, {"equipment-vehicles", "coal-power", 0.02},
      {"other-heavy", "coal-power", 0.02}, {"finance-real-estate", "coal-power", 0.01},
      // wind, solar and coalbed-methane power
      {"equipment-vehicles", "green-power", 0.04}, {"construction", "green-power", 0.02},
      {"finance-real-estate", "green-power", 0.06}, {"digital", "green-power", 0.01},
      // primary aluminium: smelting power; alumina is imported
      {"coal-power", "aluminium", 0.25}, {"other-heavy", "aluminium", 0.06}, {"coal-mining", "aluminium", 0.01},
      {"transport-logistics", "aluminium", 0.04}, {"refractories", "aluminium", 0.01},
      // cement
      {"coal-mining", "cement", 0.12}, {"coal-power", "cement", 0.08}, {"transport-logistics", "cement", 0.08},
      {"other-heavy", "cement", 0.05}, {"refractories", "cement", 0.01},
      // refractories
      {"coal-mining", "refractories", 0.05}, {"coal-power", "refractories", 0.05},
      {"other-heavy", "refractories", 0.12}, {"transport-logistics", "refractories", 0.06},
      {"trade-tourism", "refractories", 0.02},
      // other heavy industry
      {"coal-mining", "other-heavy", 0.12}, {"coal-power", "other-heavy", 0.015}, {"other-heavy", "other-heavy", 0.10},
      {"transport-logistics", "other-heavy", 0.05}, {"trade-tourism", "other-heavy", 0.03},
      {"finance-real-estate", "other-heavy", 0.02}, {"coalbed-methane", "other-heavy", 0.005},
      // new materials: graphitisation power
      {"coal-power", "new-materials", 0.10}, {"other-heavy", "new-materials", 0.06},
      {"transport-logistics", "new-materials", 0.04}, {"equipment-vehicles", "new-materials", 0.02},
      {"coal-mining", "new-materials", 0.02},
      // equipment and smart vehicles
      {"other-heavy", "equipment-vehicles", 0.15}, {"coal-power", "equipment-vehicles", 0.02},
      {"equipment-vehicles", "equipment-vehicles", 0.05}, {"transport-logistics", "equipment-vehicles", 0.03},
      {"digital", "equipment-vehicles", 0.02}, {"trade-tourism", "equipment-vehicles", 0.03},
      {"new-materials", "equipment-vehicles", 0.01},
      // construction
      {"cement", "construction", 0.03}, {"other-heavy", "construction", 0.12}, {"refractories", "construction", 0.005},
      {"equipment-vehicles", "construction", 0.02}, {"transport-logistics", "construction", 0.05},
      {"trade-tourism", "construction", 0.04}, {"finance-real-estate", "construction", 0.02},
      {"coal-power", "construction", 0.01},
      // agriculture
      {"agriculture", "agriculture", 0.08}, {"other-heavy", "agriculture", 0.05}, {"coal-power", "agriculture", 0.02},
      {"trade-tourism", "agriculture", 0.03}, {"transport-logistics", "agriculture", 0.02},
      // digital economy core
      {"coal-power", "digital", 0.04}, {"equipment-vehicles", "digital", 0.03}, {"finance-real-estate", "digital", 0.04},
      {"digital", "digital", 0.05}, {"trade-tourism", "digital", 0.03}, {"public-services", "digital", 0.01},
      // transport and logistics
      {"other-heavy", "transport-logistics", 0.03}, {"coal-power", "transport-logistics", 0.02},
      {"equipment-vehicles", "transport-logistics", 0.05}, {"transport-logistics", "transport-logistics", 0.05},
      {"finance-real-estate", "transport-logistics", 0.04}, {"trade-tourism", "transport-logistics", 0.03},
      {"digital", "transport-logistics", 0.01},
      // trade, hotels and tourism
      {"agriculture", "trade-tourism", 0.04}, {"coal-power", "trade-tourism", 0.02},
      {"transport-logistics", "trade-tourism", 0.04}, {"finance-real-estate", "trade-tourism", 0.08},
      {"public-services", "trade-tourism", 0.02}, {"digital", "trade-tourism", 0.02},
      {"trade-tourism", "trade-tourism", 0.03},
      // finance and real estate
      {"construction", "finance-real-estate", 0.05}, {"finance-real-estate", "finance-real-estate", 0.06},
      {"digital", "finance-real-estate", 0.03}, {"trade-tourism", "finance-real-estate", 0.02},
      {"public-services", "finance-real-estate", 0.02},
      // public services
      {"coal-power", "public-services", 0.02}, {"construction", "public-services", 0.03},
      {"trade-tourism", "public-services", 0.05}, {"transport-logistics", "public-services", 0.03},
      {"finance-real-estate", "public-services", 0.05}, {"digital", "public-services", 0.02},
      {"agriculture", "public-services", 0.02}, {"other-heavy", "public-services", 0.03},
  };

  // ---- building ------------------------------------------------------------------------------------------

  private static Map<String, SectorFigures> buildSectors() {
    double secondary = SECONDARY_2022.billionCny();
    double tertiary = TERTIARY_2022.billionCny();
    Map<String, double[]> va = new LinkedHashMap<>(); // id -> {value added, value-added ratio}
    Map<String, String> vaMethod = new LinkedHashMap<>();
    Map<String, String[]> vaAnchors = new LinkedHashMap<>();

    // primary: one sector, the official figure
    va.put("agriculture", new double[] {PRIMARY_2022.billionCny(), 0.55});
    vaMethod.put("agriculture", "= official primary industry (16.0 亿元)");
    vaAnchors.put("agriculture", new String[] {PRIMARY_2022.id()});

    // coal: output times value added per tonne; ratio = value added per tonne over price
    double coalVa = RAW_COAL_2022.value() * COAL_VA_PER_TONNE.value() / 1e3; // Mt x CNY/t = million CNY -> bn
    va.put("coal-mining", new double[] {coalVa, COAL_VA_PER_TONNE.value() / COAL_PRICE_2022.value()});
    vaMethod.put("coal-mining", "raw coal 2022 (68.25 Mt, held at 2021) x value added per tonne ("
        + fmt(COAL_VA_PER_TONNE.value()) + " CNY, from the Mining District); ratio v = value added per tonne / "
        + "assumed price 950 CNY/t");
    vaAnchors.put("coal-mining", new String[] {RAW_COAL_2022.id(), COAL_VA_PER_TONNE.id(), COAL_PRICE_2022.id()});

    double cbmRatio = 0.5;
    va.put("coalbed-methane", new double[] {MINING_DISTRICT_CBM_2022.value() * CBM_PRICE.value() * cbmRatio,
        cbmRatio});
    vaMethod.put("coalbed-methane", "the Mining District's 1.236 bn m3 (taken for the city, a lower bound) x "
        + "1.5 CNY/m3 x assumed value-added ratio 0.5");
    vaAnchors.put("coalbed-methane", new String[] {MINING_DISTRICT_CBM_2022.id(), CBM_PRICE.id()});

    double powerRatio = 0.15;
    va.put("coal-power", new double[] {POWER_GENERATION_2022.value() * POWER_TARIFF.value() * powerRatio,
        powerRatio});
    vaMethod.put("coal-power", "assumed generation 20 TWh x 0.33 CNY/kWh x assumed value-added ratio 0.15 (coal "
        + "costs were high in 2022)");
    vaAnchors.put("coal-power", new String[] {POWER_GENERATION_2022.id(), POWER_TARIFF.id()});

    double greenRatio = 0.7;
    va.put("green-power", new double[] {GREEN_GENERATION_2022.value() * POWER_TARIFF.value() * greenRatio,
        greenRatio});
    vaMethod.put("green-power", "assumed 1 TWh x 0.33 CNY/kWh x assumed value-added ratio 0.7 (no fuel cost)");
    vaAnchors.put("green-power", new String[] {GREEN_GENERATION_2022.id(), POWER_TARIFF.id()});

    double aluRatio = 0.12;
    va.put("aluminium", new double[] {ALUMINIUM_2021.value() * 1e3 * ALUMINIUM_PRICE.value() * aluRatio / 1e9,
        aluRatio});
    vaMethod.put("aluminium", "151 kt (2021 output, held for 2022) x 19,000 CNY/t x assumed value-added ratio 0.12 "
        + "(alumina and power are bought)");
    vaAnchors.put("aluminium", new String[] {ALUMINIUM_2021.id(), ALUMINIUM_PRICE.id()});

    double cementRatio = 0.25;
    va.put("cement", new double[] {CEMENT_OUTPUT_2022.value() * CEMENT_PRICE.value() * cementRatio / 1e3,
        cementRatio});
    vaMethod.put("cement", "assumed 2.0 Mt x 400 CNY/t x assumed value-added ratio 0.25");
    vaAnchors.put("cement", new String[] {CEMENT_OUTPUT_2022.id(), CEMENT_PRICE.id()});

    double refractoryRatio = 0.25;
    va.put("refractories", new double[] {REFRACTORIES_2021.value() * REFRACTORY_PRICE.value() * refractoryRatio / 1e3,
        refractoryRatio});
    vaMethod.put("refractories", "1.03 Mt (2021 output, held for 2022) x 3,000 CNY/t x assumed value-added ratio 0.25");
    vaAnchors.put("refractories", new String[] {REFRACTORIES_2021.id(), REFRACTORY_PRICE.id()});

    double anodeVa = PINGDING_ANODE_OUTPUT_2022.billionCny() * ANODE_VA_RATIO.value();
    va.put("new-materials", new double[] {anodeVa * (1 + OTHER_NEW_MATERIALS.value()), ANODE_VA_RATIO.value()});
    vaMethod.put("new-materials", "Pingding anode output value 13.3 亿元 x value-added ratio 0.22, plus the other "
        + "new-material directions at half of that");
    vaAnchors.put("new-materials", new String[] {PINGDING_ANODE_OUTPUT_2022.id(), ANODE_VA_RATIO.id(),
        OTHER_NEW_MATERIALS.id()});

    double construction = secondary * CONSTRUCTION_SHARE.value();
    double industry = secondary - construction;
    double emerging = SEI_SHARE_2021.value() * industry;
    double equipment = emerging - va.get("new-materials")[0] - va.get("green-power")[0];
    va.put("equipment-vehicles", new double[] {equipment, 0.22});
    vaMethod.put("equipment-vehicles", "strategic emerging industry (the official 2021 share 6.5 % x industrial value "
        + "added, that is secondary minus construction) minus new materials and green power; the sector stands for "
        + "the emerging part of equipment (traditional machinery is in other heavy industry); v assumed 0.22");
    vaAnchors.put("equipment-vehicles", new String[] {SEI_SHARE_2021.id(), SECONDARY_2022.id(),
        CONSTRUCTION_SHARE.id()});

    va.put("construction", new double[] {construction, 0.25});
    vaMethod.put("construction", "official secondary industry x assumed construction share 0.08; v assumed 0.25");
    vaAnchors.put("construction", new String[] {SECONDARY_2022.id(), CONSTRUCTION_SHARE.id()});

    double known = 0;
    for (double[] x : va.values()) {
      known += x[0];
    }
    known -= va.get("agriculture")[0];
    va.put("other-heavy", new double[] {secondary - known, 0.25});
    vaMethod.put("other-heavy", "residual: official secondary industry minus every other secondary sector (coking, "
        + "chemicals, metals, traditional machinery and the rest of industry); v assumed 0.25");
    vaAnchors.put("other-heavy", new String[] {SECONDARY_2022.id()});

    double servicesKnown = 0;
    for (Map.Entry<String, Double> e : TERTIARY_SHARES.entrySet()) {
      double ratio = switch (e.getKey()) {
        case "digital" -> 0.45;
        case "transport-logistics" -> 0.40;
        case "trade-tourism" -> 0.55;
        default -> 0.70;
      };
      va.put(e.getKey(), new double[] {tertiary * e.getValue(), ratio});
      servicesKnown += tertiary * e.getValue();
      vaMethod.put(e.getKey(), "official tertiary industry x assumed share " + e.getValue()
          + " (a typical prefecture-city structure, transport weighted up for coal haulage); v assumed " + ratio);
      vaAnchors.put(e.getKey(), new String[] {TERTIARY_2022.id()});
    }
    va.put("public-services", new double[] {tertiary - servicesKnown, 0.55});
    vaMethod.put("public-services", "residual: official tertiary industry minus the other services (education, "
        + "health, government and other services); v assumed 0.55");
    vaAnchors.put("public-services", new String[] {TERTIARY_2022.id()});

    // energy (Mtce) and emission factor (t CO2/tce) by sector
    Map<String, double[]> energy = new LinkedHashMap<>();
    Map<String, String> energyMethod = new LinkedHashMap<>();
    Map<String, String> efMethod = new LinkedHashMap<>();
    Map<String, String[]> efAnchors = new LinkedHashMap<>();
    double coalEf = EF_COAL.value();
    double gasEf = EF_GAS.value();
    double dieselEf = EF_DIESEL.value();
    double mixEf = EF_SHANXI_MIX.value();

    double coalFuel = RAW_COAL_2022.value() * 0.006;
    energy.put("coal-mining", new double[] {coalFuel, 0.7 * coalEf + 0.2 * dieselEf + 0.1 * gasEf});
    energyMethod.put("coal-mining", "assumed 6 kgce of direct fuel per tonne of raw coal (boilers, diesel "
        + "machinery, methane burned on site; mine electricity is in coal power) x 68.25 Mt");
    efMethod.put("coal-mining", "assumed fuel mix 70 % coal, 20 % diesel, 10 % methane at the IPCC factors");
    efAnchors.put("coal-mining", new String[] {EF_COAL.id(), EF_DIESEL.id(), EF_GAS.id()});

    double cbmFuel = MINING_DISTRICT_CBM_2022.value() * 0.05 * 1.2143;
    energy.put("coalbed-methane", new double[] {cbmFuel, gasEf});
    energyMethod.put("coalbed-methane", "assumed own use of 5 % of the gas (compression, drying) x 1.2143 kgce/m3");
    efMethod.put("coalbed-methane", "IPCC natural-gas factor");
    efAnchors.put("coalbed-methane", new String[] {EF_GAS.id()});

    double powerFuel = POWER_GENERATION_2022.value() * COAL_PER_KWH.value() + HEAT_FUEL.value();
    energy.put("coal-power", new double[] {powerFuel, coalEf});
    energyMethod.put("coal-power", "assumed 20 TWh x 0.305 kgce/kWh, plus 0.5 Mtce for district heat");
    efMethod.put("coal-power", "IPCC coal factor");
    efAnchors.put("coal-power", new String[] {EF_COAL.id()});

    energy.put("green-power", new double[] {0.0, 0.0});
    energyMethod.put("green-power", "no fuel burned (wind and solar; the small coalbed-methane power is neglected)");
    efMethod.put("green-power", "no fuel burned");
    efAnchors.put("green-power", new String[] {});

    double aluFuel = ALUMINIUM_2021.value() / 1e3 * ALUMINIUM_FUEL.value();
    double aluCo2 = aluFuel * coalEf + ALUMINIUM_2021.value() / 1e3 * IPCC_ALUMINIUM.value();
    energy.put("aluminium", new double[] {aluFuel, aluCo2 / aluFuel});
    energyMethod.put("aluminium", "151 kt x assumed 0.2 tce/t of direct fuel (smelting electricity is in coal power)");
    efMethod.put("aluminium", "(fuel at the coal factor + process CO2 of 1.6 t per t aluminium, IPCC Tier 1 prebake) "
        + "/ fuel");
    efAnchors.put("aluminium", new String[] {EF_COAL.id(), IPCC_ALUMINIUM.id()});

    double clinker = CEMENT_OUTPUT_2022.value() * CLINKER_RATIO.value();
    double cementFuel = clinker * CLINKER_FUEL.value();
    double cementCo2 = cementFuel * coalEf + clinker * IPCC_CLINKER.value();
    energy.put("cement", new double[] {cementFuel, cementCo2 / cementFuel});
    energyMethod.put("cement", "2.0 Mt cement x clinker ratio 0.7 x 0.11 tce per t clinker (grinding power is in "
        + "coal power)");
    efMethod.put("cement", "(kiln fuel at the coal factor + process CO2 of 0.52 t per t clinker, IPCC Tier 1) / fuel");
    efAnchors.put("cement", new String[] {EF_COAL.id(), IPCC_CLINKER.id()});

    energy.put("refractories", new double[] {REFRACTORIES_2021.value() * REFRACTORY_FUEL.value(),
        0.7 * coalEf + 0.3 * gasEf});
    energyMethod.put("refractories", "1.03 Mt x assumed 0.2 tce/t of kiln fuel");
    efMethod.put("refractories", "assumed fuel mix 70 % coal, 30 % gas at the IPCC factors");
    efAnchors.put("refractories", new String[] {EF_COAL.id(), EF_GAS.id()});

    intensity(energy, energyMethod, efMethod, efAnchors, va, "other-heavy", 0.15, mixEf, "Shanxi fuel mix");
    intensity(energy, energyMethod, efMethod, efAnchors, va, "new-materials", 0.08, 0.5 * coalEf + 0.5 * gasEf,
        "assumed fuel mix 50 % coal, 50 % gas");
    intensity(energy, energyMethod, efMethod, efAnchors, va, "equipment-vehicles", 0.03, mixEf, "Shanxi fuel mix");
    intensity(energy, energyMethod, efMethod, efAnchors, va, "construction", 0.02, dieselEf, "diesel");
    intensity(energy, energyMethod, efMethod, efAnchors, va, "agriculture", 0.02, dieselEf, "diesel");
    intensity(energy, energyMethod, efMethod, efAnchors, va, "digital", 0.005, mixEf, "Shanxi fuel mix (heating)");
    intensity(energy, energyMethod, efMethod, efAnchors, va, "transport-logistics", 0.10, dieselEf, "diesel");
    intensity(energy, energyMethod, efMethod, efAnchors, va, "trade-tourism", 0.015, mixEf,
        "Shanxi fuel mix (heating, cooking)");
    intensity(energy, energyMethod, efMethod, efAnchors, va, "finance-real-estate", 0.005, mixEf,
        "Shanxi fuel mix (heating)");
    intensity(energy, energyMethod, efMethod, efAnchors, va, "public-services", 0.02, mixEf,
        "Shanxi fuel mix (heating)");

    // employment: assumed relative labour productivity (10,000 CNY per worker), scaled to the total
    Map<String, Double> productivity = ImmutableMap.<String, Double>builder()
        .put("agriculture", 2.5).put("coal-mining", 50.0).put("coalbed-methane", 60.0).put("coal-power", 60.0)
        .put("green-power", 150.0).put("aluminium", 20.0).put("cement", 20.0).put("refractories", 12.0)
        .put("other-heavy", 18.0).put("new-materials", 25.0).put("equipment-vehicles", 18.0)
        .put("construction", 9.0).put("digital", 20.0).put("transport-logistics", 12.0).put("trade-tourism", 8.0)
        .put("finance-real-estate", 35.0).put("public-services", 10.0).buildOrThrow();
    double raw = 0;
    for (String id : va.keySet()) {
      raw += va.get(id)[0] * 100.0 / productivity.get(id);
    }
    double scale = EMPLOYMENT_2022.value() / raw;

    // trends: real growth of final demand, productivity growth, intensity decline
    Map<String, double[]> trends = ImmutableMap.<String, double[]>builder()
        .put("agriculture", new double[] {0.03, 0.05, 0.02})
        .put("coal-mining", new double[] {0.0, 0.04, 0.015})
        .put("coalbed-methane", new double[] {0.03, 0.04, 0.01})
        .put("coal-power", new double[] {0.0, 0.03, 0.005})
        .put("green-power", new double[] {0.05, 0.04, 0.0})
        .put("aluminium", new double[] {0.0, 0.04, 0.01})
        .put("cement", new double[] {-0.02, 0.04, 0.01})
        .put("refractories", new double[] {0.01, 0.04, 0.015})
        .put("other-heavy", new double[] {0.02, 0.04, 0.02})
        .put("new-materials", new double[] {0.08, 0.05, 0.02})
        .put("equipment-vehicles", new double[] {0.05, 0.05, 0.02})
        .put("construction", new double[] {0.02, 0.03, 0.015})
        .put("digital", new double[] {0.07, 0.05, 0.02})
        .put("transport-logistics", new double[] {0.03, 0.03, 0.015})
        .put("trade-tourism", new double[] {0.04, 0.03, 0.02})
        .put("finance-real-estate", new double[] {0.03, 0.03, 0.02})
        .put("public-services", new double[] {0.04, 0.02, 0.02})
        .buildOrThrow();

    Map<String, SectorFigures> out = new LinkedHashMap<>();
    for (String id : ORDER) {
      String p = "yq.sector." + id + ".";
      double[] v = va.get(id);
      Figure vaFigure = est(p + "value-added", NAMES.get(id) + ": value added 2022", v[0], Figure.BILLION_CNY,
          vaMethod.get(id), vaAnchors.get(id));
      Figure ratio = est(p + "va-ratio", NAMES.get(id) + ": value added per unit of gross output", v[1], "fraction",
          ratioMethod(id));
      double q = productivity.get(id) / scale;
      Figure jobs = est(p + "employment", NAMES.get(id) + ": employment 2022", v[0] * 100.0 / q, "thousand persons",
          "value added / labour productivity; productivity assumed at " + fmt(productivity.get(id))
              + " (10,000 CNY per worker); every sector's jobs are then multiplied by " + fmt(scale)
              + " so that all sectors add up to population x 0.45", vaFigure.id(), EMPLOYMENT_2022.id());
      double[] e = energy.get(id);
      Figure en = est(p + "energy", NAMES.get(id) + ": direct energy use 2022", e[0], "Mtce", energyMethod.get(id));
      Figure ef = est(p + "emission-factor", NAMES.get(id) + ": CO2 per tce", e[1], "t CO2 per tce", efMethod.get(id),
          efAnchors.get(id));
      double[] tr = trends.get(id);
      Figure g = est(p + "growth", NAMES.get(id) + ": baseline growth of final demand", tr[0], "fraction per year",
          growthMethod(id), GDP_GROWTH_2016_2020.id(), GDP_GROWTH_2022.id());
      Figure pg = est(p + "productivity-growth", NAMES.get(id) + ": labour-productivity growth", tr[1],
          "fraction per year", "assumption: 2 % (public services) to 5 % (agriculture, new industries) a year");
      Figure ad = est(p + "intensity-decline", NAMES.get(id) + ": autonomous energy-intensity decline", tr[2],
          "fraction per year", "assumption: 1-2 % a year (0.5 % for coal power, 0 for wind and solar); Shanxi's "
              + "intensity fell by a third in the decade to 2022", SHANXI_ENERGY_INTENSITY_DROP.id());
      out.put(id, new SectorFigures(id, NAMES.get(id), GROUPS.get(id), TAGS.get(id), vaFigure, ratio, jobs, en, ef, g,
          pg, ad));
    }
    return out;
  }

  private static void intensity(Map<String, double[]> energy, Map<String, String> energyMethod,
      Map<String, String> efMethod, Map<String, String[]> efAnchors, Map<String, double[]> va, String id,
      double mtcePerBn, double ef, String fuel) {
    energy.put(id, new double[] {va.get(id)[0] * mtcePerBn, ef});
    energyMethod.put(id, "value added x assumed direct energy intensity " + fmt(mtcePerBn * 10)
        + " tce per 10,000 CNY");
    efMethod.put(id, fuel + " at the IPCC factors");
    efAnchors.put(id, ef == EF_DIESEL.value() ? new String[] {EF_DIESEL.id()}
        : ef == EF_SHANXI_MIX.value() ? new String[] {EF_SHANXI_MIX.id()} : new String[] {EF_COAL.id(), EF_GAS.id()});
  }

  private static String ratioMethod(String id) {
    return switch (id) {
      case "coal-mining" -> "value added per tonne / assumed price: " + fmt(COAL_VA_PER_TONNE.value()) + " / 950";
      case "new-materials" -> "assumed anode value-added ratio";
      default -> "assumption (used for the sector split where a physical output is known, and as v of the "
          + "input-output table)";
    };
  }

  private static String growthMethod(String id) {
    return switch (id) {
      case "coal-mining" -> "assumption: output flat (national coal demand near its plateau); the city's 2016-20 "
          + "GDP growth of 4.9 % rested on coal";
      case "coal-power", "aluminium" -> "assumption: flat (capacity controls on coal power and aluminium)";
      case "cement" -> "assumption: falling construction demand";
      case "new-materials" -> "assumption: strong trend (Pingding anode output +95.4 % in 2022), slowing";
      default -> "assumption: trend near the city's recent growth (2016-20 average 4.9 %, 2022 +3.5 %)";
    };
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  private static Figure off(String id, String label, double value, String unit, String document, int year) {
    Figure f = Figure.official(id, label, value, unit, document, year);
    REGISTRY.add(f);
    return f;
  }

  private static Figure est(String id, String label, double value, String unit, String method, String... anchors) {
    Figure f = Figure.estimate(id, label, value, unit, method, anchors);
    REGISTRY.add(f);
    return f;
  }

  private static double perTce(Figure ipcc) {
    return ipcc.value() * TCE_GJ.value() / 1000.0;
  }

  private static ImmutableList<Figure> freeze() {
    ImmutableList<Figure> all = ImmutableList.copyOf(REGISTRY);
    REGISTRY.clear();
    return all;
  }

  static String fmt(double x) {
    return String.format(Locale.ROOT, "%.4g", x);
  }
}
