package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.InvalidModelException;
import io.xinlu.engine.Engine;
import io.xinlu.engine.NonFiniteResultException;
import io.xinlu.scenario.CityModel;
import java.util.List;

/**
 * The invariants the fuzz targets check. Every input ends in a document and a model, or in the documented exception
 * ({@link ScenarioFileException} for files, {@link InvalidModelException} for a model built in code), never in
 * another exception; the time and memory limits come from the fuzz tests' timeout and the test JVM's heap
 * ({@code -Xmx512m}). Beyond that, whatever reads must write and read back equal, and every problem must be placed.
 */
final class FuzzTargets {
  private FuzzTargets() {}

  /**
   * Reads, writes and loads a catalogue city once in both syntaxes, so that the classes of every path are loaded
   * (and, when fuzzing, instrumented) before the first input is timed: loading Jackson's data binding the first time
   * a model is written took longer than a fuzz input may.
   */
  static void warmUp() {
    buildModel(CityModel.builder().from(io.xinlu.scenarios.Yangquan.model()));
  }

  /**
   * Reads bytes as a file of the format; a document that reads writes and reads back equal in both syntaxes; on its
   * own it makes a model or a located {@link ScenarioFileException}.
   */
  static void readFile(byte[] data, FileFormat format) {
    String name = "fuzz" + format.extension();
    ScenarioDocument d;
    try {
      d = ScenarioFiles.read(data, name, format);
    } catch (ScenarioFileException e) {
      placed(e, name);
      return;
    }
    for (FileFormat f : FileFormat.values()) {
      String text = ScenarioFiles.write(d, f);
      ScenarioDocument back = ScenarioFiles.parse(text, "again" + f.extension(), f);
      assertEquals(d, back, "written as " + f + " and read back:\n" + text);
    }
    try {
      ScenarioFiles.combine(List.of(d));
    } catch (ScenarioFileException e) {
      placed(e, name);
    }
  }

  /** Builds a model; a valid one writes as a file and reads back as an equal model, in both syntaxes. */
  static void buildModel(CityModel.Builder builder) {
    CityModel m;
    try {
      m = builder.build();
    } catch (InvalidModelException e) {
      assertFalse(e.problems().isEmpty(), "an InvalidModelException lists its problems");
      return;
    }
    for (FileFormat f : FileFormat.values()) {
      String text = ScenarioFiles.write(ScenarioDocument.of(m), f);
      ScenarioDocument back = ScenarioFiles.parse(text, "model" + f.extension(), f);
      assertEquals(m, ScenarioFiles.combine(List.of(back)).model(), "written as " + f + " and read back:\n" + text);
    }
    runAll(m);
  }

  /**
   * Runs every scenario of a valid model: each run gives finite values of every quantity in every year, or is refused
   * with a {@link NonFiniteResultException} that names its scenario (docs/MODEL.md, finite results), or its
   * compilation is refused with an {@link InvalidModelException} about that scenario (as {@code Engine.compile}
   * documents: intensities and scales that leave a sector without labour productivity).
   */
  static void runAll(CityModel m) {
    for (String scenario : m.scenarioNames()) {
      try {
        Engine.run(m, scenario).requireFinite();
      } catch (NonFiniteResultException e) {
        assertEquals(scenario, e.scenarioName(), e.getMessage());
        assertTrue(e.getMessage().contains("'" + scenario + "'"), e.getMessage());
      } catch (InvalidModelException e) {
        assertEquals("scenario '" + scenario + "'", e.subject(), e.getMessage());
        assertFalse(e.problems().isEmpty(), "an InvalidModelException lists its problems");
      }
    }
  }

  /** Every problem names the file and a place in it, and says something; the list is bounded. */
  private static void placed(ScenarioFileException e, String name) {
    assertFalse(e.problems().isEmpty());
    assertTrue(e.problems().size() <= ReadLimits.PROBLEMS, "at most " + ReadLimits.PROBLEMS + " problems listed");
    for (FileProblem p : e.problems()) {
      assertEquals(name, p.file(), p.toString());
      assertTrue(p.line() >= 1 && p.column() >= 1, p.toString());
      assertFalse(p.message().isBlank(), p.toString());
    }
  }
}
