package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Busy time widened by the buffers and merged, answering "does this slot collide?" by binary search,
 * so a year of busy intervals costs a logarithm per candidate rather than a scan.
 */
final class BusyTime {

    /** The busy intervals as the calendar gave them (sorted, not merged), to name them in explanations. */
    private final List<Interval> original;
    private final Duration bufferBefore;
    private final Duration bufferAfter;
    private final List<Interval> blocked;

    BusyTime(List<Interval> busy, Duration bufferBefore, Duration bufferAfter) {
        this.original = busy.stream().sorted().toList();
        this.bufferBefore = bufferBefore;
        this.bufferAfter = bufferAfter;
        List<Interval> widened = new ArrayList<>(original.size());
        // A buffer *before* the next meeting keeps a slot from ending right at its start, so the
        // busy interval grows backwards by bufferBefore and forwards by bufferAfter.
        for (Interval b : original) {
            widened.add(b.widen(bufferBefore, bufferAfter));
        }
        this.blocked = Interval.merge(widened);
    }

    /** The first blocked interval that overlaps {@code slot}, if any. */
    Optional<Interval> collision(Interval slot) {
        int i = firstEndingAfter(slot.start());
        if (i < blocked.size() && blocked.get(i).start().isBefore(slot.end())) {
            return Optional.of(blocked.get(i));
        }
        return Optional.empty();
    }

    /**
     * The busy interval, as given, that keeps {@code slot} from being offered: the first one the slot
     * overlaps, else the first whose buffers it overlaps. Merged blocks are not named, because a rep
     * looks for that meeting in their calendar.
     */
    Optional<Interval> cause(Interval slot) {
        return original.stream().filter(slot::overlaps).findFirst()
                .or(() -> original.stream().filter(b -> b.widen(bufferBefore, bufferAfter).overlaps(slot)).findFirst());
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
