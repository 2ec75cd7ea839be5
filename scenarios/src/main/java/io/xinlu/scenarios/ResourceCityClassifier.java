package io.xinlu.scenarios;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import java.util.Locale;

/**
 * Reads a city's {@link ResourceCityType} from three indicators: reserve life, resource dependence and the growth
 * of the resource sectors. The 2013 national plan lists its cities by type and gives no formula; the thresholds
 * below are this project's own reading of the plan's descriptions, documented in {@code docs/DATA.md}:
 *
 * <ol>
 *   <li>{@link ResourceCityType#REGENERATING} if resource dependence is below {@value #REGENERATING_MAX_DEPENDENCE}
 *       (the economy has shed its dependence, whatever is left underground);
 *   <li>{@link ResourceCityType#DECLINING} if reserve life is below {@value #DECLINING_MAX_RESERVE_LIFE} years or the
 *       resource sectors shrink by {@code -DECLINING_MAX_GROWTH} (3 %) a year or more;
 *   <li>{@link ResourceCityType#GROWING} if reserve life is at least {@value #GROWING_MIN_RESERVE_LIFE} years and the
 *       resource sectors grow by {@value #GROWING_MIN_GROWTH} a year or more;
 *   <li>{@link ResourceCityType#MATURE} otherwise.
 * </ol>
 *
 * <p>Without stock data the reserve life is NaN: no rule on reserves applies, so such a city is never growing and is
 * declining only by its growth. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResourceCityClassifier {
  /** Below this resource dependence a city is regenerating. */
  public static final double REGENERATING_MAX_DEPENDENCE = 0.10;
  /** Below this reserve life (years) a city is declining. */
  public static final double DECLINING_MAX_RESERVE_LIFE = 15.0;
  /** At or below this growth of the resource sectors a city is declining. */
  public static final double DECLINING_MAX_GROWTH = -0.03;
  /** At or above this reserve life (years), with growth at or above {@link #GROWING_MIN_GROWTH}, a city is growing. */
  public static final double GROWING_MIN_RESERVE_LIFE = 50.0;
  /** At or above this growth of the resource sectors, with ample reserves, a city is growing. */
  public static final double GROWING_MIN_GROWTH = 0.03;
  /** The window for growth, years. */
  public static final int WINDOW = 5;

  private ResourceCityClassifier() {}

  /**
   * Classifies from the three indicators.
   *
   * @param reserveLife years; NaN when unknown
   * @param resourceDependence share of GDP in [0, 1]
   * @param resourceGrowth fraction per year
   * @throws IllegalArgumentException if the dependence is outside [0, 1] or the growth is NaN
   */
  public static Classification classify(double reserveLife, double resourceDependence, double resourceGrowth) {
    checkArgument(resourceDependence >= 0 && resourceDependence <= 1,
        "resource dependence must lie in [0, 1], was %s", resourceDependence);
    checkArgument(!Double.isNaN(resourceGrowth), "resource growth must not be NaN");
    String values = String.format(Locale.ROOT, "reserve life %.1f years, resource dependence %.3f, growth %.4f",
        reserveLife, resourceDependence, resourceGrowth);
    if (resourceDependence < REGENERATING_MAX_DEPENDENCE) {
      return new Classification(ResourceCityType.REGENERATING, reserveLife, resourceDependence, resourceGrowth,
          "resource dependence below " + REGENERATING_MAX_DEPENDENCE + " (" + values + ")");
    }
    if (reserveLife < DECLINING_MAX_RESERVE_LIFE || resourceGrowth <= DECLINING_MAX_GROWTH) {
      return new Classification(ResourceCityType.DECLINING, reserveLife, resourceDependence, resourceGrowth,
          "reserve life below " + DECLINING_MAX_RESERVE_LIFE + " years or resource growth at most "
              + DECLINING_MAX_GROWTH + " (" + values + ")");
    }
    if (reserveLife >= GROWING_MIN_RESERVE_LIFE && resourceGrowth >= GROWING_MIN_GROWTH) {
      return new Classification(ResourceCityType.GROWING, reserveLife, resourceDependence, resourceGrowth,
          "reserve life at least " + GROWING_MIN_RESERVE_LIFE + " years and resource growth at least "
              + GROWING_MIN_GROWTH + " (" + values + ")");
    }
    return new Classification(ResourceCityType.MATURE, reserveLife, resourceDependence, resourceGrowth,
        "none of the other rules applies (" + values + ")");
  }

  /**
   * Classifies a run in a year. Reserve life is the resource sectors' total stock over their total extraction in
   * the year; dependence the GDP share of sectors tagged {@code resource}; growth the average annual growth of those
   * sectors' value added over the {@value #WINDOW} years ending in the year (from the base year if fewer), or, in the
   * base year itself, over the {@value #WINDOW} years after it (as far as the run goes).
   *
   * @throws IllegalArgumentException if the year is outside the run or the run has a single year
   */
  public static Classification classify(Run run, int year) {
    checkArgument(year >= run.baseYear() && year <= run.endYear(), "year %s is outside run '%s' (%s..%s)", year,
        run.scenarioName(), run.baseYear(), run.endYear());
    checkArgument(run.endYear() > run.baseYear(), "run '%s' has a single year", run.scenarioName());
    double life = Double.NaN;
    if (run.has(Quantity.RESOURCE_STOCK)) {
      double r = run.total(Quantity.RESOURCE_STOCK, year);
      double q = run.total(Quantity.EXTRACTION, year);
      life = q == 0 ? (r > 0 ? Double.POSITIVE_INFINITY : 0.0) : r / q;
    }
    double dependence = Indicators.resourceDependence().value(run, year);
    int from = year > run.baseYear() ? Math.max(run.baseYear(), year - WINDOW) : year;
    int to = year > run.baseYear() ? year : Math.min(run.endYear(), year + WINDOW);
    double a = resourceValueAdded(run, from);
    double b = resourceValueAdded(run, to);
    double growth = a > 0 ? Math.pow(b / a, 1.0 / (to - from)) - 1 : 0.0;
    return classify(life, Math.max(0, Math.min(1, dependence)), growth);
  }

  private static double resourceValueAdded(Run run, int year) {
    double[] va = run.sectorValues(Quantity.VALUE_ADDED, year);
    double s = 0;
    for (int i = 0; i < va.length; i++) {
      if (run.profile().sectors().get(i).hasTag("resource")) {
        s += va[i];
      }
    }
    return s;
  }
}
