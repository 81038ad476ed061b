package dev.nextcall.app;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.slot.Explanation;
import dev.nextcall.domain.slot.SlotFinder;
import dev.nextcall.domain.slot.SlotRequest;
import dev.nextcall.domain.slot.SlotRules;
import dev.nextcall.domain.slot.SlotWording;
import dev.nextcall.domain.slot.SpokenSlot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Proposes meeting times for the next call: reads the rep's busy time for the search window and
 * asks the slot finder, then words each slot for both zones.
 */
public final class ProposeSlots {

    private final AvailabilityReader availability;
    private final Supplier<SlotRules> rules;
    private final SlotWording wording;
    private final Clock clock;

    public ProposeSlots(AvailabilityReader availability, Supplier<SlotRules> rules, SlotWording wording, Clock clock) {
        this.availability = availability;
        this.rules = rules;
        this.wording = wording;
        this.clock = clock;
    }

    /**
     * @param from         start of the search (default: now)
     * @param days         length of the search window (default: the rules' horizon)
     * @param length       meeting length (default: the rules')
     * @param prospectZone the prospect's zone (default: the rep's)
     * @param count        how many proposals (default: the rules')
     */
    public record Query(Optional<Instant> from, Optional<Integer> days, Optional<Duration> length,
                        Optional<ZoneId> prospectZone, Optional<Integer> count) {

        public static Query defaults() {
            return new Query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        public static Query forProspectIn(ZoneId zone) {
            return new Query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(zone), Optional.empty());
        }
    }

    /** The proposals and the zones they were worded in. */
    public record Proposal(List<SpokenSlot> slots, ZoneId repZone, ZoneId prospectZone) {
        public Proposal {
            slots = List.copyOf(slots);
            Objects.requireNonNull(repZone, "repZone");
            Objects.requireNonNull(prospectZone, "prospectZone");
        }
    }

    public Proposal propose(Query query) {
        Question q = ask(query);
        return worded(q, q.finder().propose(q.request()));
    }

    /**
     * Page {@code page} (from 1) of further good times, {@code count} to a page, in time order and
     * without the proposals: the "more times" list.
     */
    public Proposal moreTimes(Query query, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1: " + page);
        }
        Question q = ask(query);
        int size = q.rules().count();
        return worded(q, q.finder().moreTimes(q.request(), (page - 1) * size, size));
    }

    /** Why a meeting starting at {@code start} is, or is not, offered: the rep's most common question. */
    public Explanation explain(Query query, Instant start) {
        Question q = ask(query);
        return q.finder().explain(start, q.request());
    }

    /** One question to the slot finder, with the calendars read once. */
    private record Question(SlotRules rules, SlotFinder finder, SlotRequest request, Instant now) {
    }

    private Question ask(Query query) {
        SlotRules base = rules.get();
        SlotRules effective = base
                .withMeetingLength(query.length().orElse(base.meetingLength()))
                .withCount(query.count().orElse(base.count()));
        Instant now = clock.instant();
        Instant from = query.from().orElse(now);
        int days = query.days().orElse(effective.horizonDays());
        ZoneId prospectZone = query.prospectZone().orElse(effective.repZone());
        SlotRequest request = availability.read(effective, now, from, days, prospectZone);
        return new Question(effective, new SlotFinder(effective), request, now);
    }

    private Proposal worded(Question q, List<Interval> slots) {
        ZoneId repZone = q.rules().repZone();
        ZoneId prospectZone = q.request().prospectZone();
        List<SpokenSlot> spoken = slots.stream()
                .map(slot -> wording.describe(slot, q.now(), repZone, prospectZone))
                .toList();
        return new Proposal(spoken, repZone, prospectZone);
    }
}
