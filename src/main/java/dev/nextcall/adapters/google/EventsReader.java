package dev.nextcall.adapters.google;

import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.Events;
import dev.nextcall.domain.Interval;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code events.list} over a window, every page: single instances of recurring events, by start time.
 * Pages may be short or even empty while a {@code nextPageToken} is present, so the token alone decides
 * when to stop. The answer's {@code timeZone} and {@code summary} are how we learn a calendar's zone and
 * (for the primary) the account's address without a settings or calendar-list scope.
 */
final class EventsReader {

    private static final int PAGE_SIZE = 250;
    /** A runaway paging loop (a server handing out tokens forever) stops here. */
    private static final int MAX_PAGES = 200;

    private final GoogleConnection google;

    EventsReader(GoogleConnection google) {
        this.google = Objects.requireNonNull(google, "google");
    }

    /** One calendar's events in a window, with what the answer said about the calendar itself. */
    record Listing(String summary, Optional<ZoneId> zone, List<Event> items) {
        Listing {
            summary = summary == null ? "" : summary;
            items = List.copyOf(items);
        }
    }

    /** Events that end after the window starts and start before it ends. */
    Listing list(String calendarId, Interval window) throws ApiRefusal {
        List<Event> items = new ArrayList<>();
        String summary = null;
        String zone = null;
        String pageToken = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String token = pageToken;
            Events events = google.execute("read the events of calendar " + calendarId, client -> client.events()
                    .list(calendarId)
                    .setTimeMin(GoogleTimes.utc(window.start()))
                    .setTimeMax(GoogleTimes.utc(window.end()))
                    .setSingleEvents(true)
                    .setOrderBy("startTime")
                    .setMaxResults(PAGE_SIZE)
                    .setPageToken(token)
                    .execute());
            if (events.getItems() != null) {
                items.addAll(events.getItems());
            }
            summary = summary == null ? events.getSummary() : summary;
            zone = zone == null ? events.getTimeZone() : zone;
            pageToken = events.getNextPageToken();
            if (pageToken == null || pageToken.isEmpty()) {
                break;
            }
        }
        return new Listing(summary, GoogleTimes.zone(zone), items);
    }

    /** The calendar's title and zone, from a one-event listing (cheap, and needs only the events scope). */
    Listing describe(String calendarId) throws ApiRefusal {
        Events events = google.execute("read calendar " + calendarId, client -> client.events()
                .list(calendarId)
                .setMaxResults(1)
                .execute());
        return new Listing(events.getSummary(), GoogleTimes.zone(events.getTimeZone()), List.of());
    }
}
