package dev.nextcall.adapters.ics;

import dev.nextcall.app.port.BookingGateway;
import dev.nextcall.app.port.BookingRequest;
import dev.nextcall.app.port.BookingResult;
import dev.nextcall.app.port.CalendarException;
import dev.nextcall.domain.Attendee;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Books into the local calendar.ics and writes an invitation file (METHOD:REQUEST) for the rep to
 * send, under {@code invites/<yyyy-MM-dd>-<eventId>.ics}.
 *
 * <p>Idempotent by event id: the event's UID is {@code <eventId>@nextcall}, and a booking whose UID
 * is already in calendar.ics is reported as booked without writing anything. The new VEVENT is
 * inserted before the final END:VCALENDAR with every other byte of the file kept, and both files
 * are replaced atomically. calendar.ics gets UTC times (no VTIMEZONE needs adding to a file other
 * programs own); the invitation gets the rep's TZID with its VTIMEZONE.
 *
 * <p>One booking at a time per instance.
 */
public final class IcsBookingGateway implements BookingGateway {

    /** Event ids become file names: nothing that could leave the invites folder or need quoting. */
    private static final Pattern FILE_SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private final Path calendarFile;
    private final Path invitesFolder;
    private final Clock clock;
    private final InviteTimeZones timeZones = new InviteTimeZones();

    /**
     * @param calendarFile  the local calendar, {@code calendar.ics}; created when missing
     * @param invitesFolder where invitations go; created when needed
     * @param clock         for DTSTAMP
     */
    public IcsBookingGateway(Path calendarFile, Path invitesFolder, Clock clock) {
        this.calendarFile = Objects.requireNonNull(calendarFile, "calendarFile");
        this.invitesFolder = Objects.requireNonNull(invitesFolder, "invitesFolder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized BookingResult book(BookingRequest request) {
        Optional<String> refusal = refusalOf(request);
        if (refusal.isPresent()) {
            return new BookingResult.Failed(refusal.get());
        }
        byte[] calendar;
        try {
            calendar = readCalendar();
            Optional<BookingResult.Booked> earlier = bookedIn(calendar, request.eventId());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        } catch (IOException e) {
            return new BookingResult.Failed("could not read " + calendarFile + ": " + IoReasons.describe(e));
        }

        Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        byte[] event = BookingEventText.bytes(BookingEventText.vevent(request, stamp, EventTimeFormat.utc()));
        byte[] base = CalendarFileText.isBlank(calendar) ? BookingEventText.emptyCalendar() : calendar;
        Optional<byte[]> updated = CalendarFileText.insertBeforeEnd(base, event);
        if (updated.isEmpty()) {
            return new BookingResult.Failed(calendarFile + " has no END:VCALENDAR line, so the booking was not added;"
                    + " the file was left as it is");
        }

        Optional<Path> invite = Optional.empty();
        if (!request.attendees().isEmpty()) {
            Path path = invitePathFor(request);
            try {
                AtomicFiles.write(path, BookingEventText.invitation(request, stamp, timeZones.forZone(request.zone())));
                invite = Optional.of(path);
            } catch (IOException e) {
                return new BookingResult.Failed("could not write the invitation " + path + ": " + IoReasons.describe(e));
            }
        }
        try {
            AtomicFiles.write(calendarFile, updated.get());
        } catch (IOException e) {
            return new BookingResult.Failed("could not write " + calendarFile + ": " + IoReasons.describe(e)
                    + withdrawn(invite));
        }
        String link = request.meetingLink().isEmpty() ? invite.map(p -> p.toUri().toString()).orElse("") : request.meetingLink();
        return new BookingResult.Booked(request.eventId(), link, invite.map(p -> p.toAbsolutePath().toString()).orElse(""));
    }

    @Override
    public synchronized Optional<BookingResult.Booked> find(String eventId) {
        if (eventId == null || !FILE_SAFE_ID.matcher(eventId).matches()) {
            return Optional.empty();
        }
        try {
            return bookedIn(readCalendar(), eventId);
        } catch (IOException e) {
            throw new CalendarException("could not read " + calendarFile + ": " + IoReasons.describe(e), e);
        }
    }

    private Optional<BookingResult.Booked> bookedIn(byte[] calendar, String eventId) throws IOException {
        Optional<CalendarFileText.StoredEvent> stored = CalendarFileText.find(calendar, BookingEventText.uidOf(eventId));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> invite = existingInvite(eventId);
        String link = stored.get().link().isEmpty() ? invite.map(p -> p.toUri().toString()).orElse("") : stored.get().link();
        return Optional.of(new BookingResult.Booked(eventId, link, invite.map(p -> p.toAbsolutePath().toString()).orElse("")));
    }

    /** Why the request cannot be written as valid iCalendar, if it cannot. */
    private static Optional<String> refusalOf(BookingRequest request) {
        if (!FILE_SAFE_ID.matcher(request.eventId()).matches()) {
            return Optional.of("event id '" + request.eventId() + "' cannot be used for a local booking:"
                    + " only letters, digits, '-' and '_' are allowed");
        }
        List<Attendee> people = new ArrayList<>(request.attendees());
        people.add(request.organizer());
        for (Attendee person : people) {
            if (BookingEventText.calAddress(person).isEmpty()) {
                return Optional.of("the address '" + person.email() + "' cannot be written into a calendar invitation");
            }
        }
        return Optional.empty();
    }

    /** The calendar's bytes; none when it does not exist yet. */
    private byte[] readCalendar() throws IOException {
        try {
            return Files.readAllBytes(calendarFile);
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }

    private Path invitePathFor(BookingRequest request) {
        String day = request.time().start().atZone(request.zone()).toLocalDate().toString();
        return invitesFolder.resolve(day + "-" + request.eventId() + ".ics");
    }

    /** The invitation of an earlier booking of this id; its date is part of the name, so look for it. */
    private Optional<Path> existingInvite(String eventId) throws IOException {
        Pattern name = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-" + Pattern.quote(eventId) + "\\.ics");
        Path found = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(invitesFolder,
                entry -> name.matcher(entry.getFileName().toString()).matches() && Files.isRegularFile(entry))) {
            for (Path entry : entries) {
                if (found == null || entry.getFileName().toString().compareTo(found.getFileName().toString()) > 0) {
                    found = entry;
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(found);
    }

    /** Removes an invitation whose booking did not land, so no file invites to a meeting that is not there. */
    private static String withdrawn(Optional<Path> invite) {
        if (invite.isEmpty()) {
            return "";
        }
        try {
            Files.deleteIfExists(invite.get());
            return "";
        } catch (IOException e) {
            return "; the invitation " + invite.get() + " could not be removed either (" + IoReasons.describe(e)
                    + "): do not send it";
        }
    }
}
