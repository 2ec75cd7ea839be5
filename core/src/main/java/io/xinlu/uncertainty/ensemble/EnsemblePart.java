package io.xinlu.uncertainty.ensemble;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;

/**
 * What a run of consecutive blocks of an {@link Ensemble} contributes: per indicator and year a
 * {@link StreamingSummary}, per target the number of runs that met it, and the kept outcomes of its runs. It is the
 * unit that {@link Ensemble#run()} merges and that a distributed engine computes on its workers
 * ({@link Ensemble#runBlock(int)}) and brings back.
 *
 * <p><b>Merging in block order.</b> Merging summaries is exact for the counts, extremes and quantile sketches but not
 * associative in floating point for the mean and variance. An ensemble's result is therefore defined as the parts of
 * blocks 0, 1, 2, ... appended one by one, in block order, to {@link Ensemble#emptyPart()}. A part made that way (one
 * that starts at block 0) may be appended to; any other part is one block, as {@link Ensemble#runBlock(int)} made it,
 * and may only be appended. Whoever appends the blocks, on whichever machine and after whatever split of the work,
 * gets the same bits as {@link Ensemble#run()}.
 *
 * <pre>{@code
 * Parameterization shock = Parameterization.of(model, "plan", List.of("macro-shock"));
 * Ensemble e = Ensemble.builder(shock).design(new double[][] {{-0.01}, {0.0}, {0.01}})
 *     .indicators(Indicators.co2()).blockSize(2).build();
 * EnsemblePart whole = e.emptyPart();
 * for (int b = 0; b < e.blockCount(); b++) {
 *   whole.append(e.runBlock(b));                   // each block could run anywhere, in any order
 * }
 * EnsembleResult r = e.result(whole);              // bit-identical to e.run()
 * }</pre>
 *
 * <p>Mutable and not thread-safe: a part is filled by one thread. It is {@link Serializable} so that a distributed
 * engine can ship it between machines of the same Xinlu version; the serialised form is not a file format.
 *
 * @since 0.1.0
 */
public final class EnsemblePart implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int runsInEnsemble;
  private final int blockSize;
  private final int firstBlock;
  private int endBlock;
  private final StreamingSummary[] summaries;
  private final long[] met;
  private final double[][] outcomes;
  private long runs;

  /**
   * A part of blocks {@code [firstBlock, endBlock)}; {@code outcomes} holds, per kept outcome, room for the runs of
   * those blocks (or for every run of the ensemble when the part starts at block 0).
   */
  EnsemblePart(int runsInEnsemble, int blockSize, int firstBlock, int endBlock, StreamingSummary[] summaries,
      long[] met, double[][] outcomes) {
    this.runsInEnsemble = runsInEnsemble;
    this.blockSize = blockSize;
    this.firstBlock = firstBlock;
    this.endBlock = endBlock;
    this.summaries = summaries;
    this.met = met;
    this.outcomes = outcomes;
  }

  /** The first block this part covers. */
  public int firstBlock() {
    return firstBlock;
  }

  /** The block after the last one this part covers: the part covers {@code [firstBlock(), endBlock())}. */
  public int endBlock() {
    return endBlock;
  }

  /** The number of runs summarised. */
  public long runs() {
    return runs;
  }

  /**
   * Appends the next block: merges its summaries into this part's, adds its target counts and copies its kept
   * outcomes. {@code next} is left unchanged.
   *
   * @throws IllegalArgumentException if this part does not start at block 0, {@code next} is not the block that
   *     follows this part, or the parts come from ensembles of different shape
   */
  public void append(EnsemblePart next) {
    checkArgument(firstBlock == 0, "only a part that starts at block 0 can be appended to (merging is not "
        + "associative in floating point, so blocks are merged from block 0 in order); this part starts at block %s",
        firstBlock);
    checkArgument(next.firstBlock == endBlock, "the next part must start at block %s, where this part ends; it "
        + "covers blocks [%s, %s)", endBlock, next.firstBlock, next.endBlock);
    checkArgument(next.runsInEnsemble == runsInEnsemble && next.blockSize == blockSize
        && next.summaries.length == summaries.length && next.met.length == met.length
        && next.outcomes.length == outcomes.length,
        "the parts come from different ensembles: %s runs in blocks of %s with %s summaries, %s targets and %s kept "
            + "outcomes, against %s runs in blocks of %s with %s, %s and %s", next.runsInEnsemble, next.blockSize,
        next.summaries.length, next.met.length, next.outcomes.length, runsInEnsemble, blockSize, summaries.length,
        met.length, outcomes.length);
    for (int c = 0; c < summaries.length; c++) {
      summaries[c].merge(next.summaries[c]);
    }
    for (int t = 0; t < met.length; t++) {
      met[t] += next.met[t];
    }
    int from = (int) ((long) next.firstBlock * blockSize);
    for (int k = 0; k < outcomes.length; k++) {
      System.arraycopy(next.outcomes[k], 0, outcomes[k], from, next.outcomes[k].length);
    }
    runs += next.runs;
    endBlock = next.endBlock;
  }

  // ------------------------------------------------------------------- package-private: filled by Ensemble

  int runsInEnsemble() {
    return runsInEnsemble;
  }

  int blockSize() {
    return blockSize;
  }

  StreamingSummary[] summaries() {
    return summaries;
  }

  long[] met() {
    return met;
  }

  double[][] outcomes() {
    return outcomes;
  }

  void countRun() {
    runs++;
  }

  @Override
  public String toString() {
    return "EnsemblePart{blocks [" + firstBlock + ", " + endBlock + "), " + runs + " runs}";
  }
}
