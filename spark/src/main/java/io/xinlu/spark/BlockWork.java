package io.xinlu.spark;

import java.io.Serializable;

/**
 * Work split into cells (one ensemble each) and each cell into blocks, whose parts are merged by appending them to
 * an empty part in block order. Serialised to the executors (broadcast once per job).
 *
 * @param <P> a part: what one block, or the blocks 0 to b of a cell, contribute
 */
interface BlockWork<P extends Serializable> extends Serializable {
  /** The number of cells. */
  int cellCount();

  /** The number of blocks of a cell. */
  int blockCount(int cell);

  /** Runs one block of a cell, on the calling thread. */
  P runBlock(int cell, int block);

  /** An empty part at block 0 of a cell. */
  P emptyPart(int cell);

  /** Appends the next block's part to a part that starts at block 0. */
  void append(P whole, P next);
}
