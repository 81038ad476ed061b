package dev.nextcall.bench;

import dev.nextcall.adapters.ics.IcsCalendar;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4, item 8: busy time over 8 weeks of a 5,000-event calendar with recurrences and overrides,
 * at most 200 ms warm.
 *
 * <p>Two cases, because {@link IcsCalendar} keeps the parsed file until it changes:
 * <ul>
 *   <li>{@link #busyFileUnchanged}: what the panel pays every few seconds. The file is looked at (its
 *       modification time and size), the cached events are expanded for the window, merged and clipped.</li>
 *   <li>{@link #busyFirstReadAfterChange}: what the first question after an edit pays. Before each call
 *       the file's modification time moves, so the call reads the 5,000 events again, parses them (ical4j
 *       plus our own value reading) and then expands as above.</li>
 * </ul>
 * The calendar ({@link BusyIcsFile}, fixed seed) is written to a temporary file once per fork.
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class IcsBusyBenchmark {

    static final long SEED = 20261127L;
    static final int SINGLES = 3_750;
    static final int SERIES = 1_000;
    static final int OVERRIDES = 250;
    static final ZoneId REP_ZONE = ZoneId.of("Europe/Berlin");
    /** Eight weeks from Monday 15 June 2026, Berlin time: inside the two years of single events. */
    static final Interval WINDOW = new Interval(LocalDate.of(2026, 6, 15).atStartOfDay(REP_ZONE).toInstant(),
            LocalDate.of(2026, 8, 10).atStartOfDay(REP_ZONE).toInstant());

    @Benchmark
    public List<Interval> busyFileUnchanged(UnchangedFile file) {
        return file.calendar.busy(WINDOW);
    }

    @Benchmark
    public List<Interval> busyFirstReadAfterChange(ChangedFile file) {
        return file.calendar.busy(WINDOW);
    }

    /** The generated calendar in a file of its own, read by an {@link IcsCalendar} that has already parsed it once. */
    abstract static class CalendarFile {

        Path folder;
        Path file;
        IcsCalendar calendar;

        void write() throws IOException {
            String text = BusyIcsFile.generate(SEED, SINGLES, SERIES, OVERRIDES);
            if (BusyIcsFile.countEvents(text) != SINGLES + SERIES + OVERRIDES) {
                throw new IllegalStateException("expected 5,000 VEVENTs: " + BusyIcsFile.describe(text));
            }
            folder = Files.createTempDirectory("ics-bench");
            file = Files.writeString(folder.resolve("calendar.ics"), text, StandardCharsets.UTF_8);
            calendar = new IcsCalendar(List.of(file), REP_ZONE);
            List<Interval> busy = calendar.busy(WINDOW);
            List<CalendarEvent> events = calendar.events(WINDOW);
            long recurring = events.stream().filter(e -> e.id().contains("#")).count();
            // One line per fork, so the output shows what the input gives.
            System.out.printf("# %s; in the 8 weeks: %d busy intervals after merging, %d meetings (%d of them instances of series)%n",
                    BusyIcsFile.describe(text), busy.size(), events.size(), recurring);
        }

        void delete() throws IOException {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /** Nobody touches the file: every call finds the parse cached. */
    @State(Scope.Benchmark)
    public static class UnchangedFile extends CalendarFile {

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            write();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            delete();
        }
    }

    /** Before every call the file gets a new modification time, as after an edit: the cached parse is stale. */
    @State(Scope.Benchmark)
    public static class ChangedFile extends CalendarFile {

        private long touches;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            write();
        }

        @Setup(Level.Invocation)
        public void touch() throws IOException {
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(++touches)));
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            delete();
        }
    }
}
