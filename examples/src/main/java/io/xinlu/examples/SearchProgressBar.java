package io.xinlu.examples;

import io.xinlu.search.SearchListener;
import io.xinlu.search.SearchProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The progress of a search on the terminal's error stream, one line redrawn with a carriage return after each
 * generation: a bar of the evaluations against {@code --evaluations}, the generation, the hypervolume of the
 * archive and its epsilon progress. Ended with a newline by {@link #done()} (or when the evaluations are reached).
 */
final class SearchProgressBar implements SearchListener {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final long total;
  private boolean open;

  /** A bar of {@code total} evaluations (0: no limit, the bar shows the generation only). */
  SearchProgressBar(PrintWriter err, long total) {
    this.err = err;
    this.total = total;
  }

  @Override
  public void generation(SearchProgress p) {
    String bar = "";
    if (total > 0) {
      int percent = (int) Math.min(100, 100 * p.evaluations() / total);
      int filled = WIDTH * percent / 100;
      bar = String.format(Locale.ROOT, " [%s%s] %3d%%", "#".repeat(filled), "-".repeat(WIDTH - filled), percent);
    }
    err.printf(Locale.ROOT, "\rsearch%s generation %d, %d evaluations, hypervolume %s, epsilon progress %d%s",
        bar, p.generation(), p.evaluations(), TextTable.number(p.hypervolume()), p.epsilonProgress(),
        p.feasible() ? "" : " (none feasible yet)");
    open = true;
    if (total > 0 && p.evaluations() >= total) {
      done();
    }
    err.flush();
  }

  /** Ends the line, if one was drawn and not yet ended. */
  void done() {
    if (open) {
      err.println();
      err.flush();
      open = false;
    }
  }
}
