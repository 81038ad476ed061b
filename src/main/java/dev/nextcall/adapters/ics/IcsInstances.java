package dev.nextcall.adapters.ics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a file's VEVENTs stand for an instance on the timeline, before recurrence expansion
 * (a later version expands RRULE and RDATE; until then a series contributes its DTSTART instance).
 * <ul>
 *   <li>an override (RECURRENCE-ID) is an instance of its own and inherits nothing from its master;
 *       of several overrides of the same instance the highest SEQUENCE wins;</li>
 *   <li>a master's DTSTART instance counts unless an override replaces it or an EXDATE removes it.</li>
 * </ul>
 */
final class IcsInstances {

    private record InstanceKey(String uid, Instant recurrenceId) {
    }

    private IcsInstances() {
    }

    static List<IcsEvent> select(List<IcsEvent> events) {
        Map<InstanceKey, IcsEvent> overrides = new LinkedHashMap<>();
        for (IcsEvent event : events) {
            event.recurrenceId().ifPresent(id -> overrides.merge(new InstanceKey(event.uid(), id), event,
                    (kept, next) -> next.sequence() >= kept.sequence() ? next : kept));
        }
        List<IcsEvent> instances = new ArrayList<>();
        for (IcsEvent event : events) {
            boolean replaced = overrides.containsKey(new InstanceKey(event.uid(), event.start().toInstant()));
            if (!event.isOverride() && !event.startExcluded() && !replaced) {
                instances.add(event);
            }
        }
        instances.addAll(overrides.values());
        return List.copyOf(instances);
    }
}
