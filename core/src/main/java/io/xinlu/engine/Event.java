package io.xinlu.engine;

/**
 * Something the engine did that a modeller should know about: a project deferred or blocked by its
 * prerequisites, a resource stock that ran out, or a quantity clamped at a bound. All implementations are
 * records: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Event permits Event.Deferral, Event.Blocked, Event.Depletion, Event.Clamp {

  /**
   * The year the event refers to (for a deferral or a blocked project, the planned start year rounded down, and
   * {@code Integer.MAX_VALUE} for a start shifted beyond it).
   */
  int year();

  /** A one-line description. */
  String describe();

  /**
   * A project's start was moved later so that its prerequisite is at full effect first.
   *
   * <p>Immutable and thread-safe.
   *
   * @param projectId the deferred project
   * @param plannedStart the start after delays, before the deferral
   * @param newStart the start after the deferral
   * @param prerequisiteId the prerequisite whose full-effect year set the new start
   */
  record Deferral(String projectId, double plannedStart, double newStart, String prerequisiteId) implements Event {
    @Override
    public int year() {
      return (int) Math.floor(plannedStart);
    }

    @Override
    public String describe() {
      return "project '" + projectId + "' deferred from " + plannedStart + " to " + newStart
          + " until prerequisite '" + prerequisiteId + "' is at full effect";
    }
  }

  /**
   * A project never starts because a prerequisite is not part of the scenario (or is itself blocked): the old is not
   * broken when the new is never built.
   *
   * <p>Immutable and thread-safe.
   *
   * @param projectId the blocked project
   * @param plannedStart the start it would have had
   * @param prerequisiteId the missing prerequisite
   */
  record Blocked(String projectId, double plannedStart, String prerequisiteId) implements Event {
    @Override
    public int year() {
      return (int) Math.floor(plannedStart);
    }

    @Override
    public String describe() {
      return "project '" + projectId + "' never starts: prerequisite '" + prerequisiteId
          + "' is not carried out in this scenario";
    }
  }

  /**
   * A resource stock could no longer cover a year's extraction: from this year the sector's gross output is capped
   * at what the stock allows. Recorded once, in the first year the cap binds.
   *
   * <p>Immutable and thread-safe.
   *
   * @param sectorId the extractive sector
   * @param year the first year the cap binds
   * @param remainingStock the stock left at the start of that year
   */
  record Depletion(String sectorId, int year, double remainingStock) implements Event {
    @Override
    public String describe() {
      return "resource of sector '" + sectorId + "' exhausted in " + year + " (" + remainingStock
          + " left at the start of the year); output capped from then on";
    }
  }

  /**
   * A quantity that would have gone below a bound was clamped there. Recorded once per cause, in the first year.
   *
   * <p>Immutable and thread-safe.
   *
   * @param year the first year the clamp applied
   * @param what what was clamped, such as {@code final demand} or {@code energy-intensity change}
   * @param sectorId the sector, or empty for a city-wide quantity
   * @param projectId the project whose effect was clamped, or empty
   */
  record Clamp(int year, String what, String sectorId, String projectId) implements Event {
    @Override
    public String describe() {
      return what + (sectorId.isEmpty() ? "" : " of sector '" + sectorId + "'")
          + (projectId.isEmpty() ? "" : " from project '" + projectId + "'") + " clamped in " + year;
    }
  }
}
