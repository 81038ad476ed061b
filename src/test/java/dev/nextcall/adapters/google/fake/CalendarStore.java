package dev.nextcall.adapters.google.fake;

import com.google.api.services.calendar.model.Event;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fake's calendars and events, and the test's way to seed and inspect them. One lock guards everything:
 * the API handlers hold it for a whole read-check-write, so two concurrent inserts of one id give exactly one
 * event and one 409.
 *
 * <p>The signed-in user owns the primary calendar, whose id is the user's e-mail. Events seeded here go
 * through the same checks as an API insert (id format, times, attendees) and get the same defaults.
 */
public final class CalendarStore {

    private final Clock clock;
    private final FakeCalendar primary;
    private final Map<String, FakeCalendar> calendars = new LinkedHashMap<>();
    private final Map<String, Map<String, StoredEvent>> events = new LinkedHashMap<>();
    private final List<StoredEvent> inserted = new ArrayList<>();
    private final List<EventWrite> writes = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private long version;
    private int syncEpoch;
    private boolean conferencesStartPending;

    CalendarStore(Clock clock, String userEmail, String timeZone) {
        this.clock = clock;
        this.primary = new FakeCalendar(userEmail, true, userEmail, timeZone);
        calendars.put(userEmail, primary);
        events.put(userEmail, new LinkedHashMap<>());
        settings.put("locale", "en");
        settings.put("weekStart", "0");
        settings.put("format24HourTime", "false");
        settings.put("dateFieldOrder", "MDY");
        settings.put("defaultEventLength", "60");
    }

    // ---- calendars

    /** The signed-in user's primary calendar. */
    public FakeCalendar primary() {
        return primary;
    }

    /** Adds a calendar the user owns (change its role or hide it from the list on the result). */
    public synchronized FakeCalendar add(String id, String summary, String timeZone) {
        if (calendars.containsKey(id) || id.equals("primary")) {
            throw new IllegalArgumentException("calendar exists: " + id);
        }
        FakeCalendar calendar = new FakeCalendar(id, false, summary, timeZone);
        calendars.put(id, calendar);
        events.put(id, new LinkedHashMap<>());
        return calendar;
    }

    /** A calendar by id ({@code primary} works). */
    public synchronized Optional<FakeCalendar> calendar(String id) {
        return Optional.ofNullable(resolve(id));
    }

    public synchronized List<FakeCalendar> calendars() {
        return List.copyOf(calendars.values());
    }

    // ---- events

    /** Seeds an event; returns its id. */
    public String seed(String calendarId, EventSeed seed) {
        return seed(calendarId, seed.toJson());
    }

    /** Seeds an event given as the client's own model class. */
    public String seed(String calendarId, Event event) {
        return seed(calendarId, Json.fromModel(event));
    }

    private synchronized String seed(String calendarId, JsonObject event) {
        FakeCalendar calendar = resolveOrFail(calendarId);
        return create(calendar, event, 1, false).id();
    }

    /** The event as the API would return it (in the calendar's zone), cancelled ones included. */
    public synchronized Optional<Event> event(String calendarId, String eventId) {
        FakeCalendar calendar = resolveOrFail(calendarId);
        StoredEvent stored = stored(calendar.id(), eventId);
        return Optional.ofNullable(stored).map(e -> toModel(e, calendar));
    }

    /** Every event of a calendar, cancelled ones included, in the order they were made. */
    public synchronized List<Event> events(String calendarId) {
        FakeCalendar calendar = resolveOrFail(calendarId);
        return events.get(calendar.id()).values().stream().map(e -> toModel(e, calendar)).toList();
    }

    /** The events the API inserted, on any calendar, in order, as they are now. */
    public synchronized List<Event> insertedEvents() {
        return inserted.stream().map(e -> toModel(e, calendars.get(e.calendarId))).toList();
    }

    /** Every insert, patch and delete the API applied, with its {@code sendUpdates}. */
    public synchronized List<EventWrite> writes() {
        return List.copyOf(writes);
    }

    /** An attendee answers an invitation: {@code accepted}, {@code tentative}, {@code declined}, {@code needsAction}. */
    public synchronized void respond(String calendarId, String eventId, String attendeeEmail, String responseStatus) {
        StoredEvent event = storedOrFail(calendarId, eventId);
        JsonObject attendee = null;
        for (JsonElement element : Json.array(event.json, "attendees")) {
            if (attendeeEmail.equalsIgnoreCase(Json.string(element.getAsJsonObject(), "email"))) {
                attendee = element.getAsJsonObject();
            }
        }
        if (attendee == null) {
            throw new IllegalArgumentException(attendeeEmail + " is not invited to " + eventId);
        }
        attendee.addProperty("responseStatus", Objects.requireNonNull(responseStatus));
        changed(event);
    }

    /** The event is cancelled the way a delete would (for example by its organizer); its id stays taken. */
    public synchronized void cancel(String calendarId, String eventId) {
        StoredEvent event = storedOrFail(calendarId, eventId);
        event.json.addProperty("status", "cancelled");
        changed(event);
    }

    /**
     * Removes an event without a trace, as if it had never been made (Google keeps a deleted event as
     * cancelled; {@link #cancel} does that). For long runs that book the same times again and again, such
     * as the click benchmark, so that every free/busy answer does not scan an ever longer list of
     * cancelled events.
     */
    public synchronized void forget(String calendarId, String eventId) {
        StoredEvent event = storedOrFail(calendarId, eventId);
        events.get(event.calendarId).remove(eventId);
        inserted.remove(event);
    }

    /** Every sync token handed out so far now answers 410 fullSyncRequired. */
    public synchronized void invalidateSyncTokens() {
        syncEpoch++;
    }

    /** Meet conferences are {@code pending} in the insert's answer and {@code success} from the next read on. */
    public synchronized CalendarStore conferencesStartPending(boolean pending) {
        conferencesStartPending = pending;
        return this;
    }

    /** A user setting ({@code timezone} always follows the primary calendar's zone). */
    public synchronized CalendarStore setting(String id, String value) {
        if (id.equals("timezone")) {
            primary.timeZone(value);
        } else {
            settings.put(id, value);
        }
        return this;
    }

    // ---- for the handlers (callers hold the lock for multi-step work)

    synchronized Map<String, String> settings() {
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.put("timezone", primary.timeZone());
        return all;
    }

    /** The calendar for a requested id, {@code primary} resolved; null if unknown. */
    synchronized FakeCalendar resolve(String requestedId) {
        return "primary".equals(requestedId) ? primary : calendars.get(requestedId);
    }

    synchronized StoredEvent stored(String calendarId, String eventId) {
        Map<String, StoredEvent> ofCalendar = events.get(calendarId);
        return ofCalendar == null ? null : ofCalendar.get(eventId);
    }

    synchronized List<StoredEvent> eventsOf(String calendarId) {
        return new ArrayList<>(events.getOrDefault(calendarId, Map.of()).values());
    }

    /** Checks and completes a new event and stores it, or throws the 400/409 Google would answer. */
    synchronized StoredEvent create(FakeCalendar calendar, JsonObject event, int conferenceDataVersion,
            boolean viaApi) {
        String id = Json.string(event, "id");
        if (id == null) {
            id = EventRules.newId();
            event.addProperty("id", id);
        } else {
            EventRules.requireValidClientId(id);
            if (stored(calendar.id(), id) != null) {
                throw ApiError.duplicate();
            }
        }
        if (event.has("recurrence")) {
            throw ApiError.of(501, "global", "notImplemented", "The fake does not expand recurring events.");
        }
        EventRules.span(event, calendar.zone());
        EventRules.withOffsets(event, calendar.zone());
        EventRules.normaliseAttendees(event, calendar);
        EventRules.validateReminders(event);
        EventRules.applyConference(event, conferenceDataVersion, conferencesStartPending, null);
        long next = ++version;
        EventRules.completeNew(event, calendar, now(), next);
        StoredEvent stored = new StoredEvent(calendar.id(), event, viaApi, next);
        events.get(calendar.id()).put(id, stored);
        if (viaApi) {
            inserted.add(stored);
        }
        return stored;
    }

    /** Marks an event changed: new etag, {@code updated}, and a place in the sync order. */
    synchronized void changed(StoredEvent event) {
        event.version = ++version;
        EventRules.touch(event.json, now(), event.version);
    }

    synchronized void recordWrite(EventWrite write) {
        writes.add(write);
    }

    synchronized long version() {
        return version;
    }

    synchronized int syncEpoch() {
        return syncEpoch;
    }

    Instant now() {
        return clock.instant();
    }

    private FakeCalendar resolveOrFail(String calendarId) {
        FakeCalendar calendar = resolve(calendarId);
        if (calendar == null) {
            throw new IllegalArgumentException("no calendar " + calendarId);
        }
        return calendar;
    }

    private StoredEvent storedOrFail(String calendarId, String eventId) {
        StoredEvent event = stored(resolveOrFail(calendarId).id(), eventId);
        if (event == null) {
            throw new IllegalArgumentException("no event " + eventId + " in " + calendarId);
        }
        return event;
    }

    private static Event toModel(StoredEvent event, FakeCalendar calendar) {
        return Json.toModel(EventRules.render(event.json, calendar.zone()), Event.class);
    }
}
