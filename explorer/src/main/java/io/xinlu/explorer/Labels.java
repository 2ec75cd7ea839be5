package io.xinlu.explorer;

import io.xinlu.decision.city.Decision;
import io.xinlu.economy.CityProfile;
import io.xinlu.engine.ParameterPath;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenarios.Yangquan;
import java.util.Map;

/**
 * Labels in English and Chinese for the levers, uncertain parameters and indicators the explorer shows. Names the
 * model gives in both languages (Yangquan's strategies: {@code 生态筑基 Ecology as the foundation}) are split;
 * Yangquan's sectors and the projects its levers and parameters name have Chinese names here (the sectors' as the
 * charts have them); anything else keeps its English name in both languages. Stateless and thread-safe.
 */
final class Labels {
  private Labels() {}

  /** A label in both languages. */
  record Label(String en, String zh) {}

  private static final Map<String, String> SECTOR_ZH = Yangquan.SECTOR_NAMES_ZH;

  private static final Map<String, String> PROJECT_ZH = Map.ofEntries(
      Map.entry("green-power-base", "风光发电基地"),
      Map.entry("cbm-expansion", "煤层气增储上产"),
      Map.entry("coal-power-retirement", "老旧煤电机组退役"),
      Map.entry("coal-capacity-exit", "煤矿落后产能退出"),
      Map.entry("btr-anode-50kt", "贝特瑞5万吨负极材料项目"),
      Map.entry("intercity-rail", "太原—阳泉—石家庄城际铁路"),
      Map.entry("anode-park-expansion", "负极材料产业园扩建"),
      Map.entry("sapphire-plant", "蓝宝石项目"),
      Map.entry("5g-smart-mines", "5G智能矿山"));

  private static final Map<String, String> INDICATOR_ZH = Yangquan.INDICATOR_NAMES_ZH;

  private static final Map<String, String> INDICATOR_EN = Map.of(
      "co2", "CO2 emissions",
      "energy", "Energy use",
      "gdp", "GDP",
      "employment", "Employment",
      "displaced-workers", "Displaced workers",
      "share:group:primary", "Primary sector's share of GDP",
      "share:group:secondary", "Secondary sector's share of GDP",
      "share:group:tertiary", "Tertiary sector's share of GDP");

  /** A name given as {@code 中文 English}: split at the first Latin letter when a Chinese part leads. */
  static Label split(String name) {
    int i = 0;
    while (i < name.length() && !isLatin(name.charAt(i))) {
      i++;
    }
    String zh = name.substring(0, i).strip();
    String en = name.substring(i).strip();
    if (zh.isEmpty() || en.isEmpty() || zh.codePoints().noneMatch(Labels::isHan)) {
      return new Label(name, name);
    }
    return new Label(en, zh);
  }

  private static boolean isLatin(char c) {
    return c < 0x250 && Character.isLetter(c);
  }

  private static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  static Label lever(CityModel model, Decision d) {
    if (d instanceof Decision.Intensity) {
      Label s = split(model.strategy(d.id()).name());
      return new Label(s.en() + ": intensity", s.zh() + "：实施力度");
    }
    Label p = project(model, d.id());
    if (d instanceof Decision.StartYear) {
      return new Label(p.en() + ": start year", p.zh() + "：开工年份");
    }
    if (d instanceof Decision.Scale) {
      return new Label(p.en() + ": scale", p.zh() + "：规模系数");
    }
    return new Label(p.en() + ": carried out", p.zh() + "：是否实施");
  }

  private static Label project(CityModel model, String id) {
    String en = model.project(id).map(p -> p.name()).orElse(id);
    return new Label(en, PROJECT_ZH.getOrDefault(id, en));
  }

  private static Label sector(CityProfile profile, String id) {
    String en = profile.hasSector(id) ? profile.sector(id).name() : id;
    return new Label(en, SECTOR_ZH.getOrDefault(id, en));
  }

  static Label uncertain(CityModel model, String path, String merge) {
    ParameterPath p = ParameterPath.parse(path);
    String[] parts = path.split("/");
    String kind = parts[parts.length - 1];
    if (path.equals("macro-shock")) {
      return new Label("Macro shock (added to every sector's growth)", "宏观冲击（计入各行业增长率）");
    }
    if (path.equals("reemployment-rate")) {
      return new Label("Re-employment rate", "再就业率");
    }
    if (parts[0].equals("sector") && parts.length == 3) {
      Label s = sector(model.profile(), p.id());
      return switch (kind) {
        case "growth" -> new Label(s.en() + ": growth", s.zh() + "：增长率");
        case "productivity-growth" -> new Label(s.en() + ": productivity growth", s.zh() + "：劳动生产率增长率");
        case "intensity-decline" -> new Label(s.en() + ": energy-intensity decline", s.zh() + "：能源强度下降率");
        default -> new Label(s.en() + ": " + kind, s.zh() + "：" + kind);
      };
    }
    if (parts[0].equals("project")) {
      Label pr = project(model, p.id());
      if (kind.equals("delay")) {
        return merge.equals("add") ? new Label(pr.en() + ": delay after the start chosen (years)",
            pr.zh() + "：在所选开工年份后的推迟（年）") : new Label(pr.en() + ": delay (years)", pr.zh() + "：推迟（年）");
      }
      if (kind.equals("scale")) {
        return new Label(pr.en() + ": scale", pr.zh() + "：规模系数");
      }
      if (parts.length == 4 && parts[2].equals("effect")) {
        return new Label(pr.en() + ": effect " + parts[3], pr.zh() + "：效应 " + parts[3]);
      }
    }
    if (parts[0].equals("strategy") && kind.equals("intensity")) {
      Label s = split(model.strategy(p.id()).name());
      return new Label(s.en() + ": intensity", s.zh() + "：实施力度");
    }
    return new Label(path, path);
  }

  static Label indicator(String id, String name) {
    return new Label(INDICATOR_EN.getOrDefault(id, name), INDICATOR_ZH.getOrDefault(id, name));
  }
}
