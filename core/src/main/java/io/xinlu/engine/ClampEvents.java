package io.xinlu.engine;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The clamp events of one {@link RowGroup} of a compilation, in year order, with the end of each year's run.
 * Immutable once made: its arrays are never written after {@link Recorder#events()} hands them over.
 */
final class ClampEvents {
  static final ClampEvents NONE = new ClampEvents(new Event[0], new int[0]);

  final Event[] events;
  /** For each year index {@code k}, the end of its events in {@link #events}; empty when there are none. */
  private final int[] yearEnd;

  private ClampEvents(Event[] events, int[] yearEnd) {
    this.events = events;
    this.yearEnd = yearEnd;
  }

  /** The events of year index {@code k}: from {@code end(k - 1)} to {@code end(k)}. */
  int end(int k) {
    return events.length == 0 ? 0 : yearEnd[k];
  }

  /**
   * Records the clamp events of one group while its rows are laid out, with the end of each year's run; remembers
   * which effects have been clamped (an effect's clamp is reported once). Each group holds the effects of one kind,
   * apart from demand, whose only effect clamps are those of scaled demand. Confined to one compilation.
   */
  static final class Recorder {
    private final int years;
    // both made at the first clamp: most compilations have none
    private @Nullable List<Event> events;
    private int @Nullable [] yearEnd;
    private boolean @Nullable [] clamped;

    Recorder(int years) {
      this.years = years;
    }

    void add(Event e) {
      if (events == null) {
        events = new ArrayList<>();
        yearEnd = new int[years]; // the years before have no events
      }
      events.add(e);
    }

    /** Whether this is the first clamp of effect entry {@code entry} (of {@code entries}). */
    boolean first(int entry, int entries) {
      if (clamped == null) {
        clamped = new boolean[entries];
      }
      if (clamped[entry]) {
        return false;
      }
      clamped[entry] = true;
      return true;
    }

    void endYear(int k) {
      if (events != null && yearEnd != null) {
        yearEnd[k] = events.size();
      }
    }

    ClampEvents events() {
      return events == null || yearEnd == null ? NONE : new ClampEvents(events.toArray(new Event[0]), yearEnd);
    }
  }
}
