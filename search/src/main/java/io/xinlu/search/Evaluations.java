package io.xinlu.search;

import io.xinlu.decision.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;
import org.moeaframework.core.Solution;

/**
 * Evaluates an algorithm's solutions, in parallel on an executor when there is one, and collects the evaluated
 * candidates in the order the algorithm handed them over (whatever thread evaluated them), for the archive. Used by
 * the driver thread only.
 */
final class Evaluations {
  private final ProblemAdapter adapter;
  private final @Nullable Executor executor;
  private final int chunks;
  private final List<Candidate> evaluated = new ArrayList<>();

  Evaluations(ProblemAdapter adapter, @Nullable Executor executor, int threads) {
    this.adapter = adapter;
    this.executor = executor;
    this.chunks = Math.max(1, threads * 4);
  }

  ProblemAdapter adapter() {
    return adapter;
  }

  void evaluate(Solution s) {
    adapter.evaluate(s);
    evaluated.add(adapter.candidate(s));
  }

  /** Evaluates the solutions; returns how many. */
  int evaluateAll(Iterable<Solution> solutions) {
    List<Solution> list = new ArrayList<>();
    solutions.forEach(list::add);
    if (executor == null || list.size() < 2) {
      for (Solution s : list) {
        adapter.evaluate(s);
      }
    } else {
      int n = list.size();
      int parts = Math.min(chunks, n);
      List<FutureTask<Void>> tasks = new ArrayList<>(parts);
      for (int p = 0; p < parts; p++) {
        List<Solution> part = list.subList(p * n / parts, (p + 1) * n / parts);
        FutureTask<Void> task = new FutureTask<>(() -> {
          for (Solution s : part) {
            adapter.evaluate(s);
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
    }
    for (Solution s : list) {
      evaluated.add(adapter.candidate(s));
    }
    return list.size();
  }

  /** The candidates evaluated since the last call, in order; forgets them. */
  List<Candidate> drain() {
    List<Candidate> out = new ArrayList<>(evaluated);
    evaluated.clear();
    return out;
  }
}
