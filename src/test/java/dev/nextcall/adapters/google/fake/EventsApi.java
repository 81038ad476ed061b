package dev.nextcall.adapters.google.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * events.insert, get, patch and delete (§10.4 rows 2, 3, 5, 6). Each runs under the store's lock, so a
 * write's check and its effect are one step.
 */
final class EventsApi {

    private static final Set<String> SEND_UPDATES = Set.of("all", "externalOnly", "none");
    /** Fields a patch cannot change. */
    private static final Set<String> READ_ONLY = Set.of("kind", "etag", "id", "htmlLink", "created", "updated",
            "creator", "organizer", "iCalUID", "hangoutLink", "eventType", "recurringEventId");
    /** Objects a patch replaces whole instead of merging (a new time, a new conference request). */
    private static final Set<String> REPLACED_WHOLE = Set.of("start", "end", "conferenceData", "originalStartTime");

    private final CalendarStore store;

    EventsApi(CalendarStore store) {
        this.store = store;
    }

    Reply insert(RecordedRequest request) {
        JsonObject body = request.bodyJson();
        Integer conferenceDataVersion = conferenceDataVersion(request);
        String sendUpdates = sendUpdates(request);
        synchronized (store) {
            FakeCalendar calendar = writable(request.pathParam("calendarId"));
            StoredEvent created = store.create(calendar, body,
                    conferenceDataVersion == null ? 0 : conferenceDataVersion, true);
            store.recordWrite(new EventWrite(EventWrite.Kind.INSERT, calendar.id(), created.id(), sendUpdates,
                    conferenceDataVersion));
            return Reply.json(200, EventRules.render(created.json, calendar.zone()));
        }
    }

    Reply get(RecordedRequest request) {
        synchronized (store) {
            FakeCalendar calendar = readable(request.pathParam("calendarId"));
            StoredEvent event = existing(calendar, request.pathParam("eventId"));
            completeConference(event);
            String ifNoneMatch = request.header("If-None-Match");
            if (ifNoneMatch != null && ifNoneMatch.equals(event.etag())) {
                return Reply.notModified();
            }
            return Reply.json(200, EventRules.render(event.json, responseZone(request, calendar)));
        }
    }

    Reply patch(RecordedRequest request) {
        JsonObject patch = request.bodyJson();
        Integer conferenceDataVersion = conferenceDataVersion(request);
        String sendUpdates = sendUpdates(request);
        synchronized (store) {
            FakeCalendar calendar = writable(request.pathParam("calendarId"));
            StoredEvent event = live(calendar, request);
            JsonObject before = event.json;
            if (patch.has("extendedProperties") && Json.object(Json.object(patch, "extendedProperties"), "shared") != null
                    && !isOrganizer(before)) {
                throw ApiError.forbiddenForNonOrganizer();
            }
            JsonObject merged = before.deepCopy();
            merge(merged, patch);
            EventRules.span(merged, calendar.zone());
            EventRules.withOffsets(merged, calendar.zone());
            EventRules.normaliseAttendees(merged, calendar);
            EventRules.validateReminders(merged);
            EventRules.applyConference(merged, conferenceDataVersion == null ? 0 : conferenceDataVersion,
                    false, Json.object(before, "conferenceData"));
            if (!merged.get("start").equals(before.get("start")) || !merged.get("end").equals(before.get("end"))) {
                merged.addProperty("sequence", merged.get("sequence").getAsInt() + 1);
            }
            event.json = merged;
            store.changed(event);
            store.recordWrite(new EventWrite(EventWrite.Kind.PATCH, calendar.id(), event.id(), sendUpdates,
                    conferenceDataVersion));
            return Reply.json(200, EventRules.render(merged, calendar.zone()));
        }
    }

    Reply delete(RecordedRequest request) {
        String sendUpdates = sendUpdates(request);
        synchronized (store) {
            FakeCalendar calendar = writable(request.pathParam("calendarId"));
            StoredEvent event = live(calendar, request);
            event.json.addProperty("status", "cancelled");
            store.changed(event);
            store.recordWrite(new EventWrite(EventWrite.Kind.DELETE, calendar.id(), event.id(), sendUpdates, null));
            return Reply.noContent();
        }
    }

    /** An event that may be changed: 404 if it never existed, 410 if deleted, 412 on an {@code If-Match} miss. */
    private StoredEvent live(FakeCalendar calendar, RecordedRequest request) {
        StoredEvent event = existing(calendar, request.pathParam("eventId"));
        if (event.cancelled()) {
            throw ApiError.deleted();
        }
        String ifMatch = request.header("If-Match");
        if (ifMatch != null && !ifMatch.equals(event.etag())) {
            throw ApiError.conditionNotMet();
        }
        return event;
    }

    private StoredEvent existing(FakeCalendar calendar, String eventId) {
        StoredEvent event = store.stored(calendar.id(), eventId);
        if (event == null) {
            throw ApiError.notFound();
        }
        return event;
    }

    private void completeConference(StoredEvent event) {
        String before = String.valueOf(event.json.get("hangoutLink"));
        EventRules.completePendingConference(event.json);
        if (!before.equals(String.valueOf(event.json.get("hangoutLink")))) {
            store.changed(event);
        }
    }

    /** Merges a patch: given members replace, objects merge member by member, arrays replace, null removes. */
    private static void merge(JsonObject target, JsonObject patch) {
        for (Map.Entry<String, JsonElement> member : patch.entrySet()) {
            String name = member.getKey();
            JsonElement value = member.getValue();
            if (READ_ONLY.contains(name)) {
                continue;
            }
            if (value.isJsonNull()) {
                target.remove(name);
            } else if (value.isJsonObject() && !REPLACED_WHOLE.contains(name) && target.get(name) != null
                    && target.get(name).isJsonObject()) {
                mergeNested(target.getAsJsonObject(name), value.getAsJsonObject());
            } else {
                target.add(name, value.deepCopy());
            }
        }
    }

    private static void mergeNested(JsonObject target, JsonObject patch) {
        for (Map.Entry<String, JsonElement> member : patch.entrySet()) {
            JsonElement value = member.getValue();
            JsonElement existing = target.get(member.getKey());
            if (value.isJsonNull()) {
                target.remove(member.getKey());
            } else if (value.isJsonObject() && existing != null && existing.isJsonObject()) {
                mergeNested(existing.getAsJsonObject(), value.getAsJsonObject());
            } else {
                target.add(member.getKey(), value.deepCopy());
            }
        }
    }

    private static boolean isOrganizer(JsonObject event) {
        JsonObject organizer = Json.object(event, "organizer");
        return organizer != null && "true".equals(Json.string(organizer, "self"));
    }

    /** The calendar for a write: 404 if unknown, 403 requiredAccessLevel without writer access. */
    private FakeCalendar writable(String calendarId) {
        FakeCalendar calendar = readable(calendarId);
        if (!calendar.canWrite()) {
            throw ApiError.requiredAccessLevel();
        }
        return calendar;
    }

    /** The calendar for a read: 404 if unknown or if the user sees only its free/busy. */
    FakeCalendar readable(String calendarId) {
        FakeCalendar calendar = store.resolve(calendarId);
        if (calendar == null || !calendar.canReadEvents()) {
            throw ApiError.notFound();
        }
        return calendar;
    }

    static ZoneId responseZone(RecordedRequest request, FakeCalendar calendar) {
        String asked = request.queryParam("timeZone");
        if (asked == null) {
            return calendar.zone();
        }
        return Times.zone(asked).orElseThrow(() -> ApiError.invalid("Invalid time zone definition.", "timeZone"));
    }

    private static Integer conferenceDataVersion(RecordedRequest request) {
        String value = request.queryParam("conferenceDataVersion");
        if (value == null) {
            return null;
        }
        if (!value.equals("0") && !value.equals("1")) {
            throw ApiError.invalid("Invalid conference data version.", "conferenceDataVersion");
        }
        return Integer.valueOf(value);
    }

    private static String sendUpdates(RecordedRequest request) {
        String value = request.queryParam("sendUpdates");
        if (value != null && !SEND_UPDATES.contains(value)) {
            throw ApiError.invalid("Invalid value for: sendUpdates", "sendUpdates");
        }
        return value;
    }
}
