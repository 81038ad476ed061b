package dev.nextcall.adapters.ics;

import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CalendarSource;
import dev.nextcall.app.port.DaysOffSource;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Busy time and events from local .ics files (the rep's own calendar.ics, exported calendars).
 *
 * <p>A file that does not exist is an empty calendar: a fresh data folder has no calendar.ics yet.
 * Each file is parsed once per version: the result (or the error) is kept until its modification
 * time or size changes, because the panel asks every few seconds. Calls are serialised, so the
 * class is safe to use from a background executor.
 *
 * <p>Recurring events contribute only their first (DTSTART) instance for now; expansion of
 * RRULE/RDATE comes in a later version.
 */
public final class IcsCalendar implements CalendarSource, DaysOffSource {

    private static final Logger LOG = LoggerFactory.getLogger(IcsCalendar.class);

    private static final Comparator<CalendarEvent> BY_START = Comparator
            .comparing((CalendarEvent e) -> e.time().start())
            .thenComparing(e -> e.time().end())
            .thenComparing(CalendarEvent::title);

    private final List<Path> files;
    private final IcsFileParser parser;
    private final Map<Path, Parsed> cache = new HashMap<>();

    /**
     * @param files        the .ics files to read, in any order
     * @param floatingZone the zone for floating times and all-day dates: the rep's zone
     */
    public IcsCalendar(List<Path> files, ZoneId floatingZone) {
        this.files = List.copyOf(files);
        this.parser = new IcsFileParser(Objects.requireNonNull(floatingZone, "floatingZone"));
    }

    @Override
    public List<Interval> busy(Interval window) {
        List<Interval> busy = new ArrayList<>();
        for (IcsEvent event : allEvents()) {
            if (event.isBusy()) {
                event.interval().ifPresent(busy::add);
            }
        }
        return Interval.clipAndMerge(busy, window);
    }

    @Override
    public List<CalendarEvent> events(Interval window) {
        return allEvents().stream()
                .filter(IcsEvent::isMeeting)
                .map(IcsEvent::toCalendarEvent)
                .filter(event -> event.time().overlaps(window))
                .distinct()
                .sorted(BY_START)
                .toList();
    }

    /**
     * Every date covered by an all-day event that is not cancelled, whatever its TRANSP: holiday
     * calendars mark their days free so that they do not block time, yet they are days off.
     */
    @Override
    public Set<LocalDate> daysOff(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new TreeSet<>();
        for (IcsEvent event : allEvents()) {
            if (!event.allDay() || event.cancelled()) {
                continue;
            }
            LocalDate first = event.start().toLocalDate();
            LocalDate end = event.end().toLocalDate();
            if (!end.isAfter(first)) {
                end = first.plusDays(1); // an all-day event without an end lasts its one day
            }
            for (LocalDate day = first.isBefore(from) ? from : first; day.isBefore(end) && day.isBefore(to);
                    day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    private List<IcsEvent> allEvents() {
        List<IcsEvent> events = new ArrayList<>();
        for (Path file : files) {
            events.addAll(eventsOf(file));
        }
        return events;
    }

    private synchronized List<IcsEvent> eventsOf(Path file) {
        try {
            // Stamp first, read second: if the file changes in between, the next call sees a new stamp.
            FileStamp stamp = FileStamp.of(file);
            Parsed cached = cache.get(file);
            if (cached == null || !cached.stamp().equals(stamp)) {
                cached = parse(file, stamp, Files.readAllBytes(file));
                cache.put(file, cached);
            }
            return cached.eventsOrThrow();
        } catch (NoSuchFileException e) {
            cache.remove(file);
            return List.of();
        } catch (IOException e) {
            throw new CalendarException("could not read " + file + ": " + IoReasons.describe(e), e);
        }
    }

    private Parsed parse(Path file, FileStamp stamp, byte[] content) {
        long started = System.nanoTime();
        try {
            List<IcsEvent> events = parser.parse(file, content);
            LOG.debug("read {} events from {} in {} ms", events.size(), file, (System.nanoTime() - started) / 1_000_000);
            return new Parsed(stamp, events, null);
        } catch (CalendarException e) {
            // Kept like a result: a broken file is not parsed again every few seconds, only once it changes.
            return new Parsed(stamp, List.of(), e);
        }
    }

    /** What identifies a version of a file cheaply, without reading it. */
    private record FileStamp(FileTime modified, long size) {
        static FileStamp of(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.lastModifiedTime(), attributes.size());
        }
    }

    /** The outcome of parsing one version of a file: its events, or why it could not be read. */
    private record Parsed(FileStamp stamp, List<IcsEvent> events, CalendarException failure) {
        List<IcsEvent> eventsOrThrow() {
            if (failure != null) {
                throw new CalendarException(failure.getMessage(), failure);
            }
            return events;
        }
    }
}
