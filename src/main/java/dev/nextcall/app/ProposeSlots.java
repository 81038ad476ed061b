package dev.nextcall.app;

import dev.nextcall.domain.Interval;
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
        SlotRules base = rules.get();
        SlotRules effective = base
                .withMeetingLength(query.length().orElse(base.meetingLength()))
                .withCount(query.count().orElse(base.count()));
        Instant now = clock.instant();
        Instant from = query.from().orElse(now);
        int days = query.days().orElse(effective.horizonDays());
        ZoneId prospectZone = query.prospectZone().orElse(effective.repZone());
        SlotRequest request = availability.read(effective, now, from, days, prospectZone);
        List<Interval> slots = new SlotFinder(effective).propose(request);
        List<SpokenSlot> spoken = slots.stream()
                .map(slot -> wording.describe(slot, now, effective.repZone(), prospectZone))
                .toList();
        return new Proposal(spoken, effective.repZone(), prospectZone);
    }
}
