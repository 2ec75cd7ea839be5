package io.xinlu.io.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JSON of tidy tables, written by Jackson: an object with a {@code metadata} object and one array of row objects per
 * table, keyed by the table's name. A value that is not a finite number (NaN, infinity) is written as {@code null}.
 *
 * @since 0.1.0
 */
public final class JsonExport {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonExport() {}

  /** The tables as one JSON document, with a trailing line end. */
  public static String toJson(Metadata metadata, List<Table> tables) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode meta = root.putObject("metadata");
    for (Map.Entry<String, String> e : metadata.entries().entrySet()) {
      meta.put(e.getKey(), e.getValue());
    }
    meta.putPOJO("scenario-list", metadata.scenarios());
    for (Table t : tables) {
      ArrayNode rows = root.putArray(t.name());
      for (List<@Nullable Object> row : t.rows()) {
        ObjectNode o = rows.addObject();
        for (int c = 0; c < t.columns().size(); c++) {
          put(o, t.columns().get(c), row.get(c));
        }
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ObjectNode o, String key, @Nullable Object v) {
    if (v == null) {
      o.putNull(key);
    } else if (v instanceof Double d) {
      if (Double.isFinite(d)) {
        o.put(key, d);
      } else {
        o.putNull(key);
      }
    } else if (v instanceof Integer i) {
      o.put(key, i);
    } else if (v instanceof Long l) {
      o.put(key, l);
    } else if (v instanceof Boolean b) {
      o.put(key, b);
    } else {
      o.put(key, v.toString());
    }
  }
}
