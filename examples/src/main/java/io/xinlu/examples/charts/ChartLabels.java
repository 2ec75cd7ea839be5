package io.xinlu.examples.charts;

import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.indicator.Indicator;
import io.xinlu.scenarios.Yangquan;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The words on a chart in the language actually used. Chinese is used only when a font that can display Chinese is
 * installed: otherwise {@link #of(ChartLanguage, FontProbe, Consumer)} falls back to English and tells the caller
 * through its warning consumer (nothing is printed here).
 *
 * <p>Immutable and thread-safe.
 */
public final class ChartLabels {
  /** A short Chinese text every CJK-capable font must display. */
  public static final String CJK_SAMPLE = "阳泉产业结构二氧化碳排放年份";

  /** Finds a font family that displays Chinese; injectable for tests. */
  @FunctionalInterface
  public interface FontProbe {
    /** The family name of an installed font that displays {@link #CJK_SAMPLE}, if any. */
    Optional<String> cjkFontFamily();
  }

  /**
   * Chinese labels of the Yangquan sector ids, translating the sectors' English names in
   * {@code YangquanData}; other ids keep their {@link Sector#name()}.
   */
  static final Map<String, String> SECTOR_ZH = Yangquan.SECTOR_NAMES_ZH;

  private static final Map<String, String> INDICATOR_ZH = Yangquan.INDICATOR_NAMES_ZH;

  private static final Map<String, String> FACTOR_ZH = Map.of(
      "activity", "经济规模",
      "structure", "产业结构",
      "energy intensity", "能源强度",
      "emission factor", "排放因子",
      "labour intensity", "劳动强度");

  private static final ChartLabels ENGLISH = new ChartLabels(ChartLanguage.ENGLISH, Optional.empty());

  private final ChartLanguage language;
  private final Optional<String> fontFamily;

  private ChartLabels(ChartLanguage language, Optional<String> fontFamily) {
    this.language = language;
    this.fontFamily = fontFamily;
  }

  /** English labels in the default fonts. */
  public static ChartLabels english() {
    return ENGLISH;
  }

  /** The labels for a requested language, probing the installed fonts; see {@link #of(ChartLanguage, FontProbe, Consumer)}. */
  public static ChartLabels of(ChartLanguage requested, Consumer<String> warnings) {
    return of(requested, systemFonts(), warnings);
  }

  /**
   * The labels for a requested language. Chinese needs a font that displays Chinese: without one, the labels are
   * English and {@code warnings} receives one message saying so and how to install such a font.
   */
  public static ChartLabels of(ChartLanguage requested, FontProbe probe, Consumer<String> warnings) {
    Objects.requireNonNull(requested, "language");
    Objects.requireNonNull(warnings, "warnings");
    if (requested == ChartLanguage.ENGLISH) {
      return ENGLISH;
    }
    Optional<String> family = probe.cjkFontFamily();
    if (family.isEmpty()) {
      warnings.accept("Chinese chart labels requested, but no installed font can display Chinese; the charts use "
          + "English labels (install a CJK font, e.g. Debian's fonts-noto-cjk or fonts-wqy-microhei)");
      return ENGLISH;
    }
    return new ChartLabels(ChartLanguage.CHINESE, family);
  }

  /** Probes the fonts of the local graphics environment (works headless). */
  public static FontProbe systemFonts() {
    return () -> {
      for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
        Font f = new Font(family, Font.PLAIN, 12);
        // logical fonts (Dialog, SansSerif) may claim glyphs through fallbacks: prefer a physical family
        if (!isLogical(family) && f.canDisplayUpTo(CJK_SAMPLE) == -1) {
          return Optional.of(family);
        }
      }
      return Optional.empty();
    };
  }

  private static boolean isLogical(String family) {
    switch (family) {
      case Font.DIALOG:
      case Font.DIALOG_INPUT:
      case Font.SANS_SERIF:
      case Font.SERIF:
      case Font.MONOSPACED:
        return true;
      default:
        return false;
    }
  }

  /** The language actually used. */
  public ChartLanguage language() {
    return language;
  }

  /** The font family to use for every text on the chart, when the default fonts will not do. */
  public Optional<String> fontFamily() {
    return fontFamily;
  }

  private boolean zh() {
    return language == ChartLanguage.CHINESE;
  }

  private String tr(String english, String chinese) {
    return zh() ? chinese : english;
  }

  /** A sector's label: its name, or its Chinese label where one is defined. */
  public String sector(Sector s) {
    return zh() ? SECTOR_ZH.getOrDefault(s.id(), s.name()) : s.name();
  }

  /** A sector group's label. */
  public String group(SectorGroup g) {
    switch (g) {
      case PRIMARY:
        return tr("Primary", "第一产业");
      case SECONDARY:
        return tr("Secondary", "第二产业");
      default:
        return tr("Tertiary", "第三产业");
    }
  }

  /** An indicator's name. */
  public String indicator(Indicator i) {
    return zh() ? INDICATOR_ZH.getOrDefault(i.id(), i.name()) : i.name();
  }

  /** An LMDI factor's name. */
  public String factor(String factor) {
    return zh() ? FACTOR_ZH.getOrDefault(factor, factor) : factor;
  }

  String year() {
    return tr("Year", "年份");
  }

  String shareOfGdp() {
    return tr("Share of GDP (%)", "占GDP比重 (%)");
  }

  String mixTitle(String scenario, String profile) {
    return tr("Industrial mix of " + profile + ", scenario " + scenario,
        (profile.equals("yangquan") ? "阳泉" : profile) + " 产业结构（情景 " + scenario + "）");
  }

  String linesTitle(String indicator) {
    return tr(indicator + " by scenario", indicator + "：各情景比较");
  }

  String fanTitle(String indicator, String scenario, int runs) {
    return tr(indicator + ", scenario " + scenario + ": ensemble of " + runs + " runs",
        indicator + "（情景 " + scenario + "，" + runs + " 次模拟）");
  }

  String band(int lo, int hi) {
    return tr(lo + "–" + hi + " % range", lo + "–" + hi + " % 区间");
  }

  String median() {
    return tr("median", "中位数");
  }

  String sobolTitle(String output) {
    return tr("Sobol' indices of " + output, output + " 的 Sobol 敏感性指数");
  }

  String firstOrder() {
    return tr("S1 first order", "S1 一阶指数");
  }

  String totalOrder() {
    return tr("ST total", "ST 总效应指数");
  }

  String parameter() {
    return tr("Parameter", "参数");
  }

  String sobolAxis() {
    return tr("Index (share of output variance)", "指数（占输出方差比例）");
  }

  String tornadoTitle(String output, String base, Charts.TornadoLevels levels) {
    if (levels.isQuantiles()) {
      return tr("Tornado of " + output + ": base " + base + " = every parameter at its median",
          output + " 龙卷风图：基准值 " + base + "（所有参数取中位数）");
    }
    return tr("Tornado of " + output + ": base " + base + " = every factor at its base value",
        output + " 龙卷风图：基准值 " + base + "（所有因素取基准值）");
  }

  String tornadoAxis(String output, String unit) {
    return tr("Change of " + output + " from base (" + unit + ")", output + " 相对基准的变化 (" + unit + ")");
  }

  String atLow(Charts.TornadoLevels levels) {
    if (levels.isQuantiles()) {
      return tr("parameter at its " + levels.lowPercent() + " % quantile, others at median",
          "参数取 " + levels.lowPercent() + "% 分位数，其余取中位数");
    }
    return tr("factor at its low value", "因素取低值");
  }

  String atHigh(Charts.TornadoLevels levels) {
    if (levels.isQuantiles()) {
      return tr("parameter at its " + levels.highPercent() + " % quantile, others at median",
          "参数取 " + levels.highPercent() + "% 分位数，其余取中位数");
    }
    return tr("factor at its high value", "因素取高值");
  }

  String total() {
    return tr("total", "总量");
  }

  String increase() {
    return tr("increase", "增加");
  }

  String decrease() {
    return tr("decrease", "减少");
  }

  String effect() {
    return tr("Level and factor effects", "总量与因素效应");
  }

  @Override
  public String toString() {
    return "ChartLabels{" + language + fontFamily.map(f -> ", font " + f).orElse("") + "}";
  }
}
