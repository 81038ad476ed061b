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
 * <p>Recurring events are expanded for the window asked about (see {@link IcsInstances}): the parse
 * is cached, the expansion is not, as it depends on the window and costs little next to parsing.
 */
public final class IcsCalendar implements CalendarSource, DaysOffSource {

    private static final Logger LOG = LoggerFactory.getLogger(IcsCalendar.class);

    private static final Comparator<CalendarEvent> BY_START = Comparator
            .comparing((CalendarEvent e) -> e.time().start())
            .thenComparing(e -> e.time().end())
            .thenComparing(CalendarEvent::title);

    private final List<Path> files;
    private final ZoneId floatingZone;
    private final IcsFileParser parser;
    private final Map<Path, Parsed> cache = new HashMap<>();

    /**
     * @param files        the .ics files to read, in any order
     * @param floatingZone the zone for floating times and all-day dates: the rep's zone
     */
    public IcsCalendar(List<Path> files, ZoneId floatingZone) {
        this.files = List.copyOf(files);
        this.floatingZone = Objects.requireNonNull(floatingZone, "floatingZone");
        this.parser = new IcsFileParser(Objects.requireNonNull(floatingZone, "floatingZone"));
    }

    @Override
    public List<Interval> busy(Interval window) {
        List<Interval> busy = new ArrayList<>();
        for (IcsOccurrence occurrence : occurrences(window)) {
            if (occurrence.isBusy()) {
                occurrence.interval().ifPresent(busy::add);
            }
        }
        return Interval.clipAndMerge(busy, window);
    }

    /** The timed, busy instances that overlap the window, recurring meetings each with its own time. */
    @Override
    public List<CalendarEvent> events(Interval window) {
        return occurrences(window).stream()
                .filter(IcsOccurrence::isMeeting)
                .map(IcsOccurrence::toCalendarEvent)
                .filter(event -> event.time().overlaps(window))
                .distinct()
                .sorted(BY_START)
                .toList();
    }

    /**
     * Every date covered by an all-day instance that is not cancelled, whatever its TRANSP: holiday
     * calendars mark their days free so that they do not block time, yet they are days off. A
     * yearly all-day series (a public holiday) gives its date every year.
     */
    @Override
    public Set<LocalDate> daysOff(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new TreeSet<>();
        if (!from.isBefore(to)) {
            return days;
        }
        // All-day instances sit at local midnight in the rep's zone; a day's margin covers any offset.
        Interval window = new Interval(from.minusDays(1).atStartOfDay(floatingZone).toInstant(),
                to.plusDays(1).atStartOfDay(floatingZone).toInstant());
        for (IcsOccurrence occurrence : occurrences(window)) {
            if (!occurrence.allDay() || occurrence.cancelled()) {
                continue;
            }
            LocalDate first = occurrence.firstDay();
            for (LocalDate day = first.isBefore(from) ? from : first; day.isBefore(occurrence.endDay()) && day.isBefore(to);
                    day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    private List<IcsOccurrence> occurrences(Interval window) {
        List<IcsOccurrence> occurrences = new ArrayList<>();
        for (Path file : files) {
            occurrences.addAll(instancesOf(file).touching(window));
        }
        return occurrences;
    }

    private synchronized IcsInstances instancesOf(Path file) {
        try {
            // Stamp first, read second: if the file changes in between, the next call sees a new stamp.
            FileStamp stamp = FileStamp.of(file);
            Parsed cached = cache.get(file);
            if (cached == null || !cached.stamp().equals(stamp)) {
                cached = parse(file, stamp, Files.readAllBytes(file));
                cache.put(file, cached);
            }
            return cached.instancesOrThrow();
        } catch (NoSuchFileException e) {
            cache.remove(file);
            return IcsInstances.NONE;
        } catch (IOException e) {
            throw new CalendarException("could not read " + file + ": " + IoReasons.describe(e), e);
        }
    }

    private Parsed parse(Path file, FileStamp stamp, byte[] content) {
        long started = System.nanoTime();
        try {
            IcsInstances instances = parser.parse(file, content);
            LOG.debug("read {} in {} ms", file, (System.nanoTime() - started) / 1_000_000);
            return new Parsed(stamp, instances, null);
        } catch (CalendarException e) {
            // Kept like a result: a broken file is not parsed again every few seconds, only once it changes.
            return new Parsed(stamp, null, e);
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
    private record Parsed(FileStamp stamp, IcsInstances instances, CalendarException failure) {
        IcsInstances instancesOrThrow() {
            if (failure != null) {
                throw new CalendarException(failure.getMessage(), failure);
            }
            return instances;
        }
    }
}
