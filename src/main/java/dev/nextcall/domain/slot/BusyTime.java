package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Busy time widened by the buffers and merged, answering "does this slot collide?" by binary search.
 *
 * <p>Only the busy time that can matter for slots inside {@code span} is kept: a calendar may hold a
 * year of meetings, and one linear pass to drop what is far away is cheaper than sorting it all for a
 * two-week question.
 */
final class BusyTime {

    /** How a slot collides with a meeting: on the meeting itself or only within one of its buffers. */
    enum Kind { OVERLAP, BUFFER_BEFORE, BUFFER_AFTER }

    /** The meeting, as the calendar gave it, that keeps a slot from being offered, and how. */
    record Collision(Interval meeting, Kind kind) {
    }

    /** The busy intervals near the span as the calendar gave them (sorted, not merged), to name them. */
    private final List<Interval> original;
    private final Duration bufferBefore;
    private final Duration bufferAfter;
    private final List<Interval> blocked;

    BusyTime(List<Interval> busy, Duration bufferBefore, Duration bufferAfter, Interval span) {
        this.bufferBefore = bufferBefore;
        this.bufferAfter = bufferAfter;
        // A buffer *before* the next meeting keeps a slot from ending right at its start, so busy time
        // grows backwards by bufferBefore and forwards by bufferAfter. It matters to the span when the
        // widened interval overlaps it; comparing against the span widened the other way saves
        // allocating ten thousand intervals to throw most of them away.
        Instant reachEnd = span.end().plus(bufferBefore);
        Instant reachStart = span.start().minus(bufferAfter);
        List<Interval> near = new ArrayList<>();
        for (Interval b : busy) {
            if (b.start().isBefore(reachEnd) && b.end().isAfter(reachStart)) {
                near.add(b);
            }
        }
        near.sort(null);
        this.original = List.copyOf(near);
        List<Interval> widened = new ArrayList<>(near.size());
        for (Interval b : near) {
            widened.add(b.widen(bufferBefore, bufferAfter));
        }
        this.blocked = Interval.merge(widened);
    }

    /** True when {@code slot} overlaps busy time widened by the buffers. */
    boolean collides(Interval slot) {
        int i = firstEndingAfter(slot.start());
        return i < blocked.size() && blocked.get(i).start().isBefore(slot.end());
    }

    /**
     * The busy interval, as given, that keeps {@code slot} from being offered: the first one the slot
     * overlaps, else the first whose buffers it overlaps. Merged blocks are not named, because a rep
     * looks for that meeting in their calendar.
     */
    Optional<Collision> cause(Interval slot) {
        for (Interval meeting : original) {
            if (meeting.overlaps(slot)) {
                return Optional.of(new Collision(meeting, Kind.OVERLAP));
            }
        }
        for (Interval meeting : original) {
            if (meeting.widen(bufferBefore, bufferAfter).overlaps(slot)) {
                Kind kind = slot.end().isAfter(meeting.start()) ? Kind.BUFFER_AFTER : Kind.BUFFER_BEFORE;
                return Optional.of(new Collision(meeting, kind));
            }
        }
        return Optional.empty();
    }

    Duration bufferBefore() {
        return bufferBefore;
    }

    Duration bufferAfter() {
        return bufferAfter;
    }

    /** Index of the first blocked interval ending after {@code instant} (size() if none). */
    private int firstEndingAfter(Instant instant) {
        int low = 0;
        int high = blocked.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (blocked.get(mid).end().isAfter(instant)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
