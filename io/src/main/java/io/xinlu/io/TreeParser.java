package io.xinlu.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text with Jackson's streaming parser into a {@link Node} tree that keeps each value's line and
 * column. Repeated keys are reported (with both places) and the first one kept, so that one pass finds every
 * repetition; a syntax error ends the reading with one problem at its place.
 *
 * <p>It holds the text to {@link ReadLimits}: the length of the text and, for YAML, of its lines and the characters
 * it may hold before the parser sees it; depth, items per list, keys per mapping, values in all and the length of
 * strings, keys and numbers while it builds the tree. A limit exceeded ends the reading with one problem at the place
 * where the limit was passed. YAML anchors, aliases and tags are each reported where they stand.
 */
final class TreeParser {
  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNumberLength(ReadLimits.NUMBER_CHARS)
      // strings, keys and depth are checked by the tree builder, with its own messages; these only stay out of its way
      .maxStringLength(ReadLimits.FILE_BYTES)
      .maxNameLength(ReadLimits.FILE_BYTES)
      .maxNestingDepth(ReadLimits.DEPTH + 1)
      .build();
  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  private static final YamlInput YAML = new YamlInput(CONSTRAINTS);

  private final String file;
  private final Issues issues;
  private int values;

  private TreeParser(String file, Issues issues) {
    this.file = file;
    this.issues = issues;
  }

  /** Ends the reading at a limit: where (1-based) and what. Thrown by the tree builder and the YAML parser. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    Stop(int line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  /** The tree of the text, or empty if it is not well-formed or passes a limit (the problem is in {@code issues}). */
  static Optional<Node> parse(String text, String file, FileFormat format, Issues issues) {
    TreeParser t = new TreeParser(file, issues);
    if (text.length() > ReadLimits.FILE_BYTES) {
      issues.add(new Loc(file, 1, 1), List.of(), "the text has " + text.length() + " characters; a scenario file has "
          + "at most " + ReadLimits.FILE_BYTES);
      return Optional.empty();
    }
    if (format == FileFormat.YAML) {
      Optional<Stop> bad = prescan(text);
      if (bad.isPresent()) {
        t.stop(bad.get());
        return Optional.empty();
      }
    }
    JsonParser p = null;
    try {
      p = format == FileFormat.YAML ? YAML.createParser(new StringReader(text)) : JSON.createParser(text);
      JsonToken first = p.nextToken();
      if (first == null) {
        issues.add(new Loc(file, 1, 1), List.of(), "the file is empty; a Xinlu file starts with 'format: xinlu/1'");
        return Optional.empty();
      }
      Node root = t.read(p, 1);
      if (p.nextToken() != null) {
        issues.add(t.loc(p.currentTokenLocation()), List.of(), format == FileFormat.YAML
            ? "a second document: a Xinlu file holds one YAML document" : "more text after the end of the JSON value");
        return Optional.empty();
      }
      return t.unsupported(p) ? Optional.empty() : Optional.of(root);
    } catch (Stop s) {
      t.unsupported(p);
      t.stop(s);
      return Optional.empty();
    } catch (StreamConstraintsException e) {
      t.unsupported(p);
      String m = String.valueOf(e.getOriginalMessage());
      JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      issues.add(t.loc(where), List.of(), m.startsWith("Number value length")
          ? "a number longer than " + ReadLimits.NUMBER_CHARS + " characters; a number has at most "
              + ReadLimits.NUMBER_CHARS
          : (format == FileFormat.YAML ? "not valid YAML: " : "not valid JSON: ") + brief(m));
      return Optional.empty();
    } catch (JsonProcessingException e) {
      t.unsupported(p);
      t.syntaxError(e, format);
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does no I/O
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException e) {
          // a parser over a String has nothing to release
        }
      }
    }
  }

  /**
   * Checks what SnakeYAML handles badly before it sees the text: a line longer than {@link ReadLimits#LINE_CHARS}
   * (its scanner's time grows with the square of a token's length) and a character YAML does not allow (SnakeYAML
   * reports it away from its place). Linear in the text's length.
   */
  static Optional<Stop> prescan(String text) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (lineBreak(text, i)) {
        line++;
        lineStart = i + 1;
      } else if (i - lineStart >= ReadLimits.LINE_CHARS && c != '\r') {
        int end = i;
        while (end < text.length() && !lineBreak(text, end)) {
          end++;
        }
        int length = end - lineStart - (text.charAt(end - 1) == '\r' ? 1 : 0);
        return Optional.of(new Stop(line, ReadLimits.LINE_CHARS + 1, "line " + line + " has " + length
            + " characters; a line of a YAML file has at most " + ReadLimits.LINE_CHARS));
      }
      if (!printable(c)) {
        return Optional.of(new Stop(line, i - lineStart + 1, String.format(
            "the control character U+%04X is not allowed in a YAML file; remove it or write it as an escape in a "
                + "double-quoted string", c)));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  /**
   * Whether a line ends at {@code i}, as YAML 1.1 breaks lines: a line feed, a carriage return not followed by one,
   * NEL, LS or PS.
   */
  private static boolean lineBreak(String text, int i) {
    char c = text.charAt(i);
    return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
        || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
  }

  /** The characters YAML 1.1 allows in a file (SnakeYAML's rule). */
  private static boolean printable(int c) {
    return (c >= 0x20 && c <= 0x7e) || c == '\t' || c == '\n' || c == '\r' || c == 0x85
        || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
  }

  private void stop(Stop s) {
    issues.add(new Loc(file, s.line, s.column), List.of(), s.getMessage());
  }

  /** Adds the anchors, aliases and tags a YAML parser met; whether there were any. */
  private boolean unsupported(JsonParser p) {
    if (!(p instanceof YamlInput.Parser y)) {
      return false;
    }
    for (YamlInput.Unsupported u : y.unsupported()) {
      issues.add(new Loc(file, u.line() + 1, u.column() + 1), List.of(), u.message());
    }
    return !y.unsupported().isEmpty();
  }

  /** A syntax error, at the place SnakeYAML found the problem (Jackson gives where it was scanning from). */
  private void syntaxError(JsonProcessingException e, FileFormat format) {
    Loc at = e.getLocation() == null ? new Loc(file, 1, 1) : loc(e.getLocation());
    String message = (format == FileFormat.YAML ? "not valid YAML: " : "not valid JSON: ")
        + brief(e.getOriginalMessage());
    if (e.getCause() instanceof MarkedYAMLException m) {
      Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
      if (mark != null) {
        at = new Loc(file, mark.getLine() + 1, mark.getColumn() + 1);
      }
      if (String.valueOf(m.getProblem()).contains("\\t(TAB)")) {
        message = "a tab character: YAML indents with spaces; replace the tab with spaces";
      }
    }
    issues.add(at, List.of(), message);
  }

  private Loc loc(JsonLocation l) {
    return new Loc(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  private Stop stop(Loc at, String message) {
    return new Stop(at.line(), at.column(), message);
  }

  private Node read(JsonParser p, int depth) throws IOException {
    Loc at = loc(p.currentTokenLocation());
    if (++values > ReadLimits.VALUES) {
      throw stop(at, "more than " + ReadLimits.VALUES + " values; a scenario file holds at most "
          + ReadLimits.VALUES);
    }
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth > ReadLimits.DEPTH) {
      throw stop(at, "nested more than " + ReadLimits.DEPTH + " levels deep; a scenario file nests mappings and lists "
          + "at most " + ReadLimits.DEPTH + " levels deep");
    }
    switch (t) {
      case START_OBJECT: {
        Node.Obj o = new Node.Obj(at);
        int keys = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          Loc keyLoc = loc(p.currentTokenLocation());
          if (++keys > ReadLimits.MAPPING_KEYS) {
            throw stop(keyLoc, "a mapping of more than " + ReadLimits.MAPPING_KEYS + " keys; a mapping has at most "
                + ReadLimits.MAPPING_KEYS);
          }
          if (key.length() > ReadLimits.STRING_CHARS) {
            throw stop(keyLoc, "a key of " + key.length() + " characters; a key has at most "
                + ReadLimits.STRING_CHARS);
          }
          p.nextToken();
          Node value = read(p, depth + 1);
          Node.Field before = o.fields().get(key);
          if (before != null) {
            issues.add(keyLoc, List.of(), "duplicate key '" + Node.Scalar.shorten(key) + "' (first given at line "
                + before.keyLoc().line() + ", column " + before.keyLoc().column() + ")");
          } else {
            o.fields().put(key, new Node.Field(key, keyLoc, value));
          }
        }
        return o;
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (items.size() == ReadLimits.LIST_ITEMS) {
            throw stop(loc(p.currentTokenLocation()), "a list of more than " + ReadLimits.LIST_ITEMS + " items; a list "
                + "has at most " + ReadLimits.LIST_ITEMS);
          }
          items.add(read(p, depth + 1));
        }
        return new Node.Arr(at, items);
      }
      case VALUE_STRING: {
        String text = p.getText();
        if (text.length() > ReadLimits.STRING_CHARS) {
          throw stop(at, "a string of " + text.length() + " characters; a string has at most "
              + ReadLimits.STRING_CHARS);
        }
        return new Node.Scalar(at, Node.Type.STRING, text, Double.NaN, quoted(p));
      }
      case VALUE_NUMBER_INT: {
        number(p, at);
        Number n = p.getNumberValue();
        double d = n instanceof BigInteger b ? b.doubleValue() : n.longValue();
        return new Node.Scalar(at, Node.Type.INTEGER, p.getText(), d, false);
      }
      case VALUE_NUMBER_FLOAT:
        number(p, at);
        try {
          return new Node.Scalar(at, Node.Type.DECIMAL, p.getText(), p.getDoubleValue(), false);
        } catch (JsonProcessingException e) {
          return new Node.Scalar(at, Node.Type.DECIMAL, p.getText(), Double.NaN, false); // YAML's .nan or .inf
        }
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node.Scalar(at, Node.Type.BOOLEAN, p.getText(), Double.NaN, false);
      case VALUE_NULL:
        return new Node.Scalar(at, Node.Type.NULL, "null", Double.NaN, false);
      default:
        // embedded objects and other tokens Jackson may give for YAML tags: take their text
        return new Node.Scalar(at, Node.Type.STRING, String.valueOf(p.getText()), Double.NaN, true);
    }
  }

  private void number(JsonParser p, Loc at) throws IOException {
    if (p.getTextLength() > ReadLimits.NUMBER_CHARS) {
      throw stop(at, "a number longer than " + ReadLimits.NUMBER_CHARS + " characters; a number has at most "
          + ReadLimits.NUMBER_CHARS);
    }
  }

  /** Whether the current string was written in quotes: every JSON string; a YAML string that was not plain. */
  private static boolean quoted(JsonParser p) {
    return !(p instanceof YamlInput.Parser y) || y.quoted();
  }

  /** The parser's message without SnakeYAML's excerpt lines: {@code while scanning ...; could not find ...}. */
  static String brief(String message) {
    if (message == null) {
      return "syntax error";
    }
    List<String> parts = new ArrayList<>();
    for (String line : message.split("\n")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        parts.add(line.trim());
      }
    }
    return parts.isEmpty() ? message.trim() : String.join("; ", parts);
  }
}
