package io.xinlu.uncertainty.sampling;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a plain function at every point of a design, on several threads, and returns the outputs in design
 * order: {@code y[r] = fn(point r)}.
 *
 * <pre>{@code
 * SaltelliDesign saltelli = SaltelliDesign.sobol(List.of("a", "b"), 512);
 * double[] y = Evaluation.parallel(saltelli.points(), x -> x[0] + 2 * x[1], 2);
 * SobolAnalysis s = saltelli.analyze(y);
 * }</pre>
 *
 * <p><b>Determinism.</b> Each output depends only on its own point, and is stored at its row, so the outputs are the
 * same bits whatever the number of threads, provided the function itself is deterministic and keeps no state across
 * calls. The function receives a fresh copy of each point, so it may change the array it is given.
 *
 * <p><b>Errors.</b> If the function throws for some rows, the call throws an {@link EvaluationException} for the
 * lowest such row (the same row whatever the number of threads), naming the row and its point, with the function's
 * exception as its cause. Rows are handed out in blocks in increasing order, and a block that starts after a known
 * failure is skipped, so a failure stops the work early. Outputs are returned as the function gives them, NaN
 * included.
 *
 * <p><b>Threads.</b> With one thread the function runs on the calling thread. With more, a pool of that many daemon
 * threads is started for the call and shut down before it returns; the function must then be safe to call from
 * several threads at once. If the calling thread is interrupted while it waits, the work is cancelled and a
 * {@link CancellationException} is thrown.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Evaluation {
  /** The number of rows a thread takes at a time. */
  static final int BLOCK = 64;

  private Evaluation() {}

  /**
   * Evaluates {@code fn} at every row of {@code points}, on {@code threads} threads.
   *
   * @param points the points, one row each; rows may have any length but none may be null
   * @param fn the function; it receives a copy of the row
   * @param threads the number of threads, at least 1
   * @return the outputs, {@code y[r] = fn(points[r])}
   * @throws IllegalArgumentException if {@code threads < 1} or a row is null
   * @throws EvaluationException if {@code fn} throws: for the lowest failing row
   * @since 0.1.0
   */
  public static double[] parallel(double[][] points, ToDoubleFunction<double[]> fn, int threads) {
    checkNotNull(points, "points");
    checkNotNull(fn, "fn");
    checkArgument(threads >= 1, "evaluation: the number of threads must be at least 1, got %s", threads);
    for (int r = 0; r < points.length; r++) {
      checkArgument(points[r] != null, "evaluation: row %s of the points is null", r);
    }
    double[] y = new double[points.length];
    Failure first = new Failure();
    if (threads == 1 || points.length <= BLOCK) {
      evaluateRows(points, fn, y, 0, points.length, first);
    } else {
      runInPool(points, fn, y, threads, first);
    }
    if (first.row >= 0) {
      throw new EvaluationException(first.row, points[first.row], checkNotNull(first.cause));
    }
    return y;
  }

  /**
   * Evaluates {@code fn} at every point of a design (coordinates in the unit cube), on {@code threads} threads.
   *
   * @throws IllegalArgumentException if {@code threads < 1}
   * @throws EvaluationException if {@code fn} throws: for the lowest failing row
   * @since 0.1.0
   */
  public static double[] parallel(Design design, ToDoubleFunction<double[]> fn, int threads) {
    checkNotNull(design, "design");
    return parallel(design.toArray(), fn, threads);
  }

  /** Evaluates {@code fn} at every row on the calling thread, in order; the same as {@code parallel(points, fn, 1)}. */
  public static double[] sequential(double[][] points, ToDoubleFunction<double[]> fn) {
    return parallel(points, fn, 1);
  }

  private static void runInPool(double[][] points, ToDoubleFunction<double[]> fn, double[] y, int threads,
      Failure first) {
    int blocks = (points.length + BLOCK - 1) / BLOCK;
    int workers = Math.min(threads, blocks);
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "xinlu-evaluation");
      t.setDaemon(true);
      return t;
    });
    List<Future<?>> futures = new ArrayList<>(workers);
    try {
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(() -> {
          for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
            int from = b * BLOCK;
            if (first.before(from)) {
              return;
            }
            evaluateRows(points, fn, y, from, Math.min(points.length, from + BLOCK), first);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while evaluating " + points.length + " points");
    } catch (ExecutionException e) {
      // evaluateRows catches every exception of the function; anything else is a bug or an Error
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("evaluation failed outside the function", cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void evaluateRows(double[][] points, ToDoubleFunction<double[]> fn, double[] y, int from, int to,
      Failure first) {
    for (int r = from; r < to; r++) {
      try {
        y[r] = fn.applyAsDouble(points[r].clone());
      } catch (RuntimeException e) {
        first.offer(r, e);
        return;
      }
    }
  }

  /** The lowest failing row seen so far; guarded by its own lock. */
  private static final class Failure {
    private int row = -1;
    private @Nullable RuntimeException cause;

    synchronized void offer(int r, RuntimeException e) {
      if (row < 0 || r < row) {
        row = r;
        cause = e;
      }
    }

    synchronized boolean before(int r) {
      return row >= 0 && row < r;
    }
  }
}
