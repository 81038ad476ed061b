package dev.nextcall.adapters.ics;

import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.DemoCalendar;
import dev.nextcall.domain.CalendarEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** calendar.ics filled with the demo's busy events, written atomically; the old file is kept beside it. */
public final class IcsDemoCalendar implements DemoCalendar {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Clock clock;

    public IcsDemoCalendar(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** A look at the text, not a parse: any VEVENT, even one ical4j would refuse, is the rep's. */
    @Override
    public boolean hasEvents() {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT)
                    .contains("BEGIN:VEVENT");
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new CalendarException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Path> replaceWith(List<CalendarEvent> events) {
        List<String> lines = new ArrayList<>(BookingEventText.header());
        String stamp = EventTimeFormat.utcValue(clock.instant());
        for (CalendarEvent event : events) {
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + event.id() + "@nextcall-demo");
            lines.add("DTSTAMP:" + stamp);
            lines.add("DTSTART:" + EventTimeFormat.utcValue(event.time().start()));
            lines.add("DTEND:" + EventTimeFormat.utcValue(event.time().end()));
            lines.add("SUMMARY:" + IcsText.escape(event.title()));
            lines.add("TRANSP:OPAQUE");
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        try {
            Optional<Path> aside = Optional.empty();
            if (Files.exists(file)) {
                Path target = unused(file.resolveSibling(file.getFileName() + ".before-demo-"
                        + STAMP.format(LocalDateTime.now(clock))));
                Files.copy(file, target);
                aside = Optional.of(target);
            }
            // Copy, then replace atomically: at no moment is there no calendar.ics.
            AtomicFiles.write(file, BookingEventText.bytes(lines));
            return aside;
        } catch (IOException e) {
            throw new CalendarException("could not write the demo calendar " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path unused(Path candidate) {
        Path path = candidate;
        for (int n = 2; Files.exists(path); n++) {
            path = candidate.resolveSibling(candidate.getFileName() + "-" + n);
        }
        return path;
    }
}
