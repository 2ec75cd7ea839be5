package io.xinlu.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to say of a number written in a way the format does not read, such that following the advice keeps the
 * value: {@code 2,8} has a decimal comma (write 2.8, not 2), {@code 0o17} is an octal number (write 15),
 * {@code 1,000,000} has grouped digits (write 1000000), {@code 5%} is a percentage (write 0.05). Numbers in a Xinlu
 * file are decimal, written as JSON writes them, so that YAML 1.1, YAML 1.2 and JSON read them alike. Stateless.
 */
final class NumberAdvice {
  /**
   * The longest string that gets advice: a number written another way is short, and every pattern below runs in time
   * linear in its input (possessive quantifiers, no two ways to match one digit), so a long string costs nothing.
   */
  static final int LONGEST = 64;

  private static final String SIGN = "[-+]?";
  /** A decimal number as YAML and JSON read it (the sign and the forms {@code .5} and {@code 5.} aside). */
  private static final Pattern DECIMAL = Pattern.compile(SIGN + "(?:\\d++(?:\\.\\d*+)?|\\.\\d++)(?:[eE][-+]?\\d++)?");
  private static final Pattern UNDERSCORES =
      Pattern.compile(SIGN + "(?=[\\d_]*\\d)[\\d_]++(?:\\.[\\d_]*+)?(?:[eE][-+]?\\d++)?");
  private static final Pattern OCTAL = Pattern.compile(SIGN + "0[oO](?=[0-7_]*[0-7])[0-7_]++");
  private static final Pattern HEX = Pattern.compile(SIGN + "0[xX](?=[0-9a-fA-F_]*[0-9a-fA-F])[0-9a-fA-F_]++");
  private static final Pattern BINARY = Pattern.compile(SIGN + "0[bB](?=[01_]*[01])[01_]++");
  /** YAML 1.1 reads an integer with a leading zero as octal. */
  private static final Pattern LEADING_ZERO = Pattern.compile(SIGN + "0[0-9_]++");
  private static final Pattern PERCENT = Pattern.compile(
      "(" + SIGN + "(?:\\d++(?:\\.\\d*+)?|\\.\\d++))\\s*+(?:%|percent|per cent|pct)", Pattern.CASE_INSENSITIVE);
  private static final Pattern THOUSANDS_AND_POINT = Pattern.compile(SIGN + "\\d{1,3}+(?:,\\d{3})++\\.\\d++");
  private static final Pattern THOUSANDS = Pattern.compile(SIGN + "\\d{1,3}+(?:,\\d{3}){2,}+");
  private static final Pattern ONE_COMMA_GROUP = Pattern.compile(SIGN + "[1-9]\\d{0,2}+,\\d{3}");
  private static final Pattern DECIMAL_COMMA = Pattern.compile(SIGN + "\\d++,\\d++");
  private static final Pattern POINTS_AND_COMMA = Pattern.compile(SIGN + "\\d{1,3}+(?:\\.\\d{3})++,\\d++");
  private static final Pattern SPACED =
      Pattern.compile(SIGN + "\\d{1,3}+(?:[ \u00a0\u2009\u202f]\\d{3})++(?:[.,]\\d++)?");
  private static final Pattern APOSTROPHES = Pattern.compile(SIGN + "\\d{1,3}+(?:['\u2019]\\d{3})++(?:[.,]\\d++)?");
  private static final Pattern SEXAGESIMAL = Pattern.compile(SIGN + "\\d++(?::\\d{1,2}+)++(?:\\.\\d*+)?");
  private static final Pattern WITH_UNIT = Pattern.compile(
      "(" + SIGN + "(?:\\d[\\d_]*+(?:\\.\\d*+)?|\\.\\d++)(?:[eE][-+]?\\d++)?)\\s*+(\\S.*+)");

  private NumberAdvice() {}

  /** What is wrong with a number and what to write instead. */
  private record Finding(String what, String advice) {}

  /**
   * The problem of a number token whose notation the format does not read alike in YAML 1.1, YAML 1.2 and JSON (an
   * octal, hexadecimal or binary literal, a leading zero, underscores), or empty if it is a plain decimal number.
   *
   * @param text the number as written
   */
  static Optional<String> ofNumber(String text) {
    if (plainDecimal(text)) {
      return Optional.empty(); // nearly every number: decided without a regular expression
    }
    Finding f = radix(text);
    if (f == null && LEADING_ZERO.matcher(text).matches() && text.replaceAll("[-+0_]", "").length() > 0) {
      String digits = unsigned(text).replace("_", "");
      if (digits.chars().allMatch(c -> c >= '0' && c <= '7')) {
        String sign = text.startsWith("-") ? "-" : "";
        String octal = sign + new BigInteger(digits, 8);
        String decimal = sign + new BigInteger(digits, 10);
        if (!octal.equals(decimal)) {
          return Optional.of("'" + text + "' has a leading zero, so YAML reads it as the octal number " + octal
              + ": write the decimal number, " + decimal + " (or " + octal + " if octal was meant)");
        }
      }
    }
    if (f == null && text.indexOf('_') >= 0) {
      f = underscores(text);
    }
    return f == null ? Optional.empty() : Optional.of(say(text, f));
  }

  /**
   * Advice for a string where a number was expected, or empty if the string does not look like a number written in
   * another way (the caller then says what it expected).
   *
   * @param text the string
   * @param quoted whether it was written in quotes (YAML) or is a JSON string; a number in quotes is a string
   * @param unit the unit of the expected number, for messages
   * @param whole whether a whole number (a year) is expected: then one comma before three digits groups them
   */
  static Optional<String> ofString(String text, boolean quoted, String unit, boolean whole) {
    String t = text.strip();
    if (t.length() > LONGEST) {
      return Optional.empty();
    }
    String ascii = ascii(t);
    if (!ascii.equals(t)) {
      String number = DECIMAL.matcher(ascii).matches() ? canonical(ascii) : null;
      if (number != null && t.replace('\u2212', '-').equals(ascii)) {
        return Optional.of("'" + text + "' has the minus sign U+2212: write " + number + " with a hyphen-minus");
      }
      if (number != null) {
        return Optional.of("'" + text + "' has full-width digits or signs: write " + number);
      }
      Finding inner = classify(ascii, unit, whole);
      return inner == null ? Optional.empty() : Optional.of("'" + text + "' has full-width digits or signs and "
          + (inner.what.startsWith("has ") ? inner.what.substring(4) : inner.what) + ": " + inner.advice);
    }
    if (DECIMAL.matcher(t).matches()) {
      String c = canonical(t);
      if (quoted) {
        return Optional.of("'" + text + "' is a string: write the number without quotes" + (c.equals(t) ? ""
            : ", as " + c));
      }
      if (LEADING_ZERO.matcher(t).matches()) {
        return Optional.of("'" + text + "' has a leading zero, so YAML reads it as a string: write " + c);
      }
      return Optional.of("'" + text + "' is read as a string: write the number as " + c);
    }
    Finding f = classify(t, unit, whole);
    return f == null ? Optional.empty() : Optional.of(say(text, f));
  }

  /** Digits, points, signs and exponents only, and no leading zero before another digit. */
  private static boolean plainDecimal(String t) {
    int start = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
    if (t.length() > start + 1 && t.charAt(start) == '0' && t.charAt(start + 1) != '.'
        && t.charAt(start + 1) != 'e' && t.charAt(start + 1) != 'E') {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if ("0123456789.eE+-".indexOf(t.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String say(String text, Finding f) {
    return "'" + text + "' " + f.what + ": " + f.advice;
  }

  private static Finding classify(String t, String unit, boolean whole) {
    Finding f = radix(t);
    if (f != null) {
      return f;
    }
    if (UNDERSCORES.matcher(t).matches() && t.indexOf('_') >= 0) {
      return underscores(t);
    }
    Matcher m = PERCENT.matcher(t);
    if (m.matches()) {
      if (unit.startsWith("fraction")) {
        return new Finding("is a percentage", "write it as a fraction, "
            + plain(new BigDecimal(canonical(m.group(1))).movePointLeft(2)) + " (" + unit + ")");
      }
      return new Finding("is a percentage", "give the value in " + unit);
    }
    if (THOUSANDS_AND_POINT.matcher(t).matches() || THOUSANDS.matcher(t).matches()) {
      return new Finding("has commas between groups of digits", "write " + canonical(t.replace(",", "")));
    }
    if (ONE_COMMA_GROUP.matcher(t).matches()) {
      String grouped = canonical(t.replace(",", ""));
      if (whole) {
        return new Finding("has a comma between groups of digits", "write " + grouped);
      }
      return new Finding("has a comma, which a number does not take", "write " + grouped + " if it separates "
          + "thousands, or " + canonical(t.replace(',', '.')) + " if it is a decimal comma");
    }
    if (DECIMAL_COMMA.matcher(t).matches()) {
      return new Finding("has a decimal comma", "write " + signless(t).replace(',', '.'));
    }
    if (POINTS_AND_COMMA.matcher(t).matches()) {
      return new Finding("has points between groups of digits and a decimal comma", "write "
          + canonical(t.replace(".", "").replace(',', '.')));
    }
    if (SPACED.matcher(t).matches()) {
      return new Finding("has spaces between groups of digits", "write "
          + canonical(t.replaceAll("[ \u00a0\u2009\u202f]", "").replace(',', '.')));
    }
    if (APOSTROPHES.matcher(t).matches()) {
      return new Finding("has apostrophes between groups of digits", "write "
          + canonical(t.replaceAll("['\u2019]", "").replace(',', '.')));
    }
    if (SEXAGESIMAL.matcher(t).matches()) {
      return new Finding("looks like a time or a base-60 number", "write a decimal number (" + unit + ")");
    }
    m = WITH_UNIT.matcher(t);
    if (m.matches() && unitLike(m.group(1), m.group(2))) {
      return new Finding("is a number with a unit in a string", "write the number alone, " + canonical(
          m.group(1).replace("_", "")) + " (the unit is " + unit + ")");
    }
    return null;
  }

  /** Whether the rest after a number reads as a unit ({@code Mt}, {@code bn CNY}, {@code 亿元}, {@code °C}). */
  private static boolean unitLike(String number, String rest) {
    int c = rest.codePointAt(0);
    boolean radixPrefix = unsigned(number).equals("0") && "xXoObB".indexOf(c) >= 0;
    return !radixPrefix && (Character.isLetter(c) || "°$¥€£µ".indexOf(c) >= 0);
  }

  private static Finding radix(String t) {
    if (OCTAL.matcher(t).matches()) {
      return new Finding("is an octal number", "write the decimal number, " + value(t, 8));
    }
    if (HEX.matcher(t).matches()) {
      return new Finding("is a hexadecimal number", "write the decimal number, " + value(t, 16));
    }
    if (BINARY.matcher(t).matches()) {
      return new Finding("is a binary number", "write the decimal number, " + value(t, 2));
    }
    return null;
  }

  private static Finding underscores(String t) {
    return new Finding("has underscores, which numbers in JSON and YAML 1.2 do not take", "write "
        + canonical(t.replace("_", "")));
  }

  /** The value of a literal with a two-letter prefix ({@code 0x1F}), in decimal. */
  private static String value(String t, int radix) {
    String digits = unsigned(t).substring(2).replace("_", "");
    return (t.startsWith("-") ? "-" : "") + new BigInteger(digits, radix);
  }

  /** Full-width ASCII forms and the ideographic space as ASCII, the minus sign U+2212 as a hyphen-minus. */
  private static String ascii(String t) {
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '\uff01' && c <= '\uff5e') {
        b.append((char) (c - 0xfee0));
      } else if (c == '\u3000') {
        b.append(' ');
      } else if (c == '\u2212') {
        b.append('-');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * A decimal number as JSON writes it: no {@code +}, no leading zeros, a digit on both sides of the point
   * ({@code +007.} becomes {@code 7.0}); the digits and the exponent as given.
   */
  static String canonical(String t) {
    String sign = t.startsWith("-") ? "-" : "";
    String s = unsigned(t);
    int e = Math.max(s.indexOf('e'), s.indexOf('E'));
    String exponent = e < 0 ? "" : s.substring(e);
    String mantissa = e < 0 ? s : s.substring(0, e);
    int point = mantissa.indexOf('.');
    String whole = point < 0 ? mantissa : mantissa.substring(0, point);
    String fraction = point < 0 ? null : mantissa.substring(point + 1);
    whole = whole.replaceFirst("^0+(?=.)", "");
    if (whole.isEmpty()) {
      whole = "0";
    }
    if (fraction != null && fraction.isEmpty()) {
      fraction = "0";
    }
    return sign + whole + (fraction == null ? "" : "." + fraction) + exponent;
  }

  private static String plain(BigDecimal d) {
    String s = d.stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  private static String unsigned(String t) {
    return t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
  }

  private static String signless(String t) {
    return t.startsWith("+") ? t.substring(1) : t;
  }

  /** For messages: the number's text in lower case is one of the words for a non-finite value. */
  static boolean nonFinite(String t) {
    return java.util.List.of("nan", ".nan", "infinity", "-infinity", "+infinity", ".inf", "-.inf", "+.inf", "inf",
        "-inf").contains(t.strip().toLowerCase(Locale.ROOT));
  }
}
