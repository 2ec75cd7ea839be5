package io.xinlu.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Without Spark: for every way of cutting the units into contiguous partitions, the pieces fold into each cell's
 * blocks appended one by one from block 0 in block order, the same sequence of appends as a single machine makes.
 */
class BlockFoldTest {
  /** A part that records how it was made: "e" for empty, then the blocks appended, in order. */
  static final class Trace implements Serializable {
    private static final long serialVersionUID = 1L;
    final List<String> events = new ArrayList<>();
  }

  /** Cells with these block counts (0 is a cell without runs). */
  record Fake(int[] blocks) implements BlockWork<Trace> {
    @Override
    public int cellCount() {
      return blocks.length;
    }

    @Override
    public int blockCount(int cell) {
      return blocks[cell];
    }

    @Override
    public Trace runBlock(int cell, int block) {
      Trace t = new Trace();
      t.events.add("b" + block);
      return t;
    }

    @Override
    public Trace emptyPart(int cell) {
      Trace t = new Trace();
      t.events.add("e");
      return t;
    }

    @Override
    public void append(Trace whole, Trace next) {
      if (!whole.events.get(0).equals("e")) {
        throw new AssertionError("appended to a part that does not start at block 0: " + whole.events);
      }
      whole.events.addAll(next.events);
    }
  }

  @Test
  void any_contiguous_partitioning_folds_each_cell_in_block_order_from_block_0() {
    Fake work = new Fake(new int[] {3, 0, 1, 7, 2, 0, 5});
    long units = BlockFold.unitCount(work);
    assertEquals(18, units);
    for (int partitions = 1; partitions <= units + 3; partitions++) {
      List<BlockFold.Piece<Trace>> pieces = new ArrayList<>();
      for (int p = 0; p < partitions; p++) {
        pieces.addAll(BlockFold.pieces(work, units * p / partitions, units * (p + 1) / partitions));
      }
      List<Trace> wholes = BlockFold.fold(work, pieces);
      for (int c = 0; c < work.cellCount(); c++) {
        List<String> expected = new ArrayList<>(List.of("e"));
        for (int b = 0; b < work.blockCount(c); b++) {
          expected.add("b" + b);
        }
        assertEquals(expected, wholes.get(c).events, partitions + " partitions, cell " + c);
      }
    }
  }

  @Test
  void pieces_out_of_order_or_missing_are_refused() {
    Fake work = new Fake(new int[] {4});
    List<BlockFold.Piece<Trace>> late = new ArrayList<>(BlockFold.pieces(work, 2, 4));
    late.addAll(BlockFold.pieces(work, 0, 2));
    assertThrows(IllegalStateException.class, () -> BlockFold.fold(work, late));
    assertThrows(IllegalStateException.class, () -> BlockFold.fold(work, BlockFold.pieces(work, 0, 3)));
  }
}
