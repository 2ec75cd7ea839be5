package io.xinlu.decision.city;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.decision.Variable;

/**
 * One lever of a city's decision problem: a number the search chooses, with its range. Four kinds, each addressed by
 * a lever path:
 *
 * <table>
 * <caption>Lever paths</caption>
 * <tr><th>path</th><th>record</th><th>variable</th><th>what it sets (as {@code io.xinlu.engine.ParameterPath})</th></tr>
 * <tr><td>{@code strategy/<id>/intensity}</td><td>{@link Intensity}</td><td>real, a range inside [0, 1]</td>
 *     <td>{@code strategy/<id>/intensity}</td></tr>
 * <tr><td>{@code project/<id>/carried-out}</td><td>{@link CarriedOut}</td><td>binary</td><td>0: the project's
 *     scale 0 ({@code project/<id>/scale = 0}, weight 0); 1: the scale decision's value, else the scenario's
 *     scale</td></tr>
 * <tr><td>{@code project/<id>/start}</td><td>{@link StartYear}</td><td>integer, a window of calendar years</td>
 *     <td>{@code project/<id>/delay = year - s_k - shift}: the project starts (before any deferral after its
 *     prerequisites) in the year decided, with {@code s_k} its planned start and {@code shift} its strategy's start
 *     shift in the scenario</td></tr>
 * <tr><td>{@code project/<id>/scale}</td><td>{@link Scale}</td><td>real, a range at least 0</td>
 *     <td>{@code project/<id>/scale}</td></tr>
 * </table>
 *
 * <p>Whether the ids exist, the window lies in the run and the scenario carries the project out is checked against
 * the model by {@link CityProblem.Builder#build()}, which names the path of any lever it refuses.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Decision {
  /** The lever path forms, for messages. */
  String FORMS = "strategy/<id>/intensity, project/<id>/carried-out, project/<id>/start, project/<id>/scale";

  /**
   * Parses a lever path with its range.
   *
   * @param path one of the {@link #FORMS}
   * @param lower the least value (for a start window, the first year; ignored for carried-out, which is 0 or 1)
   * @param upper the greatest value (for a start window, the last year)
   * @throws IllegalArgumentException if the path is malformed or the range is empty or out of the lever's domain;
   *     the message names the path
   */
  static Decision parse(String path, double lower, double upper) {
    String[] p = path.split("/", -1);
    checkArgument(p.length == 3 && !p[1].isBlank(), "lever '%s' is not a lever path; the forms are: %s", path,
        FORMS);
    String key = p[0] + "/" + p[2];
    switch (key) {
      case "strategy/intensity":
        return new Intensity(p[1], lower, upper);
      case "project/carried-out":
        return new CarriedOut(p[1]);
      case "project/start":
        checkArgument(lower == Math.rint(lower) && upper == Math.rint(upper),
            "lever '%s': a start window is given in whole years, was [%s, %s]", path, lower, upper);
        return new StartYear(p[1], (int) lower, (int) upper);
      case "project/scale":
        return new Scale(p[1], lower, upper);
      default:
        throw new IllegalArgumentException(
            "lever '" + path + "' is not a lever path; the forms are: " + FORMS);
    }
  }

  /** The lever path, such as {@code project/coal-power-retirement/start}. */
  String path();

  /** The strategy or project id. */
  String id();

  /** The decision variable, named by the lever path. */
  Variable variable();

  /**
   * A strategy's adoption intensity.
   *
   * @param strategyId the strategy's id
   * @param lower the least intensity, in [0, 1]
   * @param upper the greatest intensity, in [lower, 1]
   */
  record Intensity(String strategyId, double lower, double upper) implements Decision {
    /**
     * Validates the range.
     *
     * @throws IllegalArgumentException if the range is empty or leaves [0, 1]; the message names the path
     */
    public Intensity {
      String path = "strategy/" + strategyId + "/intensity";
      checkArgument(!strategyId.isBlank(), "lever '%s': blank strategy id", path);
      checkArgument(lower <= upper, "lever '%s': empty range [%s, %s]", path, lower, upper);
      checkArgument(lower >= 0 && upper <= 1, "lever '%s': an intensity ranges inside [0, 1], was [%s, %s]", path,
          lower, upper);
    }

    @Override
    public String path() {
      return "strategy/" + strategyId + "/intensity";
    }

    @Override
    public String id() {
      return strategyId;
    }

    @Override
    public Variable variable() {
      return Variable.real(path(), lower, upper);
    }
  }

  /**
   * Whether a project is carried out (1) or not (0).
   *
   * @param projectId the project's id
   */
  record CarriedOut(String projectId) implements Decision {
    /**
     * Validates the id.
     *
     * @throws IllegalArgumentException if the id is blank
     */
    public CarriedOut {
      checkArgument(!projectId.isBlank(), "lever 'project//carried-out': blank project id");
    }

    @Override
    public String path() {
      return "project/" + projectId + "/carried-out";
    }

    @Override
    public String id() {
      return projectId;
    }

    @Override
    public Variable variable() {
      return Variable.binary(path());
    }
  }

  /**
   * A project's start year, a whole year in a window.
   *
   * @param projectId the project's id
   * @param first the earliest start year
   * @param last the latest start year, at least {@code first}
   */
  record StartYear(String projectId, int first, int last) implements Decision {
    /**
     * Validates the window.
     *
     * @throws IllegalArgumentException if the window is empty; the message names the path
     */
    public StartYear {
      String path = "project/" + projectId + "/start";
      checkArgument(!projectId.isBlank(), "lever '%s': blank project id", path);
      checkArgument(first <= last, "lever '%s': empty start window [%s, %s]", path, first, last);
    }

    @Override
    public String path() {
      return "project/" + projectId + "/start";
    }

    @Override
    public String id() {
      return projectId;
    }

    @Override
    public Variable variable() {
      return Variable.integer(path(), first, last);
    }
  }

  /**
   * A project's scale factor.
   *
   * @param projectId the project's id
   * @param lower the least scale, at least 0
   * @param upper the greatest scale, at least {@code lower}, finite
   */
  record Scale(String projectId, double lower, double upper) implements Decision {
    /**
     * Validates the range.
     *
     * @throws IllegalArgumentException if the range is empty, negative or not finite; the message names the path
     */
    public Scale {
      String path = "project/" + projectId + "/scale";
      checkArgument(!projectId.isBlank(), "lever '%s': blank project id", path);
      checkArgument(lower <= upper, "lever '%s': empty range [%s, %s]", path, lower, upper);
      checkArgument(lower >= 0 && Double.isFinite(upper), "lever '%s': a scale ranges over finite values >= 0, was "
          + "[%s, %s]", path, lower, upper);
    }

    @Override
    public String path() {
      return "project/" + projectId + "/scale";
    }

    @Override
    public String id() {
      return projectId;
    }

    @Override
    public Variable variable() {
      return Variable.real(path(), lower, upper);
    }
  }
}
