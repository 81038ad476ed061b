package dev.nextcall.adapters.ics;

import dev.nextcall.domain.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.TimeZoneRegistry;

/**
 * The instances of one file's events, for any window. Built once per version of the file; what
 * does not depend on the window (single events, which override wins) is settled here, and only
 * series are expanded per question.
 * <ul>
 *   <li>An override (RECURRENCE-ID) replaces the instance of its series that starts at the same
 *       instant, whatever zone either is written in, and inherits nothing from its master. Of several
 *       overrides of one instance the highest SEQUENCE wins (on a tie, the later in the file). An
 *       override that matches no instance stands alone: it is an instance either way. RANGE=THISANDFUTURE
 *       is not read, so an override only ever changes its own instance.</li>
 *   <li>A master contributes its recurrence set (see {@link IcsRecurrence}), minus the instances
 *       that overrides replace.</li>
 * </ul>
 * Overrides are matched within the file: the same UID in another calendar is another calendar's event.
 */
final class IcsInstances {

    private record InstanceKey(String uid, Instant recurrenceId) {
    }

    /** No events at all: an empty or missing file. */
    static final IcsInstances NONE = of(List.of(), null);

    private final List<IcsEvent> series;
    private final List<IcsOccurrence> fixed;
    private final Map<String, Set<Instant>> replaced;
    /**
     * Held only to stay reachable. A zone defined by a VTIMEZONE of the file has an id of ical4j's
     * (like {@code ical4j-local-12}) whose rules java.time looks up on every use through ical4j's
     * provider, which holds this registry only weakly: once the registry is collected, times in that
     * zone fail, and its ids go to other parses, whose rules would then answer for this file.
     */
    @SuppressWarnings({"unused", "FieldCanBeLocal"})
    private final TimeZoneRegistry zoneDefinitions;

    private IcsInstances(List<IcsEvent> series, List<IcsOccurrence> fixed, Map<String, Set<Instant>> replaced,
                         TimeZoneRegistry zoneDefinitions) {
        this.series = List.copyOf(series);
        this.fixed = List.copyOf(fixed);
        this.replaced = Map.copyOf(replaced);
        this.zoneDefinitions = zoneDefinitions;
    }

    /**
     * @param zoneDefinitions the registry the events were parsed with: it must live as long as they do
     *                        (null when no event uses a VTIMEZONE of the file)
     */
    static IcsInstances of(List<IcsEvent> events, TimeZoneRegistry zoneDefinitions) {
        Map<InstanceKey, IcsEvent> overrides = new LinkedHashMap<>();
        for (IcsEvent event : events) {
            event.recurrenceId().ifPresent(id -> overrides.merge(new InstanceKey(event.uid(), id), event,
                    (kept, next) -> next.sequence() >= kept.sequence() ? next : kept));
        }
        Map<String, Set<Instant>> replaced = new HashMap<>();
        for (InstanceKey key : overrides.keySet()) {
            replaced.computeIfAbsent(key.uid(), uid -> new HashSet<>()).add(key.recurrenceId());
        }
        List<IcsEvent> series = new ArrayList<>();
        List<IcsOccurrence> fixed = new ArrayList<>();
        for (IcsEvent event : events) {
            if (event.isOverride()) {
                continue;
            }
            if (event.repeats()) {
                series.add(event);
            } else if (!event.recurrence().excludes(event.start()) && !isReplaced(replaced, event.uid(), event.start().toInstant())) {
                fixed.add(event.firstOccurrence());
            }
        }
        for (IcsEvent override : overrides.values()) {
            fixed.add(override.firstOccurrence());
        }
        return new IcsInstances(series, fixed, replaced, zoneDefinitions);
    }

    /** Every instance that overlaps {@code window} (or, having no length, starts in it), in no particular order. */
    List<IcsOccurrence> touching(Interval window) {
        List<IcsOccurrence> found = new ArrayList<>();
        for (IcsOccurrence occurrence : fixed) {
            if (occurrence.touches(window)) {
                found.add(occurrence);
            }
        }
        for (IcsEvent event : series) {
            for (IcsRecurrence.Instance instance : event.instances(window.start(), window.end())) {
                if (isReplaced(replaced, event.uid(), instance.start().toInstant())) {
                    continue;
                }
                IcsOccurrence occurrence = event.occurrence(instance);
                if (occurrence.touches(window)) {
                    found.add(occurrence);
                }
            }
        }
        return found;
    }

    private static boolean isReplaced(Map<String, Set<Instant>> replaced, String uid, Instant start) {
        Set<Instant> instants = replaced.get(uid);
        return instants != null && instants.contains(start);
    }
}
