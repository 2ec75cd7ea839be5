package io.xinlu.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads YAML or JSON text with Jackson's streaming parser into a {@link Node} tree that keeps each value's line and
 * column. Repeated keys are reported (with both places) and the first one kept, so that one pass finds every
 * repetition; a syntax error ends the reading with one problem at its place.
 */
final class TreeParser {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final YAMLFactory YAML = YAMLFactory.builder().build();

  private final String file;
  private final Issues issues;

  private TreeParser(String file, Issues issues) {
    this.file = file;
    this.issues = issues;
  }

  /** The tree of the text, or empty if it is not well-formed (the problem is in {@code issues}). */
  static Optional<Node> parse(String text, String file, FileFormat format, Issues issues) {
    TreeParser t = new TreeParser(file, issues);
    JsonFactory factory = format == FileFormat.YAML ? YAML : JSON;
    try (JsonParser p = factory.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        issues.add(new Loc(file, 1, 1), List.of(), "the file is empty; a Xinlu file starts with 'format: xinlu/1'");
        return Optional.empty();
      }
      Node root = t.read(p);
      if (p.nextToken() != null) {
        issues.add(t.loc(p.currentTokenLocation()), List.of(), format == FileFormat.YAML
            ? "a second document: a Xinlu file holds one YAML document" : "more text after the end of the JSON value");
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      issues.add(at == null ? new Loc(file, 1, 1) : t.loc(at), List.of(),
          (format == FileFormat.YAML ? "not valid YAML: " : "not valid JSON: ") + brief(e.getOriginalMessage()));
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does no I/O
    }
  }

  private Loc loc(JsonLocation l) {
    return new Loc(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  private Node read(JsonParser p) throws IOException {
    Loc at = loc(p.currentTokenLocation());
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Node.Obj o = new Node.Obj(at);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          Loc keyLoc = loc(p.currentTokenLocation());
          p.nextToken();
          Node value = read(p);
          Node.Field before = o.fields().get(key);
          if (before != null) {
            issues.add(keyLoc, List.of(), "duplicate key '" + key + "' (first given at line " + before.keyLoc().line()
                + ", column " + before.keyLoc().column() + ")");
          } else {
            o.fields().put(key, new Node.Field(key, keyLoc, value));
          }
        }
        return o;
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(p));
        }
        return new Node.Arr(at, items);
      }
      case VALUE_STRING:
        return new Node.Scalar(at, Node.Type.STRING, p.getText(), Double.NaN);
      case VALUE_NUMBER_INT: {
        Number n = p.getNumberValue();
        double d = n instanceof BigInteger b ? b.doubleValue() : n.longValue();
        return new Node.Scalar(at, Node.Type.INTEGER, p.getText(), d);
      }
      case VALUE_NUMBER_FLOAT:
        try {
          return new Node.Scalar(at, Node.Type.DECIMAL, p.getText(), p.getDoubleValue());
        } catch (JsonProcessingException e) {
          return new Node.Scalar(at, Node.Type.DECIMAL, p.getText(), Double.NaN); // such as YAML's .nan or .inf
        }
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node.Scalar(at, Node.Type.BOOLEAN, p.getText(), Double.NaN);
      case VALUE_NULL:
        return new Node.Scalar(at, Node.Type.NULL, "null", Double.NaN);
      default:
        // embedded objects and other tokens Jackson may give for YAML tags: take their text
        return new Node.Scalar(at, Node.Type.STRING, String.valueOf(p.getText()), Double.NaN);
    }
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
