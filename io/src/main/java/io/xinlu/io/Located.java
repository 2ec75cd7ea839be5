package io.xinlu.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the parts of one read file stand: the model paths of its profile, of its strategies and scenarios, of its
 * uncertainty specification and of the rest (targets, parameter names), and the keys of its sections. Filled while
 * the file is read, then only read.
 */
final class Located {
  final String file;
  final PathIndex profile = new PathIndex();
  final PathIndex model = new PathIndex();
  final PathIndex space = new PathIndex();
  final PathIndex other = new PathIndex();
  final Map<String, Loc> sections = new LinkedHashMap<>();
  /** Whether the file's sections were read: false when it could not be parsed or is not a Xinlu file. */
  boolean sectionsRead;

  Located(String file) {
    this.file = file;
  }

  /** The start of the file. */
  Loc start() {
    return new Loc(file, 1, 1);
  }

  /** Where a section's key stands, or the start of the file. */
  Loc section(String key) {
    return Optional.ofNullable(sections.get(key)).orElse(start());
  }
}
