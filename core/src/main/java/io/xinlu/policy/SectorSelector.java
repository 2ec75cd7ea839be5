package io.xinlu.policy;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Names the sectors an effect acts on: one sector by id, or every sector carrying a tag. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SectorSelector implements Comparable<SectorSelector> {
  private final boolean tag;
  private final String name;

  private SectorSelector(boolean tag, String name) {
    checkArgument(!name.isBlank(), "a sector selector needs a %s", tag ? "tag" : "sector id");
    this.tag = tag;
    this.name = name;
  }

  /** Selects the sector with this id. */
  public static SectorSelector sector(String id) {
    return new SectorSelector(false, id);
  }

  /** Selects every sector carrying this tag. */
  public static SectorSelector tag(String tag) {
    return new SectorSelector(true, tag);
  }

  /** Whether this selects by tag. */
  public boolean isTag() {
    return tag;
  }

  /** The sector id or the tag. */
  public String name() {
    return name;
  }

  /** {@code sector 'coal'} or {@code tag 'resource'}, as used in messages. */
  public String describe() {
    return (tag ? "tag '" : "sector '") + name + "'";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SectorSelector && ((SectorSelector) o).tag == tag && ((SectorSelector) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tag, name);
  }

  @Override
  public int compareTo(SectorSelector o) {
    return tag != o.tag ? Boolean.compare(tag, o.tag) : name.compareTo(o.name);
  }

  /** {@code coal} for a sector, {@code #resource} for a tag. */
  @Override
  public String toString() {
    return tag ? "#" + name : name;
  }
}
