package io.xinlu.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value that remembers where it stands in its file (Jackson's own tree does not). Built once
 * by {@link TreeParser}, then only read.
 */
sealed interface Node permits Node.Obj, Node.Arr, Node.Scalar {
  /** Where the value starts. */
  Loc loc();

  /** A short description of the kind of value, for messages: {@code a mapping}, {@code the string 'x'}, ... */
  String describe();

  /** One key of a mapping, where the key stands, and its value. */
  record Field(String key, Loc keyLoc, Node value) {}

  /** A mapping, its keys in file order. */
  record Obj(Loc loc, Map<String, Field> fields) implements Node {
    Obj(Loc loc) {
      this(loc, new LinkedHashMap<>());
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A list. */
  record Arr(Loc loc, List<Node> items) implements Node {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** What kind of scalar a value is. */
  enum Type { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

  /**
   * A string, number, boolean or null: its type, its text as written (a string's value) and, for numbers, its value
   * as the nearest double.
   */
  record Scalar(Loc loc, Type type, String text, double number) implements Node {
    @Override
    public String describe() {
      return switch (type) {
        case STRING -> "the string '" + text + "'";
        case INTEGER, DECIMAL -> "the number " + text;
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "an empty value (null)";
      };
    }
  }
}
