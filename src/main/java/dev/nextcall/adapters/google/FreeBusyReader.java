package dev.nextcall.adapters.google;

import com.google.api.services.calendar.model.FreeBusyCalendar;
import com.google.api.services.calendar.model.FreeBusyRequest;
import com.google.api.services.calendar.model.FreeBusyRequestItem;
import com.google.api.services.calendar.model.FreeBusyResponse;
import dev.nextcall.domain.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code freebusy.query} over any window and any number of calendars: Google refuses ranges longer than
 * about 90 days ({@code timeRangeTooLong}) and answers for at most 50 calendars per query, so longer
 * windows and longer lists are split. A calendar Google could not read comes back with {@code errors}
 * inside a 200 answer; it is reported, never silently counted as free.
 */
final class FreeBusyReader {

    static final Duration MAX_SPAN = Duration.ofDays(90);
    static final int MAX_CALENDARS = 50;

    private final GoogleConnection google;

    FreeBusyReader(GoogleConnection google) {
        this.google = Objects.requireNonNull(google, "google");
    }

    /**
     * @param busy     merged, clipped to the window, sorted
     * @param problems calendar id → what is wrong with it, for the calendars that failed
     */
    record Answer(List<Interval> busy, Map<String, String> problems) {
        Answer {
            busy = List.copyOf(busy);
            problems = Map.copyOf(problems);
        }

        Answer clippedTo(Interval window) {
            return new Answer(Interval.clipAndMerge(busy, window), problems);
        }
    }

    Answer read(List<String> calendarIds, Interval window) throws ApiRefusal {
        List<Interval> busy = new ArrayList<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (Interval chunk : chunks(window)) {
            for (int from = 0; from < calendarIds.size(); from += MAX_CALENDARS) {
                List<String> ids = calendarIds.subList(from, Math.min(calendarIds.size(), from + MAX_CALENDARS));
                FreeBusyResponse response = query(ids, chunk);
                for (String id : ids) {
                    FreeBusyCalendar calendar = find(response, id);
                    FreeBusyMapper.problem(calendar).ifPresentOrElse(
                            problem -> problems.putIfAbsent(id, problem),
                            () -> busy.addAll(FreeBusyMapper.busy(calendar)));
                }
            }
        }
        return new Answer(Interval.clipAndMerge(busy, window), problems);
    }

    private FreeBusyResponse query(List<String> ids, Interval chunk) throws ApiRefusal {
        List<FreeBusyRequestItem> items = ids.stream().map(id -> new FreeBusyRequestItem().setId(id)).toList();
        FreeBusyRequest request = new FreeBusyRequest()
                .setTimeMin(GoogleTimes.utc(chunk.start()))
                .setTimeMax(GoogleTimes.utc(chunk.end()))
                .setItems(items);
        return google.execute("read your free/busy time", client -> client.freebusy().query(request).execute());
    }

    /** Google keys the answer by the id as requested; tolerate a change of case in an address. */
    private static FreeBusyCalendar find(FreeBusyResponse response, String id) {
        Map<String, FreeBusyCalendar> calendars = response.getCalendars();
        if (calendars == null) {
            return null;
        }
        FreeBusyCalendar exact = calendars.get(id);
        if (exact != null) {
            return exact;
        }
        return calendars.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(id))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The window cut into pieces of at most {@link #MAX_SPAN}. */
    static List<Interval> chunks(Interval window) {
        List<Interval> chunks = new ArrayList<>();
        Instant start = window.start();
        while (start.isBefore(window.end())) {
            Instant end = start.plus(MAX_SPAN).isBefore(window.end()) ? start.plus(MAX_SPAN) : window.end();
            chunks.add(new Interval(start, end));
            start = end;
        }
        return chunks;
    }
}
