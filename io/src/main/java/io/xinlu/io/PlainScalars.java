package io.xinlu.io;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.regex.Pattern;

/**
 * Decides which strings the YAML writer leaves unquoted: only those made of letters, digits and a few harmless
 * marks ({@code coal-mining}, {@code share:group:tertiary}, {@code 工业赋能育新 Industrial empowerment}), and never
 * one that YAML would read as something else (a number, {@code yes}, {@code null}, ...). Every other string is
 * double-quoted, where SnakeYAML escapes what YAML treats as a line break ({@code U+0085}, {@code U+2028}). Stateless
 * and thread-safe.
 */
final class PlainScalars extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  /** Letters, digits, underscore first and last; inside also space, - . , / ( ) + % ; = and a colon not before a space. */
  private static final Pattern PLAIN =
      Pattern.compile("[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_ .,/()+%;=:-]*[\\p{L}\\p{N}_.)%])?");

  static boolean plain(String s) {
    return PLAIN.matcher(s).matches() && !s.contains(": ") && !s.contains("  ");
  }

  @Override
  public boolean needToQuoteName(String name) {
    return super.needToQuoteName(name) || !plain(name);
  }

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || !plain(value);
  }
}
