package io.xinlu.uncertainty.ensemble;

import static io.xinlu.uncertainty.ensemble.EnsembleTest.builder;
import static io.xinlu.uncertainty.ensemble.EnsembleTest.design;
import static io.xinlu.uncertainty.ensemble.EnsembleTest.everything;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.indicator.Indicators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blocks of an ensemble run one by one, anywhere and in any order, and appended in block order: the same bits as
 * {@link Ensemble#run()}; parts survive Java serialisation; misuse fails with a message.
 */
class EnsemblePartTest {
  @Test
  void blocks_run_in_reverse_and_appended_in_order_give_the_bits_of_run() {
    double[][] d = design(203, 11); // 13 blocks of 16, the last one short
    Ensemble e = builder(d).threads(2).build();
    assertEquals(13, e.blockCount());
    assertEquals(16, e.blockSize());
    EnsemblePart[] parts = new EnsemblePart[e.blockCount()];
    for (int b = parts.length - 1; b >= 0; b--) {
      parts[b] = e.runBlock(b);
    }
    EnsemblePart whole = e.emptyPart();
    for (EnsemblePart part : parts) {
      whole.append(part);
    }
    assertEquals(203, whole.runs());
    assertEquals(everything(e.run()), everything(e.result(whole)));
  }

  @Test
  void a_prefix_folded_elsewhere_continues_like_the_whole_fold() {
    double[][] d = design(100, 5);
    Ensemble e = builder(d).build();
    EnsemblePart prefix = e.emptyPart(); // as a worker would fold the blocks 0..2 it holds
    for (int b = 0; b < 3; b++) {
      prefix.append(e.runBlock(b));
    }
    EnsemblePart whole = roundTrip(prefix); // shipped to another machine
    for (int b = 3; b < e.blockCount(); b++) {
      whole.append(roundTrip(e.runBlock(b)));
    }
    assertEquals(everything(e.run()), everything(e.result(whole)));
  }

  @Test
  void an_empty_design_has_no_block_and_an_empty_result() {
    Ensemble e = Ensemble.builder(EnsembleTest.P).design(new double[0][]).indicators(Indicators.co2())
        .years(2030).build();
    assertEquals(0, e.blockCount());
    EnsembleResult r = e.result(e.emptyPart());
    assertEquals(0, r.runs());
    assertEquals(0, r.summary("co2", 2030).count());
    assertTrue(Double.isNaN(r.summary("co2", 2030).mean()));
  }

  @Test
  void parts_out_of_order_incomplete_or_foreign_are_refused_with_a_message() {
    Ensemble e = builder(design(64, 3)).build();
    IndexOutOfBoundsException range = assertThrows(IndexOutOfBoundsException.class, () -> e.runBlock(4));
    assertEquals("block 4 is not in [0, 4) (64 runs in blocks of 16)", range.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> e.runBlock(-1));

    EnsemblePart whole = e.emptyPart();
    IllegalArgumentException skip = assertThrows(IllegalArgumentException.class, () -> whole.append(e.runBlock(1)));
    assertTrue(skip.getMessage().contains("the next part must start at block 0, where this part ends; it covers "
        + "blocks [1, 2)"), skip.getMessage());
    EnsemblePart one = e.runBlock(1);
    IllegalArgumentException notFromZero = assertThrows(IllegalArgumentException.class,
        () -> one.append(e.runBlock(2)));
    assertTrue(notFromZero.getMessage().contains("only a part that starts at block 0 can be appended to"),
        notFromZero.getMessage());

    whole.append(e.runBlock(0));
    IllegalArgumentException partial = assertThrows(IllegalArgumentException.class, () -> e.result(whole));
    assertTrue(partial.getMessage().contains("needs a part that covers every block [0, 4); this one covers [0, 1)"),
        partial.getMessage());

    Ensemble other = builder(design(64, 3)).years(2030).build();
    IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
        () -> whole.append(other.runBlock(1)));
    assertTrue(foreign.getMessage().contains("the parts come from different ensembles"), foreign.getMessage());
    EnsemblePart otherWhole = other.emptyPart();
    for (int b = 0; b < other.blockCount(); b++) {
      otherWhole.append(other.runBlock(b));
    }
    IllegalArgumentException result = assertThrows(IllegalArgumentException.class, () -> e.result(otherWhole));
    assertTrue(result.getMessage().contains("the part comes from another ensemble"), result.getMessage());
    assertEquals(List.of(16L, 64L), List.of(e.runBlock(3).runs(), otherWhole.runs()));
  }

  private static EnsemblePart roundTrip(EnsemblePart part) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(part);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (EnsemblePart) in.readObject();
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
