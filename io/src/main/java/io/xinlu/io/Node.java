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
   * A string, number, boolean or null: its type, its text as written (a string's value), for numbers its value as
   * the nearest double, and whether it was written in quotes (every JSON string; a YAML string in quotes or as a
   * block), for messages about numbers written as strings.
   */
  record Scalar(Loc loc, Type type, String text, double number, boolean quoted) implements Node {
    /** The most characters of a string that a description shows. */
    static final int SHOWN = 60;

    @Override
    public String describe() {
      return switch (type) {
        case STRING -> "the string '" + shorten(text) + "'";
        case INTEGER, DECIMAL -> "the number " + shorten(text);
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "an empty value (null)";
      };
    }

    /** The text, or for a long one its start and its length: a message never repeats a whole long string. */
    static String shorten(String text) {
      return text.length() <= SHOWN ? text
          : text.substring(0, text.offsetByCodePoints(0, text.codePointCount(0, SHOWN - 10))) + "... ("
              + text.length() + " characters)";
    }
  }
}
