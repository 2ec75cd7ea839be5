package io.xinlu.search;

import io.xinlu.decision.SearchProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;

/**
 * The search's own {@link BatchEvaluator}: the problem evaluates the batch on the calling thread, or, with an
 * executor, in up to four contiguous parts per thread on it. Each result lands at its candidate's index, so the order
 * does not depend on which thread evaluated what.
 */
final class LocalEvaluator implements BatchEvaluator {
  private final SearchProblem problem;
  private final @Nullable Executor executor;
  private final int chunks;

  LocalEvaluator(SearchProblem problem, @Nullable Executor executor, int threads) {
    this.problem = problem;
    this.executor = executor;
    this.chunks = Math.max(1, threads * 4);
  }

  @Override
  public List<Evaluation> evaluate(List<double[]> xs) {
    int n = xs.size();
    Evaluation[] out = new Evaluation[n];
    if (executor == null || n < 2) {
      for (int i = 0; i < n; i++) {
        out[i] = Evaluation.of(problem, xs.get(i));
      }
      return Arrays.asList(out);
    }
    int parts = Math.min(chunks, n);
    List<FutureTask<Void>> tasks = new ArrayList<>(parts);
    for (int p = 0; p < parts; p++) {
      int from = p * n / parts;
      int to = (p + 1) * n / parts;
      FutureTask<Void> task = new FutureTask<>(() -> {
        for (int i = from; i < to; i++) {
          out[i] = Evaluation.of(problem, xs.get(i));
        }
        return null;
      });
      tasks.add(task);
      executor.execute(task);
    }
    // every part finishes before the first failure (in the algorithm's order) is thrown
    RuntimeException failure = null;
    for (FutureTask<Void> task : tasks) {
      try {
        task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while evaluating a generation", e);
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return Arrays.asList(out);
  }
}
