package io.xinlu.io;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML factory with a parser that sees SnakeYAML's events before Jackson turns them into tokens: it notes
 * every anchor, alias and tag (Jackson would read an alias as the anchor's name, and a tagged value as if it had no
 * tag), remembers whether the current string was written in quotes, and stops at a number longer than
 * {@link ReadLimits#NUMBER_CHARS} before Jackson converts it.
 */
final class YamlInput extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  /** A YAML feature the format does not use, where it stands (0-based, as SnakeYAML counts). */
  record Unsupported(int line, int column, String message) {}

  YamlInput(StreamReadConstraints constraints) {
    super(YAMLFactory.builder().loaderOptions(loaderOptions()).streamReadConstraints(constraints));
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions o = new LoaderOptions();
    // the reader bounds the text before the parser sees it; SnakeYAML's own limit would stop it at 3 MB
    o.setCodePointLimit(ReadLimits.FILE_BYTES + 1);
    return o;
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
      throws IOException {
    return _createParser(new CharArrayReader(data, offset, len), ctxt);
  }

  /** The parser; one per text, used by one thread. */
  static final class Parser extends YAMLParser {
    private final List<Unsupported> unsupported = new ArrayList<>();
    private boolean quoted;

    Parser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions options, @Nullable ObjectCodec codec,
        Reader reader) {
      super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
    }

    /** The anchors, aliases and tags met so far, in file order. */
    List<Unsupported> unsupported() {
      return unsupported;
    }

    /** Whether the current scalar was written in quotes or as a block (so it is a string whatever it holds). */
    boolean quoted() {
      return quoted;
    }

    @Override
    protected Event getEvent() throws IOException {
      Event e = super.getEvent();
      if (e instanceof AliasEvent a) {
        note(a.getStartMark(), "an alias (*" + a.getAnchor() + "): " + NOT_USED + "; write the value itself");
      } else if (e instanceof NodeEvent n && n.getAnchor() != null) {
        note(n.getStartMark(), "an anchor (&" + n.getAnchor() + "): " + NOT_USED + "; write each value in full");
      }
      String tag = e instanceof ScalarEvent s ? s.getTag() : e instanceof CollectionStartEvent c ? c.getTag() : null;
      if (tag != null) {
        note(e.getStartMark(), "a tag (" + shortTag(tag) + "): " + NOT_USED + "; write the value without the tag");
      }
      if (e instanceof ScalarEvent s) {
        quoted = !s.isPlain();
        String v = s.getValue();
        if (s.isPlain() && v.length() > ReadLimits.NUMBER_CHARS && numeric(v)) {
          Mark m = s.getStartMark();
          throw new TreeParser.Stop(m.getLine() + 1, m.getColumn() + 1, "a number longer than "
              + ReadLimits.NUMBER_CHARS + " characters; a number has at most " + ReadLimits.NUMBER_CHARS);
        }
      }
      return e;
    }

    private void note(Mark m, String message) {
      unsupported.add(new Unsupported(m.getLine(), m.getColumn(), message));
    }
  }

  private static final String NOT_USED = "Xinlu files do not use YAML anchors, aliases or tags";

  /** {@code !!str} for the standard tags, others as written. */
  private static String shortTag(String tag) {
    String standard = "tag:yaml.org,2002:";
    return tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : tag;
  }

  /** Whether a plain scalar is made of the characters of YAML's numbers (so YAML may read it as one). */
  private static boolean numeric(String v) {
    if ("+-.0123456789".indexOf(v.charAt(0)) < 0) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      if ("0123456789_.:+-eExXoObBaAcCdDfF".indexOf(v.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
