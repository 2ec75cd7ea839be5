package io.xinlu.examples;

import io.xinlu.uncertainty.ensemble.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on the terminal's error stream, redrawn with a carriage return. */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final String what;
  private int lastPercent = -1;

  ProgressBar(PrintWriter err, String what) {
    this.err = err;
    this.what = what;
  }

  @Override
  public void progress(long completed, long total) {
    int percent = total == 0 ? 100 : (int) (100 * completed / total);
    if (percent == lastPercent && completed != total) {
      return;
    }
    lastPercent = percent;
    int filled = (int) ((long) WIDTH * percent / 100);
    err.printf(Locale.ROOT, "\r%s [%s%s] %3d%% %d/%d runs", what, "#".repeat(filled), "-".repeat(WIDTH - filled),
        percent, completed, total);
    if (completed >= total) {
      err.println();
    }
    err.flush();
  }
}
