package dev.nextcall.adapters.google.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * events.list (§4.2, §10.4 row 4): time window filters with mandatory offsets, {@code orderBy} rules, search
 * and extended-property filters, paging, and sync tokens. The answer's top-level {@code timeZone} is the
 * calendar's: with only the events scopes it is how the app learns the primary calendar's zone.
 */
final class EventsListApi {

    private static final List<String> NOT_WITH_SYNC_TOKEN = List.of("iCalUID", "orderBy",
            "privateExtendedProperty", "q", "sharedExtendedProperty", "timeMin", "timeMax", "updatedMin");

    private final CalendarStore store;
    private final EventsApi events;

    EventsListApi(CalendarStore store, EventsApi events) {
        this.store = store;
        this.events = events;
    }

    Reply list(RecordedRequest request) {
        synchronized (store) {
            FakeCalendar calendar = events.readable(request.pathParam("calendarId"));
            ZoneId zone = EventsApi.responseZone(request, calendar);
            Predicate<StoredEvent> filter = request.queryParam("syncToken") != null
                    ? changedSince(request) : filter(request, calendar);
            List<StoredEvent> matching = new ArrayList<>(store.eventsOf(calendar.id()).stream().filter(filter).toList());
            sort(request, calendar, matching);

            int maxResults = maxResults(request);
            int offset = offset(request.queryParam("pageToken"));
            int until = Math.min(matching.size(), offset + maxResults);
            JsonArray items = new JsonArray();
            Instant updated = Instant.EPOCH;
            for (StoredEvent event : matching.subList(Math.min(offset, until), until)) {
                EventRules.completePendingConference(event.json);
                items.add(EventRules.render(event.json, zone));
            }
            for (StoredEvent event : store.eventsOf(calendar.id())) {
                updated = event.updated().isAfter(updated) ? event.updated() : updated;
            }

            JsonObject answer = Json.of("kind", "calendar#events", "etag", "\"p" + store.version() + "\"",
                    "summary", calendar.summary(), "updated", Times.stamp(updated),
                    "timeZone", calendar.timeZone(), "accessRole", calendar.accessRole());
            JsonArray reminders = new JsonArray();
            reminders.add(Json.of("method", "popup", "minutes", 10));
            answer.add("defaultReminders", reminders);
            if (until < matching.size()) {
                answer.addProperty("nextPageToken", token("page:" + until));
            } else {
                answer.addProperty("nextSyncToken", token("sync:" + store.syncEpoch() + ":" + store.version()));
            }
            answer.add("items", items);
            return Reply.json(200, answer);
        }
    }

    private Predicate<StoredEvent> filter(RecordedRequest request, FakeCalendar calendar) {
        Instant timeMin = time(request, "timeMin");
        Instant timeMax = time(request, "timeMax");
        if (timeMin != null && timeMax != null && !timeMax.isAfter(timeMin)) {
            throw ApiError.timeRangeEmpty("timeMax");
        }
        String orderBy = request.queryParam("orderBy");
        if (orderBy != null && !orderBy.equals("startTime") && !orderBy.equals("updated")) {
            throw ApiError.invalid("Invalid value for: orderBy", "orderBy");
        }
        if ("startTime".equals(orderBy) && !"true".equals(request.queryParam("singleEvents"))) {
            throw ApiError.orderingNotAvailable();
        }
        Instant updatedMin = time(request, "updatedMin");
        boolean showDeleted = "true".equals(request.queryParam("showDeleted"));
        String q = request.queryParam("q");
        String iCalUid = request.queryParam("iCalUID");
        List<String> eventTypes = request.queryParams("eventTypes");
        List<String[]> privateProps = properties(request, "privateExtendedProperty");
        List<String[]> sharedProps = properties(request, "sharedExtendedProperty");
        ZoneId zone = calendar.zone();
        return event -> {
            EventRules.Span span = EventRules.span(event.json, zone);
            return (showDeleted || !event.cancelled())
                    && (timeMin == null || span.end().isAfter(timeMin))
                    && (timeMax == null || span.start().isBefore(timeMax))
                    && (updatedMin == null || !event.updated().isBefore(updatedMin))
                    && (q == null || mentions(event.json, q))
                    && (iCalUid == null || iCalUid.equals(Json.string(event.json, "iCalUID")))
                    && (eventTypes.isEmpty() || eventTypes.contains(Json.string(event.json, "eventType")))
                    && hasAll(event.json, "private", privateProps)
                    && hasAll(event.json, "shared", sharedProps);
        };
    }

    /** Changes since a sync token, deleted events included; 410 once tokens were invalidated. */
    private Predicate<StoredEvent> changedSince(RecordedRequest request) {
        for (String other : NOT_WITH_SYNC_TOKEN) {
            if (request.queryParam(other) != null) {
                throw ApiError.invalid("Sync token cannot be used with " + other + ".", other);
            }
        }
        String[] parts = untoken(request.queryParam("syncToken")).split(":");
        if (parts.length != 3 || !parts[0].equals("sync") || !parts[1].equals(String.valueOf(store.syncEpoch()))) {
            throw ApiError.fullSyncRequired();
        }
        long since = Numbers.parse(parts[2], "syncToken");
        return event -> event.version > since;
    }

    private static void sort(RecordedRequest request, FakeCalendar calendar, List<StoredEvent> matching) {
        String orderBy = request.queryParam("orderBy");
        if ("startTime".equals(orderBy)) {
            matching.sort(Comparator.comparing((StoredEvent e) -> EventRules.span(e.json, calendar.zone()).start())
                    .thenComparing(StoredEvent::id));
        } else if ("updated".equals(orderBy)) {
            matching.sort(Comparator.comparing(StoredEvent::updated).thenComparing(StoredEvent::id));
        }
    }

    private static Instant time(RecordedRequest request, String name) {
        String value = request.queryParam(name);
        if (value == null) {
            return null;
        }
        return Times.parseWithOffset(value).orElseThrow(() -> ApiError.invalid("Bad Request", name));
    }

    private static int maxResults(RecordedRequest request) {
        String value = request.queryParam("maxResults");
        if (value == null) {
            return 250;
        }
        int max = Numbers.parse(value, "maxResults");
        if (max < 1) {
            throw ApiError.invalid("Invalid value for: maxResults", "maxResults");
        }
        return Math.min(max, 2500);
    }

    private static int offset(String pageToken) {
        if (pageToken == null) {
            return 0;
        }
        String text = untoken(pageToken);
        if (!text.startsWith("page:")) {
            throw ApiError.invalid("Invalid page token.", "pageToken");
        }
        return Numbers.parse(text.substring(5), "pageToken");
    }

    private static String token(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String untoken(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static List<String[]> properties(RecordedRequest request, String name) {
        List<String[]> pairs = new ArrayList<>();
        for (String value : request.queryParams(name)) {
            int equals = value.indexOf('=');
            if (equals < 1) {
                throw ApiError.invalid("Invalid value for: " + name, name);
            }
            pairs.add(new String[] {value.substring(0, equals), value.substring(equals + 1)});
        }
        return pairs;
    }

    private static boolean hasAll(JsonObject event, String kind, List<String[]> pairs) {
        JsonObject properties = Json.object(Json.object(event, "extendedProperties"), kind);
        for (String[] pair : pairs) {
            if (!pair[1].equals(Json.string(properties, pair[0]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentions(JsonObject event, String q) {
        String needle = q.toLowerCase(Locale.ROOT);
        StringBuilder haystack = new StringBuilder();
        for (String member : new String[] {"summary", "description", "location"}) {
            haystack.append(Json.string(event, member)).append('\n');
        }
        for (JsonElement attendee : Json.array(event, "attendees")) {
            haystack.append(Json.string(attendee.getAsJsonObject(), "email")).append('\n');
        }
        return haystack.toString().toLowerCase(Locale.ROOT).contains(needle);
    }
}
