package io.xinlu;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.OptionalInt;

/**
 * One step of a {@link Problem}'s path, from the outermost object to the value at fault: an object named by its id
 * ({@code strategy 'digital'}), an item of a list by its number ({@code effect 2}), a field ({@code start}) or a year
 * of a year path ({@code 2030}). Its {@link #kind()} says what it names, and {@link #toString()} gives the text that
 * messages show, so that code can tell where a problem is without reading that text:
 *
 * <pre>{@code
 * Map<String, List<String>> byProject = new TreeMap<>();
 * try {
 *   CityModel.builder().profile(model.profile()).addAllStrategies(model.strategies())
 *       .addAllScenarios(model.scenarios()).build();
 * } catch (InvalidModelException e) {
 *   for (Problem p : e.problems()) {
 *     for (PathSegment s : p.path()) {
 *       if (s instanceof PathSegment.Named n && n.kind() == PathSegment.Kind.PROJECT) {
 *         byProject.computeIfAbsent(n.id(), k -> new ArrayList<>()).add(p.message());
 *       }
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>An object of a list carries its place in that list ({@link Named#index()}, counted from 0 in the order the
 * model gives it), so that two objects with the same id, such as a strategy given twice, are told apart; an object
 * that is a key of a map (a scenario's adoption of a strategy) has none. The text never shows the place.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface PathSegment
    permits PathSegment.Named, PathSegment.Numbered, PathSegment.Unnamed, PathSegment.Field, PathSegment.Year {

  /** What the segment names. */
  Kind kind();

  /** The segment as messages show it, such as {@code strategy 'digital'}, {@code effect 2} or {@code start}. */
  @Override
  String toString();

  /**
   * What a segment names, with the word that messages show for it.
   *
   * <p>Immutable and thread-safe.
   */
  enum Kind {
    /** A whole model, by its profile's name: {@code model 'yangquan'}; names what was validated, in no path. */
    MODEL("model", Form.QUOTED),
    /** The city profile, by name: {@code profile 'yangquan'}. */
    PROFILE("profile", Form.QUOTED),
    /** A sector, by id: {@code sector 'coal'}. */
    SECTOR("sector", Form.QUOTED),
    /** A sector tag, by name: {@code tag 'mining'}. */
    TAG("tag", Form.QUOTED),
    /** A sector or tag that an entry selects, not yet known: {@code selector ?}. */
    SELECTOR("selector", Form.QUOTED),
    /** A strategy, by id: {@code strategy 'digital'}. */
    STRATEGY("strategy", Form.QUOTED),
    /** A project, by id: {@code project '5g-mines'}. */
    PROJECT("project", Form.QUOTED),
    /** A project's prerequisite, by the id it names: {@code prerequisite 'grid'}. */
    PREREQUISITE("prerequisite", Form.QUOTED),
    /** A project's effect, by its number from 1: {@code effect 2}. */
    EFFECT("effect", Form.QUOTED),
    /** A scenario, by name: {@code scenario 'green'}. */
    SCENARIO("scenario", Form.QUOTED),
    /** A column of an input-output table, by its sector: {@code column 'coal'}, or by number: {@code column 3}. */
    COLUMN("column", Form.QUOTED),
    /** A row of a table or matrix, by its sector: {@code row 'coal'}, or by number: {@code row 3}. */
    ROW("row", Form.QUOTED),
    /** A technical coefficient of a column, by the supplying sector: {@code A[coal]}. */
    INPUT("A", Form.ENTRY),
    /** An inter-industry transaction of a column, by the supplying sector: {@code Z[coal]}. */
    TRANSACTION("Z", Form.ENTRY),
    /** An uncertain parameter of a file's uncertainty section, by its path: {@code parameter 'sector/coal/growth'}. */
    PARAMETER("parameter", Form.QUOTED),
    /** The value given to a parameter for one run, by its path: {@code sector/coal/growth}. */
    PARAMETER_VALUE("parameter value", Form.BARE),
    /** A lever of a file's uncertainty section, by name: {@code lever 'carbon-price'}. */
    LEVER("lever", Form.QUOTED),
    /** A target of a file, by id: {@code target 'co2-2030'}. */
    TARGET("target", Form.QUOTED),
    /** A pair of a rank correlation, by number: {@code pair 2}. */
    PAIR("pair", Form.QUOTED),
    /** An item of a list of numbers, by number alone: {@code 3}. */
    ITEM("item", Form.BARE),
    /** A field of an object, by the label messages give it: {@code start}, {@code end year}. */
    FIELD("field", Form.BARE),
    /** A year of a year path: {@code 2030}. */
    YEAR("year", Form.BARE),
    /** A cohort of a labour market, by its id {@code <age band>/<skill level>}: {@code cohort '16-29/low'}. */
    COHORT("cohort", Form.QUOTED);

    /** How a kind's id is written: {@code word 'id'}, {@code word[id]}, or the id alone. */
    private enum Form {
      QUOTED,
      ENTRY,
      BARE
    }

    private final String word;
    /** What the text of a named segment puts before and after the id. */
    private final String before;
    private final String after;

    Kind(String word, Form form) {
      this.word = word;
      this.before = switch (form) {
        case QUOTED -> word + " '";
        case ENTRY -> word + "[";
        case BARE -> "";
      };
      this.after = switch (form) {
        case QUOTED -> "'";
        case ENTRY -> "]";
        case BARE -> "";
      };
    }

    /** The word that messages show before an id or number, such as {@code sector}; {@code A} for an input. */
    public String word() {
      return word;
    }
  }

  /**
   * An object named by its id, not standing in a list (or at a place not known): {@code scenario 'green'}.
   *
   * @throws IllegalArgumentException if the kind is {@link Kind#FIELD}, {@link Kind#YEAR} or {@link Kind#ITEM}
   */
  static Named named(Kind kind, String id) {
    return new Named(kind, id, OptionalInt.empty());
  }

  /**
   * An object named by its id at a place of its list: the strategy {@code 'digital'} that is the third of the
   * model's strategies is {@code named(Kind.STRATEGY, "digital", 2)}; shown as {@code strategy 'digital'}.
   *
   * @param index the place in the list, from 0
   * @throws IllegalArgumentException if the index is negative, or the kind is {@link Kind#FIELD}, {@link Kind#YEAR}
   *     or {@link Kind#ITEM}
   */
  static Named named(Kind kind, String id, int index) {
    checkArgument(index >= 0, "a list's index is at least 0, was %s", index);
    return new Named(kind, id, OptionalInt.of(index));
  }

  /**
   * An item of a list by its number from 1, for an item without an id: {@code effect 2}, {@code row 3}; an
   * {@link Kind#ITEM} shows the number alone.
   *
   * @throws IllegalArgumentException if the number is below 1, or the kind is {@link Kind#FIELD} or {@link Kind#YEAR}
   */
  static Numbered numbered(Kind kind, int number) {
    return new Numbered(kind, number);
  }

  /**
   * An object whose id is missing: {@code sector ?}.
   *
   * @throws IllegalArgumentException if the kind is {@link Kind#FIELD}, {@link Kind#YEAR} or {@link Kind#ITEM}
   */
  static Unnamed unnamed(Kind kind) {
    return new Unnamed(kind);
  }

  /**
   * A field, by the label messages give it: {@code start}, {@code value added}.
   *
   * @throws IllegalArgumentException if the label is empty
   */
  static Field field(String label) {
    return new Field(label);
  }

  /** A year of a year path: {@code 2030}. */
  static Year year(int year) {
    return new Year(year);
  }

  /**
   * An object named by its id; {@code index} is its place in the list it stands in (from 0), empty if it is a key of
   * a map or its place was not given. Two segments are equal when kind, id and index are; the text leaves the index
   * out: {@code strategy 'digital'}, {@code A[coal]}, or the id alone for a {@link Kind#PARAMETER_VALUE}.
   *
   * <p>Immutable and thread-safe.
   */
  record Named(Kind kind, String id, OptionalInt index) implements PathSegment {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the kind is {@link Kind#FIELD}, {@link Kind#YEAR} or {@link Kind#ITEM}, or
     *     the index is negative
     */
    public Named {
      checkArgument(kind != Kind.FIELD && kind != Kind.YEAR && kind != Kind.ITEM,
          "a %s is not named by an id", kind);
      checkArgument(index.isEmpty() || index.getAsInt() >= 0, "a list's index is at least 0, was %s", index);
    }

    /** The same object without its place in a list. */
    public Named withoutIndex() {
      return index.isEmpty() ? this : new Named(kind, id, OptionalInt.empty());
    }

    @Override
    public String toString() {
      return kind.before + id + kind.after;
    }
  }

  /**
   * An item of a list by its number from 1, for an item without an id: {@code effect 2}; an {@link Kind#ITEM} shows
   * the number alone.
   *
   * <p>Immutable and thread-safe.
   */
  record Numbered(Kind kind, int number) implements PathSegment {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the number is below 1, or the kind is {@link Kind#FIELD} or
     *     {@link Kind#YEAR}
     */
    public Numbered {
      checkArgument(kind != Kind.FIELD && kind != Kind.YEAR, "a %s is not numbered", kind);
      checkArgument(number >= 1, "an item's number is at least 1, was %s", number);
    }

    @Override
    public String toString() {
      return kind == Kind.ITEM ? String.valueOf(number) : kind.word + " " + number;
    }
  }

  /**
   * An object whose id is missing (a file's entry without one): {@code sector ?}.
   *
   * <p>Immutable and thread-safe.
   */
  record Unnamed(Kind kind) implements PathSegment {
    /**
     * Checks the kind.
     *
     * @throws IllegalArgumentException if the kind is {@link Kind#FIELD}, {@link Kind#YEAR} or {@link Kind#ITEM}
     */
    public Unnamed {
      checkArgument(kind != Kind.FIELD && kind != Kind.YEAR && kind != Kind.ITEM,
          "a %s is not named by an id", kind);
    }

    @Override
    public String toString() {
      return kind.word + " ?";
    }
  }

  /**
   * A field of an object, by the label messages give it: {@code start}, {@code end year}, {@code value added}.
   *
   * <p>Immutable and thread-safe.
   */
  record Field(String label) implements PathSegment {
    /**
     * Checks the label.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public Field {
      checkArgument(!label.isEmpty(), "a field needs a label");
    }

    @Override
    public Kind kind() {
      return Kind.FIELD;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /**
   * A year of a year path, shown as the number: {@code 2030}.
   *
   * <p>Immutable and thread-safe.
   */
  record Year(int year) implements PathSegment {
    @Override
    public Kind kind() {
      return Kind.YEAR;
    }

    @Override
    public String toString() {
      return String.valueOf(year);
    }
  }
}
