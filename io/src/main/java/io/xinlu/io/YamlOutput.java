package io.xinlu.io;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;

/**
 * A YAML factory whose generator writes a multi-line string as a literal block ({@code |}) only when YAML reads the
 * block back as the same string: a string holding a carriage return, a next-line or line-separator character or
 * another control character is double-quoted instead, with escapes. (Jackson's own generator writes every string
 * with a line feed as a block, where YAML turns those characters into line feeds.)
 */
final class YamlOutput extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  YamlOutput(YAMLFactoryBuilder b) {
    super(b);
  }

  @Override
  protected YAMLGenerator _createGenerator(Writer out, IOContext ctxt) throws IOException {
    return new Generator(ctxt, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker, _objectCodec, out,
        _version);
  }

  /** Whether a literal block keeps the string as it is. */
  static boolean blockSafe(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029'
          || c == '\uFEFF' || (c >= 0x80 && c < 0xa0)) {
        return false;
      }
    }
    return true;
  }

  private static final class Generator extends YAMLGenerator {
    Generator(IOContext ctxt, int jsonFeatures, int yamlFeatures, StringQuotingChecker quoting,
        @Nullable ObjectCodec codec, Writer out, DumperOptions.@Nullable Version version) throws IOException {
      super(ctxt, jsonFeatures, yamlFeatures, quoting, codec, out, version);
    }

    @Override
    protected void _writeScalar(String value, String type, DumperOptions.ScalarStyle style) throws IOException {
      super._writeScalar(value, type, style == DumperOptions.ScalarStyle.LITERAL && !blockSafe(value)
          ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : style);
    }
  }
}
