package dev.nextcall.adapters.google.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * freeBusy.query (§2, §10.4 row 1). Busy means: not cancelled, not transparent, not declined by the user,
 * overlapping the window; all-day events cover whole days in the calendar's zone. Results are keyed by the id
 * as requested ({@code primary} stays {@code primary}); unknown calendars come back with a notFound error
 * inside the 200.
 */
final class FreeBusyApi {

    private static final int MAX_CALENDARS = 50;

    private final CalendarStore store;
    private final FreeBusyOptions options;

    FreeBusyApi(CalendarStore store, FreeBusyOptions options) {
        this.store = store;
        this.options = options;
    }

    Reply query(RecordedRequest request) {
        JsonObject body = request.bodyJson();
        Instant timeMin = bound(body, "timeMin");
        Instant timeMax = bound(body, "timeMax");
        if (!timeMax.isAfter(timeMin)) {
            throw ApiError.timeRangeEmpty("timeMax");
        }
        Duration maxRange = options.maxRange();
        if (maxRange != null && Duration.between(timeMin, timeMax).compareTo(maxRange) > 0) {
            throw ApiError.timeRangeTooLong();
        }
        String zoneName = Json.string(body, "timeZone");
        ZoneId zone = zoneName == null ? ZoneOffset.UTC
                : Times.zone(zoneName).orElseThrow(() -> ApiError.invalid("Invalid time zone definition.", "timeZone"));
        int limit = MAX_CALENDARS;
        String expansionMax = Json.string(body, "calendarExpansionMax");
        if (expansionMax != null) {
            limit = Math.min(limit, Numbers.parse(expansionMax, "calendarExpansionMax"));
        }

        JsonObject calendars = new JsonObject();
        synchronized (store) {
            answerEach(body, limit, calendars, timeMin, timeMax, zone);
        }
        JsonObject answer = Json.of("kind", "calendar#freeBusy", "timeMin", Times.stamp(timeMin),
                "timeMax", Times.stamp(timeMax));
        answer.add("calendars", calendars);
        return Reply.json(200, answer);
    }

    private void answerEach(JsonObject body, int limit, JsonObject calendars, Instant timeMin, Instant timeMax,
            ZoneId zone) {
        int index = 0;
        for (JsonElement item : Json.array(body, "items")) {
            String id = Json.string(item.getAsJsonObject(), "id");
            if (id == null) {
                throw ApiError.required("Missing id in items.", "items");
            }
            String error = index++ >= limit ? "tooManyCalendarsRequested" : options.calendarError(id);
            FakeCalendar calendar = store.resolve(id);
            if (error == null && calendar == null) {
                error = "notFound";
            }
            calendars.add(id, error != null ? failed(error) : busy(calendar, timeMin, timeMax, zone));
        }
    }

    private JsonObject busy(FakeCalendar calendar, Instant timeMin, Instant timeMax, ZoneId zone) {
        List<Instant[]> periods = new ArrayList<>();
        for (StoredEvent event : store.eventsOf(calendar.id())) {
            if (event.cancelled() || "transparent".equals(Json.string(event.json, "transparency"))
                    || declinedBySelf(event.json)) {
                continue;
            }
            EventRules.Span span = EventRules.span(event.json, calendar.zone());
            if (span.overlaps(timeMin, timeMax)) {
                periods.add(options.clipToWindow()
                        ? new Instant[] {max(span.start(), timeMin), min(span.end(), timeMax)}
                        : new Instant[] {span.start(), span.end()});
            }
        }
        periods.sort(Comparator.comparing((Instant[] p) -> p[0]).thenComparing(p -> p[1]));
        if (options.mergeOverlaps()) {
            periods = merged(periods);
        }
        JsonArray busy = new JsonArray();
        for (Instant[] period : periods) {
            busy.add(Json.of("start", Times.inZone(period[0], zone), "end", Times.inZone(period[1], zone)));
        }
        JsonObject answer = new JsonObject();
        answer.add("busy", busy);
        return answer;
    }

    private static List<Instant[]> merged(List<Instant[]> sorted) {
        List<Instant[]> merged = new ArrayList<>();
        for (Instant[] period : sorted) {
            Instant[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !period[0].isAfter(last[1])) {
                last[1] = max(last[1], period[1]);
            } else {
                merged.add(new Instant[] {period[0], period[1]});
            }
        }
        return merged;
    }

    private static boolean declinedBySelf(JsonObject event) {
        for (JsonElement attendee : Json.array(event, "attendees")) {
            JsonObject person = attendee.getAsJsonObject();
            if ("true".equals(Json.string(person, "self"))
                    && "declined".equals(Json.string(person, "responseStatus"))) {
                return true;
            }
        }
        return false;
    }

    private static JsonObject failed(String reason) {
        JsonArray errors = new JsonArray();
        errors.add(Json.of("domain", "global", "reason", reason));
        JsonObject answer = new JsonObject();
        answer.add("errors", errors);
        answer.add("busy", new JsonArray());
        return answer;
    }

    private static Instant bound(JsonObject body, String name) {
        String value = Json.string(body, name);
        if (value == null) {
            throw ApiError.required("Missing " + name + " parameter.", name);
        }
        return Times.parseWithOffset(value)
                .orElseThrow(() -> ApiError.invalid("Invalid value for: " + name, name));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
