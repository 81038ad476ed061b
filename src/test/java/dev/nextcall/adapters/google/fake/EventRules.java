package dev.nextcall.adapters.google.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What Calendar checks and fills in on an event (google-calendar.md §3 and §10.4 row 2). */
final class EventRules {

    private static final Pattern CLIENT_ID = Pattern.compile("^[a-v0-9]{5,1024}$");
    private static final String BASE32HEX = "0123456789abcdefghijklmnopqrstuv";
    private static final Set<String> RESPONSES = Set.of("needsAction", "declined", "tentative", "accepted");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An event's times as instants; all-day days begin at midnight in the calendar's zone. */
    record Span(Instant start, Instant end, boolean allDay) {
        boolean overlaps(Instant from, Instant until) {
            return start.isBefore(until) && end.isAfter(from);
        }
    }

    private EventRules() {
    }

    /** The event's span, or the 400 Google answers for a missing, malformed or empty range. */
    static Span span(JsonObject event, ZoneId calendarZone) {
        JsonObject start = Json.object(event, "start");
        JsonObject end = Json.object(event, "end");
        if (start == null) {
            throw ApiError.required("Missing start time.", null);
        }
        if (end == null) {
            throw ApiError.required("Missing end time.", null);
        }
        Instant from = instantOf(start, calendarZone, "start");
        Instant until = instantOf(end, calendarZone, "end");
        if (!until.isAfter(from)) {
            throw ApiError.timeRangeEmpty(null);
        }
        return new Span(from, until, Json.string(start, "date") != null);
    }

    private static Instant instantOf(JsonObject when, ZoneId calendarZone, String which) {
        String date = Json.string(when, "date");
        String dateTime = Json.string(when, "dateTime");
        try {
            if (date != null && dateTime == null) {
                return LocalDate.parse(date).atStartOfDay(calendarZone).toInstant();
            }
            if (dateTime != null && date == null) {
                return Times.parseWithOffset(dateTime).orElseGet(() -> {
                    ZoneId zone = Times.zone(Json.string(when, "timeZone")).orElseThrow(() -> ApiError.required(
                            "Missing time zone definition for " + which + " time.", null));
                    return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
                });
            }
        } catch (DateTimeParseException e) {
            throw ApiError.invalid("Invalid " + which + " time.", null);
        }
        throw ApiError.invalid("Invalid " + which + " time.", null);
    }

    /** Stores local times with their offset, as Google does once it has read them with their {@code timeZone}. */
    static void withOffsets(JsonObject event, ZoneId calendarZone) {
        for (String member : new String[] {"start", "end"}) {
            JsonObject when = Json.object(event, member);
            String dateTime = Json.string(when, "dateTime");
            if (dateTime != null && Times.parseWithOffset(dateTime).isEmpty()) {
                when.addProperty("dateTime", Times.inZone(instantOf(when, calendarZone, member),
                        Times.zone(Json.string(when, "timeZone")).orElse(calendarZone)));
            }
        }
    }

    static void requireValidClientId(String id) {
        if (!CLIENT_ID.matcher(id).matches()) {
            throw ApiError.invalidEventId();
        }
    }

    /** An id like the ones Google generates: 26 base32hex characters. */
    static String newId() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            id.append(BASE32HEX.charAt(RANDOM.nextInt(BASE32HEX.length())));
        }
        return id.toString();
    }

    /** Fills the read-only and defaulted fields of a new event. */
    static void completeNew(JsonObject event, FakeCalendar calendar, Instant now, long version) {
        String id = Json.string(event, "id");
        event.addProperty("kind", "calendar#event");
        event.addProperty("status", Json.string(event, "status") == null ? "confirmed" : Json.string(event, "status"));
        String eid = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((id + " " + calendar.id()).getBytes(StandardCharsets.UTF_8));
        event.addProperty("htmlLink", "https://www.google.com/calendar/event?eid=" + eid);
        event.addProperty("created", Times.stamp(now));
        if (!event.has("iCalUID")) {
            event.addProperty("iCalUID", id + "@google.com");
        }
        JsonObject self = Json.of("email", calendar.id(), "self", true);
        event.add("creator", self.deepCopy());
        if (Json.object(event, "organizer") == null) {
            event.add("organizer", self);
        } else {
            markSelf(Json.object(event, "organizer"), calendar);
        }
        if (!event.has("sequence")) {
            event.addProperty("sequence", 0);
        }
        if (!event.has("eventType")) {
            event.addProperty("eventType", "default");
        }
        if (!event.has("reminders")) {
            event.add("reminders", Json.of("useDefault", true));
        }
        touch(event, now, version);
    }

    static void touch(JsonObject event, Instant now, long version) {
        event.addProperty("etag", "\"" + (3_500_000_000_000_000L + version) + "\"");
        event.addProperty("updated", Times.stamp(now));
    }

    /** Attendees need an e-mail; a missing answer is needsAction; the calendar's owner is {@code self}. */
    static void normaliseAttendees(JsonObject event, FakeCalendar calendar) {
        for (JsonElement element : Json.array(event, "attendees")) {
            if (!element.isJsonObject() || Json.string(element.getAsJsonObject(), "email") == null) {
                throw ApiError.required("Missing attendee email.", null);
            }
            JsonObject attendee = element.getAsJsonObject();
            String response = Json.string(attendee, "responseStatus");
            if (response == null) {
                attendee.addProperty("responseStatus", "needsAction");
            } else if (!RESPONSES.contains(response)) {
                throw ApiError.invalid("Invalid attendee response status.", null);
            }
            markSelf(attendee, calendar);
        }
    }

    private static void markSelf(JsonObject person, FakeCalendar calendar) {
        String email = Json.string(person, "email");
        if (email != null && email.toLowerCase(Locale.ROOT).equals(calendar.id().toLowerCase(Locale.ROOT))) {
            person.addProperty("self", true);
        }
    }

    static void validateReminders(JsonObject event) {
        JsonArray overrides = Json.array(Json.object(event, "reminders"), "overrides");
        if (overrides.size() > 5) {
            throw ApiError.invalid("Cannot specify more than 5 override reminders.", null);
        }
        for (JsonElement element : overrides) {
            JsonObject override = element.getAsJsonObject();
            String minutes = Json.string(override, "minutes");
            String method = Json.string(override, "method");
            int value = minutes == null ? -1 : Numbers.parse(minutes, "reminders.overrides.minutes");
            if (value < 0 || value > 40_320 || !Set.of("email", "popup").contains(method)) {
                throw ApiError.invalid("Invalid reminder.", null);
            }
        }
    }

    /**
     * {@code conferenceDataVersion} 0 ignores conference data; 1 honours a {@code createRequest}: a Meet
     * conference for {@code hangoutsMeet} ({@code pending} first when asked), a failure for anything else.
     */
    static void applyConference(JsonObject event, int conferenceDataVersion, boolean startPending,
            JsonObject previousConference) {
        JsonObject conference = Json.object(event, "conferenceData");
        if (conferenceDataVersion == 0) {
            if (previousConference == null) {
                event.remove("conferenceData");
            } else {
                event.add("conferenceData", previousConference);
            }
            return;
        }
        JsonObject create = Json.object(conference, "createRequest");
        if (create == null) {
            return;
        }
        JsonObject previousCreate = Json.object(previousConference, "createRequest");
        String requestId = Json.string(create, "requestId");
        if (previousCreate != null && requestId != null && requestId.equals(Json.string(previousCreate, "requestId"))) {
            event.add("conferenceData", previousConference);
            return;
        }
        String type = Json.string(Json.object(create, "conferenceSolutionKey"), "type");
        if (!"hangoutsMeet".equals(type)) {
            create.add("status", Json.of("statusCode", "failure"));
            return;
        }
        create.add("status", Json.of("statusCode", "pending"));
        if (!startPending) {
            completePendingConference(event);
        }
    }

    /** A pending Meet request succeeds: conference id, entry point and {@code hangoutLink} appear. */
    static void completePendingConference(JsonObject event) {
        JsonObject conference = Json.object(event, "conferenceData");
        JsonObject create = Json.object(conference, "createRequest");
        if (create == null || !"pending".equals(Json.string(Json.object(create, "status"), "statusCode"))) {
            return;
        }
        String code = letters(3) + "-" + letters(4) + "-" + letters(3);
        String uri = "https://meet.google.com/" + code;
        JsonObject video = Json.of("entryPointType", "video", "uri", uri, "label", "meet.google.com/" + code);
        JsonArray entryPoints = new JsonArray();
        entryPoints.add(video);
        conference.add("entryPoints", entryPoints);
        JsonObject solution = Json.of("name", "Google Meet", "iconUri",
                "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png");
        solution.add("key", Json.of("type", "hangoutsMeet"));
        conference.add("conferenceSolution", solution);
        conference.addProperty("conferenceId", code);
        create.add("status", Json.of("statusCode", "success"));
        event.addProperty("hangoutLink", uri);
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return text.toString();
    }

    /** Times rendered the way Google answers: in the calendar's zone, or the one the request asked for. */
    static JsonObject render(JsonObject stored, ZoneId zone) {
        JsonObject copy = stored.deepCopy();
        for (String member : new String[] {"start", "end", "originalStartTime"}) {
            JsonObject when = Json.object(copy, member);
            String dateTime = Json.string(when, "dateTime");
            if (dateTime != null) {
                Times.parseWithOffset(dateTime).ifPresent(instant ->
                        when.addProperty("dateTime", Times.inZone(instant, zone)));
            }
        }
        return copy;
    }
}
