package dev.nextcall.adapters.google;

import com.google.api.services.calendar.CalendarScopes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The permissions NextCall asks for: the least that do the job. {@code calendar.events} reads the
 * event in progress and invite replies and inserts/deletes bookings (with attendees and a Meet link);
 * {@code calendar.freebusy} reads busy time ({@code calendar.events} is not accepted by freeBusy).
 * The rep's zone comes from {@code Events.timeZone}, so no settings or calendar-list scope is needed.
 */
final class GoogleScopes {

    /** Each scope with what it lets NextCall do, in the words a missing one is reported in. */
    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put(CalendarScopes.CALENDAR_EVENTS,
                "see and edit events on your calendars (to book follow-ups and read replies)");
        REQUIRED.put(CalendarScopes.CALENDAR_FREEBUSY, "see your availability (to propose free times)");
    }

    private GoogleScopes() {
    }

    static List<String> required() {
        return List.copyOf(REQUIRED.keySet());
    }

    /** Parses the space-delimited {@code scope} of a token response; empty or absent means unknown. */
    static Set<String> parse(String scope) {
        if (scope == null || scope.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.asList(scope.strip().split("\\s+")));
    }

    /**
     * The required scopes not in {@code granted}, described for the rep. With granular consent a rep
     * can untick a scope; Google then grants the rest and says which in the token response.
     */
    static List<String> missing(Collection<String> granted) {
        List<String> missing = new ArrayList<>();
        REQUIRED.forEach((scope, words) -> {
            if (!granted.contains(scope)) {
                missing.add(words);
            }
        });
        return missing;
    }
}
