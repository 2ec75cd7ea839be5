package io.xinlu.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs {@link BlockWork} on Spark so that the result does not depend on the partitioning.
 *
 * <p>The blocks of all cells are numbered in one sequence, cell by cell and block by block ("units"), and partition
 * {@code p} of {@code P} takes the contiguous units {@code [U p / P, U (p + 1) / P)}. A partition runs its units in
 * order. Blocks of a cell whose block 0 lies in the partition are appended there, from an empty part, in block order:
 * exactly what the driver would do with them. Blocks of a cell that began in an earlier partition come back one by
 * one. The driver then appends, cell by cell and in block order, every piece to the part that starts at block 0.
 * Each cell's whole part is therefore the same left fold of its blocks, on any number of partitions, as the
 * single-machine ensemble's, so the floating-point results are bit-identical. Only the parts of cells that straddle
 * a partition boundary come back block by block; every other cell comes back as one part.
 */
final class BlockFold {
  private BlockFold() {}

  /**
   * A piece of a cell: blocks {@code [firstBlock, endBlock)}, folded from block 0 if {@code firstBlock == 0}, one
   * block otherwise.
   */
  record Piece<P extends Serializable>(int cell, int firstBlock, int endBlock, P part) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Runs the work on {@code partitions} Spark partitions and returns each cell's whole part, in cell order. */
  static <P extends Serializable> List<P> run(JavaSparkContext sc, BlockWork<P> work, int partitions) {
    checkArgument(partitions >= 1, "the number of partitions must be at least 1, got %s", partitions);
    Broadcast<BlockWork<P>> shared = sc.broadcast(work);
    try {
      List<Integer> ids = new ArrayList<>();
      for (int p = 0; p < partitions; p++) {
        ids.add(p);
      }
      long units = unitCount(work);
      List<Piece<P>> pieces;
      try {
        pieces = sc.parallelize(ids, partitions)
            .flatMap(p -> pieces(shared.value(), units * p / partitions, units * (p + 1) / partitions).iterator())
            .collect();
      } catch (Exception e) { // SparkException is checked in Java's eyes, though Scala throws it undeclared
        throw new StudyException("the Spark job failed: " + e.getMessage(), e);
      }
      return fold(work, pieces);
    } finally {
      shared.destroy();
    }
  }

  /** The total number of blocks of all cells. */
  static long unitCount(BlockWork<?> work) {
    long units = 0;
    for (int c = 0; c < work.cellCount(); c++) {
      units += work.blockCount(c);
    }
    return units;
  }

  /** The pieces of units {@code [from, to)}, as one partition makes them. */
  static <P extends Serializable> List<Piece<P>> pieces(BlockWork<P> work, long from, long to) {
    List<Piece<P>> out = new ArrayList<>();
    if (from >= to) {
      return out;
    }
    // find the cell and block of unit 'from'
    int cell = 0;
    long start = 0;
    while (start + work.blockCount(cell) <= from) {
      start += work.blockCount(cell);
      cell++;
    }
    int block = (int) (from - start);
    P whole = null;
    int wholeEnd = 0;
    for (long u = from; u < to; u++) {
      while (block >= work.blockCount(cell)) {
        if (whole != null) {
          out.add(new Piece<>(cell, 0, wholeEnd, whole));
          whole = null;
        }
        cell++;
        block = 0;
      }
      P part = work.runBlock(cell, block);
      if (block == 0) {
        whole = work.emptyPart(cell);
        work.append(whole, part);
        wholeEnd = 1;
      } else if (whole != null) {
        work.append(whole, part);
        wholeEnd = block + 1;
      } else {
        out.add(new Piece<>(cell, block, block + 1, part));
      }
      block++;
    }
    if (whole != null) {
      out.add(new Piece<>(cell, 0, wholeEnd, whole));
    }
    return out;
  }

  /** Appends the pieces, which come in unit order, into one whole part per cell. */
  static <P extends Serializable> List<P> fold(BlockWork<P> work, Iterable<Piece<P>> pieces) {
    int cells = work.cellCount();
    List<P> whole = new ArrayList<>(cells);
    int[] end = new int[cells];
    for (int c = 0; c < cells; c++) {
      whole.add(null);
    }
    for (Piece<P> piece : pieces) {
      int c = piece.cell();
      if (piece.firstBlock() == 0) {
        checkState(whole.get(c) == null, "cell %s came back twice from block 0", c);
        whole.set(c, piece.part());
      } else {
        checkState(whole.get(c) != null && end[c] == piece.firstBlock(),
            "cell %s: block %s came back before the blocks that precede it", c, piece.firstBlock());
        work.append(whole.get(c), piece.part());
      }
      end[c] = piece.endBlock();
    }
    for (int c = 0; c < cells; c++) {
      if (work.blockCount(c) == 0) {
        whole.set(c, work.emptyPart(c));
      }
      checkState(end[c] == work.blockCount(c), "cell %s: %s of %s blocks came back", c, end[c],
          work.blockCount(c));
    }
    return whole;
  }
}
