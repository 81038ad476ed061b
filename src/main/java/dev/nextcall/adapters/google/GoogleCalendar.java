package dev.nextcall.adapters.google;

import dev.nextcall.app.port.BusyPrefetcher;
import dev.nextcall.app.port.CalendarDirectory;
import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CalendarHealth;
import dev.nextcall.app.port.CalendarProblem;
import dev.nextcall.app.port.CalendarSource;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rep's Google calendars as the app reads them: busy time from {@code freebusy.query} over the
 * calendars chosen as busy (default: the primary), kept fresh by {@link #prefetch} so a booking's re-check
 * costs no round trip; the events around now from {@code events.list}; the failing calendars; and the
 * calendars with the rep's zone (the primary's).
 */
public final class GoogleCalendar implements CalendarSource, CalendarHealth, BusyPrefetcher, CalendarDirectory {

    private static final Logger LOG = Logger.getLogger(GoogleCalendar.class.getName());
    static final String PRIMARY = "primary";

    private final Supplier<List<String>> busyCalendarIds;
    private final Executor background;
    private final FreeBusyReader freeBusy;
    private final EventsReader events;
    private final BusyCache cache;
    private final HealthBoard health;
    private volatile ZoneId primaryZone;
    private final GoogleConnection google;
    /** The booking path is warmed once, with the first prefetch: a call is on, so a click may come. */
    private final AtomicBoolean bookingWarmed = new AtomicBoolean();

    /**
     * @param google          the shared connection
     * @param busyCalendarIds the calendars whose events count as busy, from the settings (Google calendar ids,
     *                        as shown under "Integrate calendar"); empty means the primary calendar only
     * @param freshness       how long a free/busy answer is reused, e.g. 60 s
     * @param background      where {@link #prefetch} reads (the app's executor for blocking work)
     */
    public GoogleCalendar(GoogleConnection google, Supplier<List<String>> busyCalendarIds, Duration freshness,
                          Executor background) {
        this.google = Objects.requireNonNull(google, "google");
        this.busyCalendarIds = Objects.requireNonNull(busyCalendarIds, "busyCalendarIds");
        this.background = Objects.requireNonNull(background, "background");
        this.freeBusy = new FreeBusyReader(google);
        this.events = new EventsReader(google);
        this.cache = new BusyCache(freshness, google.clock(), google::writes);
        this.health = new HealthBoard(google.clock());
    }

    @Override
    public List<Interval> busy(Interval window) {
        List<String> ids = calendarIds();
        Optional<FreeBusyReader.Answer> fresh = cache.fresh(window, ids);
        if (fresh.isPresent()) {
            return fresh.get().busy();
        }
        Optional<BusyCache.Flight> flying = cache.flying(window, ids);
        if (flying.isPresent()) {
            try {
                return flying.get().answer().join().clippedTo(window).busy();
            } catch (CompletionException | CancellationException e) {
                if (e.getCause() instanceof CalendarException calendar) {
                    throw calendar;
                }
                // The prefetch failed in an unexpected way: read ourselves.
            }
        }
        return read(cache.depart(window, ids)).clippedTo(window).busy();
    }

    /**
     * Refreshes the window's busy time on the background executor unless it was read recently (within
     * half the freshness) or a read of it is already under way. Returns at once.
     */
    @Override
    public void prefetch(Interval window) {
        List<String> ids = calendarIds();
        BusyCache.Flight flight;
        synchronized (cache) {
            if (cache.recentlyRead(window, ids)) {
                return;
            }
            flight = cache.depart(window, ids);
        }
        try {
            background.execute(() -> {
                try {
                    read(flight);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "prefetching Google free/busy failed: {0}", e.getMessage());
                }
                warmBookingOnce();
            });
        } catch (RejectedExecutionException e) {
            cache.crash(flight, new CalendarException("the app is shutting down", e));
        }
    }

    private void warmBookingOnce() {
        if (bookingWarmed.compareAndSet(false, true)) {
            try {
                BookingWarmUp.run(google);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "warming the booking path failed: {0}", e.getMessage());
            }
        }
    }

    private FreeBusyReader.Answer read(BusyCache.Flight flight) {
        flight.start();
        var readAt = cache.now();
        try {
            FreeBusyReader.Answer answer = freeBusy.read(flight.calendars(), flight.window());
            health.answered(flight.calendars(), answer.problems());
            cache.land(flight, readAt, answer);
            return answer;
        } catch (ApiRefusal refusal) {
            throw failed(flight, refusal.toCalendarException());
        } catch (CalendarException e) {
            throw failed(flight, e);
        } catch (RuntimeException e) {
            cache.crash(flight, e);
            throw e;
        }
    }

    private CalendarException failed(BusyCache.Flight flight, CalendarException e) {
        health.accountFailed(e.getMessage());
        cache.crash(flight, e);
        return e;
    }

    /**
     * Events of the busy calendars overlapping the window, by start: timed, not cancelled, not declined by
     * the rep, not free; attendees are the people other than the rep, rooms left out.
     */
    @Override
    public List<CalendarEvent> events(Interval window) {
        List<CalendarEvent> found = new ArrayList<>();
        for (String id : calendarIds()) {
            try {
                EventsReader.Listing listing = events.list(id, window);
                if (PRIMARY.equals(id)) {
                    listing.zone().ifPresent(zone -> primaryZone = zone);
                }
                listing.items().forEach(event -> EventMapper.toCalendarEvent(event).ifPresent(found::add));
                health.calendarFine(id);
            } catch (ApiRefusal refusal) {
                if (!refusal.gone()) {
                    health.accountFailed(refusal.describe());
                    throw refusal.toCalendarException();
                }
                health.calendarFailed(id, "not found, or not shared with you (" + refusal.getMessage() + ")");
            } catch (CalendarException e) {
                health.accountFailed(e.getMessage());
                throw e;
            }
        }
        health.accountFine();
        found.sort(Comparator.comparing((CalendarEvent e) -> e.time().start()).thenComparing(e -> e.time().end()));
        return found;
    }

    @Override
    public List<CalendarProblem> problems() {
        return health.problems();
    }

    /**
     * The primary calendar and the ones chosen in the settings, each described from a one-event listing.
     * Calendars not named in the settings are not listed: that would need the calendar-list scope, which
     * NextCall does not ask for (see the decision note).
     */
    @Override
    public List<CalendarInfo> calendars() {
        List<String> busy = calendarIds();
        Set<String> ids = new LinkedHashSet<>();
        ids.add(PRIMARY);
        ids.addAll(busy);
        List<CalendarInfo> list = new ArrayList<>();
        for (String id : ids) {
            boolean primary = PRIMARY.equals(id);
            try {
                EventsReader.Listing listing = events.describe(id);
                if (primary) {
                    listing.zone().ifPresent(zone -> primaryZone = zone);
                }
                list.add(new CalendarInfo(id, listing.summary(), primary, listing.zone(), busy.contains(id), ""));
            } catch (ApiRefusal refusal) {
                if (primary) {
                    throw refusal.toCalendarException();
                }
                list.add(new CalendarInfo(id, id, false, Optional.empty(), busy.contains(id),
                        refusal.gone() ? "not found, or not shared with you" : refusal.describe()));
            }
        }
        return list;
    }

    @Override
    public Optional<ZoneId> repZone() {
        ZoneId known = primaryZone;
        if (known != null) {
            return Optional.of(known);
        }
        try {
            Optional<ZoneId> zone = events.describe(PRIMARY).zone();
            zone.ifPresent(z -> primaryZone = z);
            return zone;
        } catch (ApiRefusal | CalendarException e) {
            return Optional.empty();
        }
    }

    /** The chosen calendars, cleaned: blank ones dropped, duplicates once, the primary when none. */
    private List<String> calendarIds() {
        Set<String> ids = new LinkedHashSet<>();
        List<String> chosen = busyCalendarIds.get();
        if (chosen != null) {
            chosen.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            ids.add(PRIMARY);
        }
        List<String> list = List.copyOf(ids);
        health.keepOnly(list);
        return list;
    }
}
