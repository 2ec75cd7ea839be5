package io.xinlu.scenarios;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * Where a number of a ready-made profile comes from: an {@link Official official} figure, published in a named
 * document for a named year, or an {@link Estimate estimate} made by this project, with its method and the figures
 * or documents it is anchored on. A user must always be able to tell the two apart; {@link #isOfficial()} does.
 *
 * <pre>{@code
 * Provenance gdp = Provenance.official("Yangquan 2023 government work report", 2022);
 * Provenance coal = Provenance.estimate("raw coal output times value added per tonne", "yq.raw-coal.2021");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Provenance permits Provenance.Official, Provenance.Estimate {

  /**
   * An official figure.
   *
   * @param document the publishing document, such as {@code Yangquan 2021 statistical communiqué}, not blank
   * @param year the year the figure describes
   * @throws IllegalArgumentException if the document is blank
   */
  static Official official(String document, int year) {
    return new Official(document, year);
  }

  /**
   * An estimate of this project.
   *
   * @param method how the number was made, not blank
   * @param anchors ids of the figures and names of the documents the estimate rests on (may be none for a pure
   *     assumption)
   * @throws IllegalArgumentException if the method or an anchor is blank
   */
  static Estimate estimate(String method, String... anchors) {
    return new Estimate(method, ImmutableList.copyOf(Arrays.asList(anchors)));
  }

  /** Whether the figure is official (published), as opposed to an estimate of this project. */
  boolean isOfficial();

  /** One line: {@code official: <document> (<year>)} or {@code estimate: <method> [anchors: ...]}. */
  String describe();

  /**
   * A figure published in a document.
   *
   * @param document the publishing document, not blank
   * @param year the year the figure describes
   */
  record Official(String document, int year) implements Provenance {
    /** Validates the document. */
    public Official {
      checkArgument(!document.isBlank(), "an official figure needs its document");
    }

    @Override
    public boolean isOfficial() {
      return true;
    }

    @Override
    public String describe() {
      return "official: " + document + " (" + year + ")";
    }
  }

  /**
   * An estimate of this project.
   *
   * @param method how the number was made, not blank
   * @param anchors the figure ids and documents it rests on
   */
  record Estimate(String method, ImmutableList<String> anchors) implements Provenance {
    /** Validates the method and anchors. */
    public Estimate {
      checkArgument(!method.isBlank(), "an estimate needs its method");
      for (String a : anchors) {
        checkArgument(!a.isBlank(), "an estimate's anchor must not be blank (method: %s)", method);
      }
    }

    @Override
    public boolean isOfficial() {
      return false;
    }

    @Override
    public String describe() {
      return "estimate: " + method + (anchors.isEmpty() ? "" : " [anchors: " + String.join(", ", anchors) + "]");
    }
  }
}
