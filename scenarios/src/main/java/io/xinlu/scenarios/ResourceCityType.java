package io.xinlu.scenarios;

/**
 * The four types of resource-based city of China's national plan for resource-based cities (State Council,
 * 全国资源型城市可持续发展规划（2013—2020年）, Guofa [2013] No. 45). The plan assigns each of its 262 cities to a type
 * by listing them; it gives no formula. {@link ResourceCityClassifier} is this project's own reading of the types as
 * thresholds on indicators.
 *
 * @since 0.1.0
 */
public enum ResourceCityType {
  /** 成长型: resources in the early phase of development, ample reserves, extraction still rising. */
  GROWING("成长型", "growing"),
  /** 成熟型: extraction stable at a high level, reserves ample for decades, the economy resting on the resource. */
  MATURE("成熟型", "mature"),
  /** 衰退型: reserves nearly exhausted, extraction falling, the economy still dependent on it. */
  DECLINING("衰退型", "declining"),
  /** 再生型: the economy has largely shed its dependence on the resource. */
  REGENERATING("再生型", "regenerating");

  private final String chinese;
  private final String label;

  ResourceCityType(String chinese, String label) {
    this.chinese = chinese;
    this.label = label;
  }

  /** The plan's Chinese name, such as {@code 成熟型}. */
  public String chinese() {
    return chinese;
  }

  /** An English label, such as {@code mature}. */
  public String label() {
    return label;
  }
}
