package dev.nextcall.domain.call;

import java.util.Objects;

/**
 * How the call came to be tracked: started by hand, or picked up from the calendar event in progress
 * (then {@code eventId} names that event so it is not picked up twice).
 */
public record CallSource(Kind kind, String eventId) {

    public enum Kind { MANUAL, CALENDAR, COMMAND_LINE }

    public CallSource {
        Objects.requireNonNull(kind, "kind");
        eventId = eventId == null ? "" : eventId;
        if (kind == Kind.CALENDAR && eventId.isEmpty()) {
            throw new IllegalArgumentException("a call from the calendar names its event");
        }
    }

    public static CallSource manual() {
        return new CallSource(Kind.MANUAL, "");
    }

    public static CallSource commandLine() {
        return new CallSource(Kind.COMMAND_LINE, "");
    }

    public static CallSource calendar(String eventId) {
        return new CallSource(Kind.CALENDAR, eventId);
    }
}
