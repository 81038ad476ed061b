package dev.nextcall.adapters.google.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/** calendarList.list/get, settings.list/get and calendars.get (§5, §10.4 rows 7–9). */
final class CalendarListApi {

    private static final List<String> ROLE_ORDER = List.of("freeBusyReader", "reader", "writer", "owner");

    private final CalendarStore store;

    CalendarListApi(CalendarStore store) {
        this.store = store;
    }

    Reply listCalendars(RecordedRequest request) {
        String minRole = request.queryParam("minAccessRole");
        if (minRole != null && !ROLE_ORDER.contains(minRole)) {
            throw ApiError.invalid("Invalid value for: minAccessRole", "minAccessRole");
        }
        int max = request.queryParam("maxResults") == null ? 100
                : Math.min(250, Math.max(1, Numbers.parse(request.queryParam("maxResults"), "maxResults")));
        List<FakeCalendar> visible = store.calendars().stream().filter(FakeCalendar::listed)
                .filter(c -> minRole == null || ROLE_ORDER.indexOf(c.accessRole()) >= ROLE_ORDER.indexOf(minRole))
                .toList();
        int offset = request.queryParam("pageToken") == null ? 0
                : Numbers.parse(request.queryParam("pageToken"), "pageToken");
        int until = Math.min(visible.size(), offset + max);
        JsonArray items = new JsonArray();
        for (FakeCalendar calendar : visible.subList(Math.min(offset, until), until)) {
            items.add(entry(calendar));
        }
        JsonObject answer = Json.of("kind", "calendar#calendarList", "etag", "\"p" + store.version() + "\"");
        if (until < visible.size()) {
            answer.addProperty("nextPageToken", String.valueOf(until));
        } else {
            answer.addProperty("nextSyncToken", "calendarList-" + store.version());
        }
        answer.add("items", items);
        return Reply.json(200, answer);
    }

    Reply getCalendar(RecordedRequest request) {
        FakeCalendar calendar = store.resolve(request.pathParam("calendarId"));
        if (calendar == null || !calendar.listed()) {
            throw ApiError.notFound();
        }
        return Reply.json(200, entry(calendar));
    }

    Reply calendar(RecordedRequest request) {
        FakeCalendar calendar = store.resolve(request.pathParam("calendarId"));
        if (calendar == null || !calendar.canReadEvents()) {
            throw ApiError.notFound();
        }
        return Reply.json(200, Json.of("kind", "calendar#calendar", "etag", "\"c" + calendar.id().hashCode() + "\"",
                "id", calendar.id(), "summary", calendar.summary(), "timeZone", calendar.timeZone()));
    }

    Reply listSettings(RecordedRequest request) {
        JsonArray items = new JsonArray();
        for (Map.Entry<String, String> setting : store.settings().entrySet()) {
            items.add(setting(setting.getKey(), setting.getValue()));
        }
        JsonObject answer = Json.of("kind", "calendar#settings", "etag", "\"s" + store.version() + "\"",
                "nextSyncToken", "settings-" + store.version());
        answer.add("items", items);
        return Reply.json(200, answer);
    }

    Reply getSetting(RecordedRequest request) {
        String id = request.pathParam("setting");
        String value = store.settings().get(id);
        if (value == null) {
            throw ApiError.notFound();
        }
        return Reply.json(200, setting(id, value));
    }

    private static JsonObject setting(String id, String value) {
        return Json.of("kind", "calendar#setting", "etag", "\"" + Math.abs((id + value).hashCode()) + "\"",
                "id", id, "value", value);
    }

    private static JsonObject entry(FakeCalendar calendar) {
        JsonObject entry = Json.of("kind", "calendar#calendarListEntry",
                "etag", "\"" + Math.abs(calendar.toString().hashCode()) + "\"", "id", calendar.id(),
                "summary", calendar.summary(), "timeZone", calendar.timeZone(), "colorId", "14",
                "backgroundColor", "#9fe1e7", "foregroundColor", "#000000", "selected", true,
                "accessRole", calendar.accessRole());
        JsonArray reminders = new JsonArray();
        if (calendar.canWrite()) {
            reminders.add(Json.of("method", "popup", "minutes", 10));
        }
        entry.add("defaultReminders", reminders);
        if (calendar.isPrimary()) {
            entry.addProperty("primary", true);
        }
        return entry;
    }
}
