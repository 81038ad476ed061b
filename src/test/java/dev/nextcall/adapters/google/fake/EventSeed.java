package dev.nextcall.adapters.google.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event to seed into the fake ({@link CalendarStore#seed(String, EventSeed)}): timed or all-day, with
 * attendees and their answers, transparency, status and extended properties.
 *
 * <pre>{@code
 * fake.calendars().seed("primary", EventSeed.timed(start, end).summary("Demo with ACME")
 *         .attendee("buyer@acme.example", "accepted").attendee("room-1@resource.calendar.google.com", null));
 * }</pre>
 */
public final class EventSeed {

    private final JsonObject event = new JsonObject();
    private final JsonArray attendees = new JsonArray();
    private final Map<String, String> privateProperties = new LinkedHashMap<>();
    private final Map<String, String> sharedProperties = new LinkedHashMap<>();

    private EventSeed(JsonObject start, JsonObject end) {
        event.add("start", start);
        event.add("end", end);
    }

    /** A timed event given in UTC (the API renders it in the calendar's zone). */
    public static EventSeed timed(Instant start, Instant end) {
        return new EventSeed(Json.of("dateTime", Times.inZone(start, ZoneOffset.UTC)),
                Json.of("dateTime", Times.inZone(end, ZoneOffset.UTC)));
    }

    /** A timed event with its zone, as a calendar app writes it. */
    public static EventSeed timed(ZonedDateTime start, ZonedDateTime end) {
        return new EventSeed(
                Json.of("dateTime", Times.inZone(start.toInstant(), start.getZone()), "timeZone", start.getZone().getId()),
                Json.of("dateTime", Times.inZone(end.toInstant(), end.getZone()), "timeZone", end.getZone().getId()));
    }

    /** An all-day event from {@code first} up to {@code endExclusive} (a one-day event ends the next day). */
    public static EventSeed allDay(LocalDate first, LocalDate endExclusive) {
        return new EventSeed(Json.of("date", first.toString()), Json.of("date", endExclusive.toString()));
    }

    /** A client-chosen id (base32hex, 5–1024 characters); otherwise the fake makes one. */
    public EventSeed id(String id) {
        event.addProperty("id", id);
        return this;
    }

    public EventSeed summary(String summary) {
        event.addProperty("summary", summary);
        return this;
    }

    public EventSeed description(String description) {
        event.addProperty("description", description);
        return this;
    }

    public EventSeed location(String location) {
        event.addProperty("location", location);
        return this;
    }

    /** An attendee who has not answered. */
    public EventSeed attendee(String email) {
        return attendee(email, null);
    }

    /** An attendee with an answer: accepted, tentative, declined or needsAction (null: needsAction). */
    public EventSeed attendee(String email, String responseStatus) {
        JsonObject attendee = Json.of("email", email);
        if (responseStatus != null) {
            attendee.addProperty("responseStatus", responseStatus);
        }
        attendees.add(attendee);
        return this;
    }

    /** A resource (meeting room) attendee, as Google lists rooms. */
    public EventSeed room(String email, String name) {
        attendees.add(Json.of("email", email, "displayName", name, "resource", true, "responseStatus", "accepted"));
        return this;
    }

    /** The event was organized by someone else: the user was invited. */
    public EventSeed organizer(String email) {
        event.add("organizer", Json.of("email", email));
        return this;
    }

    /** "Show me as available": left out of free/busy. */
    public EventSeed transparent() {
        event.addProperty("transparency", "transparent");
        return this;
    }

    /** {@code confirmed} (default), {@code tentative} or {@code cancelled}. */
    public EventSeed status(String status) {
        event.addProperty("status", status);
        return this;
    }

    public EventSeed privateProperty(String name, String value) {
        privateProperties.put(name, value);
        return this;
    }

    public EventSeed sharedProperty(String name, String value) {
        sharedProperties.put(name, value);
        return this;
    }

    /** {@code default}, {@code outOfOffice}, {@code focusTime}, {@code workingLocation}, … */
    public EventSeed eventType(String type) {
        event.addProperty("eventType", type);
        return this;
    }

    JsonObject toJson() {
        JsonObject json = event.deepCopy();
        if (!attendees.isEmpty()) {
            json.add("attendees", attendees.deepCopy());
        }
        if (!privateProperties.isEmpty() || !sharedProperties.isEmpty()) {
            JsonObject extended = new JsonObject();
            if (!privateProperties.isEmpty()) {
                extended.add("private", Json.fromMap(privateProperties));
            }
            if (!sharedProperties.isEmpty()) {
                extended.add("shared", Json.fromMap(sharedProperties));
            }
            json.add("extendedProperties", extended);
        }
        return json;
    }
}
