package dev.nextcall.adapters.ics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a VEVENT repeats: the recurrence set of RFC 5545 3.8.5, that is DTSTART, plus the instances of
 * its RRULEs, plus its RDATEs, minus its EXDATEs. Instances are told apart by their instant, so an
 * RDATE that repeats a rule's instance counts once and an EXDATE removes an instance whatever zone
 * it is written in. A DATE EXDATE on a timed series removes the instances on that local date.
 * EXRULE (RFC 2445, dropped by RFC 5545) is not read: ignoring it can only leave more time busy.
 *
 * @param rules            the RRULEs (RFC 5545 allows one; more are joined)
 * @param extraInstances   the RDATEs, each placed in its own zone
 * @param excludedInstants EXDATE date-times
 * @param excludedDates    EXDATE dates
 */
record IcsRecurrence(List<RecurrenceRule> rules, List<Instance> extraInstances,
                     Set<Instant> excludedInstants, Set<LocalDate> excludedDates) {

    static final IcsRecurrence NONE = new IcsRecurrence(List.of(), List.of(), Set.of(), Set.of());

    /** One member of the set; an {@code RDATE;VALUE=PERIOD} brings its own end. */
    record Instance(ZonedDateTime start, Optional<ZonedDateTime> ownEnd) {
    }

    IcsRecurrence {
        rules = List.copyOf(rules);
        extraInstances = List.copyOf(extraInstances);
        excludedInstants = Set.copyOf(excludedInstants);
        excludedDates = Set.copyOf(excludedDates);
    }

    /** Whether there is more than DTSTART: an RRULE or an RDATE. */
    boolean repeats() {
        return !rules.isEmpty() || !extraInstances.isEmpty();
    }

    boolean excludes(ZonedDateTime start) {
        return excludedInstants.contains(start.toInstant()) || excludedDates.contains(start.toLocalDate());
    }

    /**
     * The instances whose start lies roughly within {@code [from, to)}, in order of start: at least
     * those, but also DTSTART and every RDATE wherever they are, and rule instances up to a day
     * outside (the wall clock of the zone and the instant differ by the offset). Callers check
     * the instances they get against their window.
     *
     * @param wallStart DTSTART as written, in {@code zone} (a DATE at 00:00)
     */
    List<Instance> instances(ZonedDateTime dtStart, LocalDateTime wallStart, boolean allDay, Instant from, Instant to) {
        ZoneId zone = dtStart.getZone();
        TreeMap<Instant, Instance> set = new TreeMap<>();
        set.put(dtStart.toInstant(), new Instance(dtStart, Optional.empty()));
        LocalDateTime fromWall = LocalDateTime.ofInstant(from, zone).minusDays(1);
        LocalDateTime toWall = LocalDateTime.ofInstant(to, zone).plusDays(1);
        for (RecurrenceRule rule : rules) {
            new RuleExpansion(rule, wallStart, zone, allDay).expand(fromWall, toWall, wall -> {
                ZonedDateTime start = allDay ? wall.toLocalDate().atStartOfDay(zone) : ZonedDateTime.ofLocal(wall, zone, null);
                set.putIfAbsent(start.toInstant(), new Instance(start, Optional.empty()));
            });
        }
        for (Instance extra : extraInstances) {
            set.put(extra.start().toInstant(), extra); // a PERIOD that repeats a rule's instance keeps its own length
        }
        List<Instance> instances = new ArrayList<>(set.size());
        for (Instance instance : set.values()) {
            if (!excludes(instance.start())) {
                instances.add(instance);
            }
        }
        return instances;
    }
}
