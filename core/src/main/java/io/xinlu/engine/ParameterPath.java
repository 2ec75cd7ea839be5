package io.xinlu.engine;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The stable address of one number of a model or scenario that an ensemble or a sensitivity study may vary:
 *
 * <table>
 * <caption>Parameter paths</caption>
 * <tr><th>path</th><th>what it sets</th><th>value as given</th></tr>
 * <tr><td>{@code sector/<id>/growth}</td><td>the sector's trend growth {@code g_i} (fraction per year)</td>
 *     <td>the profile's</td></tr>
 * <tr><td>{@code sector/<id>/productivity-growth}</td><td>{@code p_i}</td><td>the profile's</td></tr>
 * <tr><td>{@code sector/<id>/intensity-decline}</td><td>{@code a_i}</td><td>the profile's</td></tr>
 * <tr><td>{@code project/<id>/delay}</td><td>the project's delay in years (a strategy's start shift still adds)</td>
 *     <td>the scenario override's, else 0</td></tr>
 * <tr><td>{@code project/<id>/scale}</td><td>the project's scale factor</td>
 *     <td>the scenario override's, else 1</td></tr>
 * <tr><td>{@code project/<id>/effect/<n>}</td><td>the size of the project's n-th effect (1-based), before
 *     intensity and scale</td><td>the effect's</td></tr>
 * <tr><td>{@code strategy/<id>/intensity}</td><td>the adoption intensity in [0, 1]; a strategy the scenario does
 *     not adopt is adopted at that intensity</td><td>the adoption's, else 0</td></tr>
 * <tr><td>{@code strategy/<id>/start-shift}</td><td>the adoption's start shift in years</td>
 *     <td>the adoption's, else 0</td></tr>
 * <tr><td>{@code macro-shock}</td><td>a constant added to every sector's growth in every year after the base year,
 *     on top of the scenario's shock path</td><td>0</td></tr>
 * <tr><td>{@code emission-factor-path}</td><td>a scale {@code s} on the scenario's emission-factor paths: a path
 *     value {@code p(t)} becomes {@code 1 + s (p(t) - 1)}</td><td>1</td></tr>
 * <tr><td>{@code reemployment-rate}</td><td>the re-employment rate {@code rho} in [0, 1]</td>
 *     <td>the scenario's</td></tr>
 * <tr><td>{@code price-path}</td><td>a scale {@code s} on every price path of the scenario: a path value
 *     {@code p(t)} becomes {@code 1 + s (p(t) - 1)}; the indices must stay positive</td><td>1</td></tr>
 * <tr><td>{@code price/<selector>}</td><td>the same scale on the scenario's price path of one selector, a sector id
 *     or {@code #tag} (multiplies the scale of {@code price-path})</td><td>1</td></tr>
 * <tr><td>{@code sector/<id>/resource-tax}</td><td>the sector's resource-tax rate on sales, in [0, 1]; needs
 *     public finance</td><td>the profile's, else 0</td></tr>
 * <tr><td>{@code sector/<id>/vat}</td><td>the city's VAT rate on the sector's value added, in [0, 1]</td>
 *     <td>the profile's, else 0</td></tr>
 * <tr><td>{@code sector/<id>/income-tax}</td><td>the city's enterprise-income-tax rate on the sector's value added,
 *     in [0, 1]</td><td>the profile's, else 0</td></tr>
 * <tr><td>{@code project/<id>/asset-life}</td><td>the life of the assets the project closes, years, above 0</td>
 *     <td>the project's closed assets'</td></tr>
 * <tr><td>{@code project/<id>/asset-capital}</td><td>the original capital of the assets the project closes,
 *     billion CNY, at least 0</td><td>the project's closed assets'</td></tr>
 * <tr><td>{@code cohort/<age band>/<skill level>/retirement-rate}</td><td>the cohort's yearly retirement rate from
 *     the pool of displaced workers, in [0, 1]</td><td>the profile's labour market's</td></tr>
 * <tr><td>{@code cohort/<age band>/<skill level>/out-migration-rate}</td><td>the cohort's yearly out-migration
 *     rate, in [0, 1]</td><td>the profile's labour market's</td></tr>
 * <tr><td>{@code cohort/<age band>/<skill level>/reemployment-weight}</td><td>the cohort's relative re-employment
 *     weight, above 0</td><td>the profile's labour market's</td></tr>
 * <tr><td>{@code sector/<id>/wage}</td><td>the sector's base-year wage, CNY per worker per year, at least 0</td>
 *     <td>the profile's labour market's</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ParameterPath {
  /**
   * What kind of number a path addresses. Immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** {@code sector/<id>/growth}. */
    SECTOR_GROWTH,
    /** {@code sector/<id>/productivity-growth}. */
    SECTOR_PRODUCTIVITY_GROWTH,
    /** {@code sector/<id>/intensity-decline}. */
    SECTOR_INTENSITY_DECLINE,
    /** {@code project/<id>/delay}. */
    PROJECT_DELAY,
    /** {@code project/<id>/scale}. */
    PROJECT_SCALE,
    /** {@code project/<id>/effect/<n>}. */
    PROJECT_EFFECT,
    /** {@code strategy/<id>/intensity}. */
    STRATEGY_INTENSITY,
    /** {@code strategy/<id>/start-shift}. */
    STRATEGY_START_SHIFT,
    /** {@code macro-shock}. */
    MACRO_SHOCK,
    /** {@code emission-factor-path}. */
    EMISSION_FACTOR_PATH,
    /** {@code reemployment-rate}. */
    REEMPLOYMENT_RATE,
    /** {@code price-path}. */
    PRICE_PATH,
    /** {@code price/<selector>}. */
    PRICE,
    /** {@code sector/<id>/resource-tax}. */
    SECTOR_RESOURCE_TAX,
    /** {@code sector/<id>/vat}. */
    SECTOR_VAT,
    /** {@code sector/<id>/income-tax}. */
    SECTOR_INCOME_TAX,
    /** {@code project/<id>/asset-life}. */
    PROJECT_ASSET_LIFE,
    /** {@code project/<id>/asset-capital}. */
    PROJECT_ASSET_CAPITAL,
    /** {@code cohort/<age band>/<skill level>/retirement-rate}; the id is {@code <age band>/<skill level>}. */
    COHORT_RETIREMENT_RATE,
    /** {@code cohort/<age band>/<skill level>/out-migration-rate}. */
    COHORT_OUT_MIGRATION_RATE,
    /** {@code cohort/<age band>/<skill level>/reemployment-weight}. */
    COHORT_REEMPLOYMENT_WEIGHT,
    /** {@code sector/<id>/wage}. */
    SECTOR_WAGE
  }

  /** The forms a path may take, for messages. */
  public static final String FORMS = "sector/<id>/growth, sector/<id>/productivity-growth, "
      + "sector/<id>/intensity-decline, project/<id>/delay, project/<id>/scale, project/<id>/effect/<n>, "
      + "strategy/<id>/intensity, strategy/<id>/start-shift, macro-shock, emission-factor-path, reemployment-rate, "
      + "price-path, price/<selector>, sector/<id>/resource-tax, sector/<id>/vat, sector/<id>/income-tax, "
      + "project/<id>/asset-life, project/<id>/asset-capital, "
      + "cohort/<age band>/<skill level>/retirement-rate, cohort/<age band>/<skill level>/out-migration-rate, "
      + "cohort/<age band>/<skill level>/reemployment-weight, sector/<id>/wage";

  private final Kind kind;
  private final String id;
  private final int effect;

  private ParameterPath(Kind kind, String id, int effect) {
    this.kind = kind;
    this.id = id;
    this.effect = effect;
  }

  /**
   * Parses a path.
   *
   * @throws IllegalArgumentException if the text is not one of the {@link #FORMS}; the message lists them
   */
  public static ParameterPath parse(String text) {
    String[] p = text.split("/", -1);
    Kind kind = null;
    int effect = 0;
    if (p.length == 1) {
      switch (p[0]) {
        case "macro-shock":
          kind = Kind.MACRO_SHOCK;
          break;
        case "emission-factor-path":
          kind = Kind.EMISSION_FACTOR_PATH;
          break;
        case "reemployment-rate":
          kind = Kind.REEMPLOYMENT_RATE;
          break;
        case "price-path":
          kind = Kind.PRICE_PATH;
          break;
        default:
          break;
      }
      if (kind != null) {
        return new ParameterPath(kind, "", 0);
      }
    } else if (p.length == 2 && p[0].equals("price") && !p[1].isEmpty() && !p[1].equals("#")) {
      return new ParameterPath(Kind.PRICE, p[1], 0);
    } else if (p.length == 3 && !p[1].isEmpty()) {
      String key = p[0] + "/" + p[2];
      switch (key) {
        case "sector/growth":
          kind = Kind.SECTOR_GROWTH;
          break;
        case "sector/productivity-growth":
          kind = Kind.SECTOR_PRODUCTIVITY_GROWTH;
          break;
        case "sector/intensity-decline":
          kind = Kind.SECTOR_INTENSITY_DECLINE;
          break;
        case "project/delay":
          kind = Kind.PROJECT_DELAY;
          break;
        case "project/scale":
          kind = Kind.PROJECT_SCALE;
          break;
        case "strategy/intensity":
          kind = Kind.STRATEGY_INTENSITY;
          break;
        case "strategy/start-shift":
          kind = Kind.STRATEGY_START_SHIFT;
          break;
        case "sector/resource-tax":
          kind = Kind.SECTOR_RESOURCE_TAX;
          break;
        case "sector/vat":
          kind = Kind.SECTOR_VAT;
          break;
        case "sector/income-tax":
          kind = Kind.SECTOR_INCOME_TAX;
          break;
        case "project/asset-life":
          kind = Kind.PROJECT_ASSET_LIFE;
          break;
        case "project/asset-capital":
          kind = Kind.PROJECT_ASSET_CAPITAL;
          break;
        case "sector/wage":
          kind = Kind.SECTOR_WAGE;
          break;
        default:
          break;
      }
    } else if (p.length == 4 && p[0].equals("cohort") && !p[1].isEmpty() && !p[2].isEmpty()) {
      switch (p[3]) {
        case "retirement-rate":
          kind = Kind.COHORT_RETIREMENT_RATE;
          break;
        case "out-migration-rate":
          kind = Kind.COHORT_OUT_MIGRATION_RATE;
          break;
        case "reemployment-weight":
          kind = Kind.COHORT_REEMPLOYMENT_WEIGHT;
          break;
        default:
          break;
      }
      if (kind != null) {
        return new ParameterPath(kind, p[1] + "/" + p[2], 0);
      }
    } else if (p.length == 4 && p[0].equals("project") && !p[1].isEmpty() && p[2].equals("effect")) {
      try {
        effect = Integer.parseInt(p[3]);
        kind = effect >= 1 && String.valueOf(effect).equals(p[3]) ? Kind.PROJECT_EFFECT : null;
      } catch (NumberFormatException e) {
        kind = null;
      }
    }
    checkArgument(kind != null, "'%s' is not a parameter path; the forms are: %s", text, FORMS);
    return new ParameterPath(kind, p[1], effect);
  }

  /** What the path addresses. */
  public Kind kind() {
    return kind;
  }

  /**
   * The sector, project or strategy id, the selector of {@link Kind#PRICE} (a sector id or {@code #tag}), or the
   * cohort id {@code <age band>/<skill level>}; empty for the city-wide kinds.
   */
  public String id() {
    return id;
  }

  /** The 1-based effect number for {@link Kind#PROJECT_EFFECT}, else 0. */
  public int effect() {
    return effect;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ParameterPath && ((ParameterPath) o).kind == kind && ((ParameterPath) o).id.equals(id)
        && ((ParameterPath) o).effect == effect;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, effect);
  }

  /** The path in its text form, as {@link #parse} reads it. */
  @Override
  public String toString() {
    switch (kind) {
      case SECTOR_GROWTH:
        return "sector/" + id + "/growth";
      case SECTOR_PRODUCTIVITY_GROWTH:
        return "sector/" + id + "/productivity-growth";
      case SECTOR_INTENSITY_DECLINE:
        return "sector/" + id + "/intensity-decline";
      case PROJECT_DELAY:
        return "project/" + id + "/delay";
      case PROJECT_SCALE:
        return "project/" + id + "/scale";
      case PROJECT_EFFECT:
        return "project/" + id + "/effect/" + effect;
      case STRATEGY_INTENSITY:
        return "strategy/" + id + "/intensity";
      case STRATEGY_START_SHIFT:
        return "strategy/" + id + "/start-shift";
      case MACRO_SHOCK:
        return "macro-shock";
      case EMISSION_FACTOR_PATH:
        return "emission-factor-path";
      case PRICE_PATH:
        return "price-path";
      case PRICE:
        return "price/" + id;
      case SECTOR_RESOURCE_TAX:
        return "sector/" + id + "/resource-tax";
      case SECTOR_VAT:
        return "sector/" + id + "/vat";
      case SECTOR_INCOME_TAX:
        return "sector/" + id + "/income-tax";
      case PROJECT_ASSET_LIFE:
        return "project/" + id + "/asset-life";
      case PROJECT_ASSET_CAPITAL:
        return "project/" + id + "/asset-capital";
      case COHORT_RETIREMENT_RATE:
        return "cohort/" + id + "/retirement-rate";
      case COHORT_OUT_MIGRATION_RATE:
        return "cohort/" + id + "/out-migration-rate";
      case COHORT_REEMPLOYMENT_WEIGHT:
        return "cohort/" + id + "/reemployment-weight";
      case SECTOR_WAGE:
        return "sector/" + id + "/wage";
      default:
        return "reemployment-rate";
    }
  }
}
