package dev.nextcall.adapters.ics;

import dev.nextcall.app.port.BookingGateway;
import dev.nextcall.app.port.BookingRequest;
import dev.nextcall.app.port.BookingResult;
import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CancelRequest;
import dev.nextcall.app.port.CancelResult;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.Interval;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Books into the local calendar.ics and writes an invitation file (METHOD:REQUEST) for the rep to
 * send, under {@code invites/<yyyy-MM-dd>-<eventId>.ics}; cancels such a booking again and writes
 * the notice (METHOD:CANCEL) next to it, {@code invites/<yyyy-MM-dd>-<eventId>-cancel.ics}.
 *
 * <p>Idempotent by event id: the event's UID is {@code <eventId>@nextcall}, and a booking whose UID
 * is already in calendar.ics is reported as booked without writing anything. The new VEVENT is
 * inserted before the final END:VCALENDAR with every other byte of the file kept, and both files
 * are replaced atomically. calendar.ics gets UTC times (no VTIMEZONE needs adding to a file other
 * programs own); the invitation gets the rep's TZID with its VTIMEZONE.
 *
 * <p>Cancelling keeps the event in calendar.ics as a record: its VEVENT is changed in place to
 * STATUS:CANCELLED with a higher SEQUENCE (so busy time no longer counts it), every other byte kept.
 * A cancelled event is neither found nor booked again under its id; cancelling it again is
 * {@link CancelResult.AlreadyGone}. Each operation writes the invitation or notice first and
 * calendar.ics last, so an interrupted one leaves the calendar as it was and can simply be retried.
 *
 * <p>One booking at a time per instance.
 */
public final class IcsBookingGateway implements BookingGateway {

    /** Event ids become file names: nothing that could leave the invites folder or need quoting. */
    private static final Pattern FILE_SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private final Path calendarFile;
    private final Path invitesFolder;
    private final Clock clock;
    private final FileWrites files;
    private final InviteTimeZones timeZones = new InviteTimeZones();

    /** How a whole file is replaced; a seam so that tests can make one write fail at a chosen step. */
    @FunctionalInterface
    interface FileWrites {
        void write(Path target, byte[] content) throws IOException;
    }

    /**
     * @param calendarFile  the local calendar, {@code calendar.ics}; created when missing
     * @param invitesFolder where invitations go; created when needed
     * @param clock         for DTSTAMP
     */
    public IcsBookingGateway(Path calendarFile, Path invitesFolder, Clock clock) {
        this(calendarFile, invitesFolder, clock, AtomicFiles::write);
    }

    IcsBookingGateway(Path calendarFile, Path invitesFolder, Clock clock, FileWrites files) {
        this.calendarFile = Objects.requireNonNull(calendarFile, "calendarFile");
        this.invitesFolder = Objects.requireNonNull(invitesFolder, "invitesFolder");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.files = Objects.requireNonNull(files, "files");
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
            Optional<CalendarFileText.StoredEvent> stored = CalendarFileText.find(calendar, BookingEventText.uidOf(request.eventId()));
            if (stored.isPresent() && stored.get().cancelled()) {
                return new BookingResult.Failed("the meeting " + request.eventId() + " in " + calendarFile
                        + " was cancelled, and a cancelled meeting is not booked again under the same event id;"
                        + " book it as a new meeting");
            }
            if (stored.isPresent()) {
                return booked(stored.get(), request.eventId());
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
                files.write(path, BookingEventText.invitation(request, stamp, timeZones.forZone(request.zone())));
                invite = Optional.of(path);
            } catch (IOException e) {
                return new BookingResult.Failed("could not write the invitation " + path + ": " + IoReasons.describe(e));
            }
        }
        try {
            files.write(calendarFile, updated.get());
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

    /**
     * Cancels one of our bookings: the notice first (when the event invited anybody), then
     * calendar.ics with the event marked cancelled. The notice uses the zone of the booking's own
     * invitation, so both carry the same VTIMEZONE; with that invitation gone it is written in UTC.
     */
    @Override
    public synchronized CancelResult cancel(CancelRequest request) {
        String eventId = request.eventId();
        if (!FILE_SAFE_ID.matcher(eventId).matches()) {
            // No local booking can have this id (book() refuses it), so there is nothing to cancel.
            return new CancelResult.AlreadyGone(eventId);
        }
        byte[] calendar;
        try {
            calendar = readCalendar();
        } catch (IOException e) {
            return new CancelResult.Failed("could not read " + calendarFile + ": " + IoReasons.describe(e));
        }
        Optional<Path> invitation;
        try {
            invitation = existingInvite(eventId);
        } catch (IOException e) {
            return new CancelResult.Failed("could not read " + invitesFolder + ": " + IoReasons.describe(e));
        }
        String uid = BookingEventText.uidOf(eventId);
        Optional<CalendarFileText.StoredEvent> stored = CalendarFileText.find(calendar, uid);
        if (stored.isEmpty() || stored.get().cancelled()) {
            return new CancelResult.AlreadyGone(eventId);
        }
        Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        int sequence = stored.get().sequence() + 1;
        byte[] updated = CalendarFileText.cancel(calendar, uid, sequence, stamp).orElseThrow();

        Optional<Path> notice = Optional.empty();
        if (CancellationText.hasAnyoneToTell(stored.get())) {
            Optional<CalendarLines.Component> invited = invitation.flatMap(IcsBookingGateway::eventOfInvitation);
            ZoneId zone = invited.flatMap(IcsBookingGateway::zoneOf).orElse(ZoneOffset.UTC);
            Optional<Interval> times = CancellationText.timesOf(stored.get().event())
                    .or(() -> invited.flatMap(CancellationText::timesOf));
            Path path = noticePathFor(eventId, invitation, times, zone);
            try {
                files.write(path, CancellationText.notice(stored.get(), times, sequence, stamp, timeZones.forZone(zone), zone));
                notice = Optional.of(path);
            } catch (IOException e) {
                return new CancelResult.Failed("could not write the cancellation " + path + ": " + IoReasons.describe(e)
                        + "; the meeting was not cancelled");
            }
        }
        try {
            files.write(calendarFile, updated);
        } catch (IOException e) {
            return new CancelResult.Failed("could not write " + calendarFile + ": " + IoReasons.describe(e)
                    + "; the meeting was not cancelled" + withdrawn(notice));
        }
        return new CancelResult.Cancelled(eventId, notice.map(p -> p.toAbsolutePath().toString()).orElse(""));
    }

    private Optional<BookingResult.Booked> bookedIn(byte[] calendar, String eventId) throws IOException {
        Optional<CalendarFileText.StoredEvent> stored = CalendarFileText.find(calendar, BookingEventText.uidOf(eventId));
        if (stored.isEmpty() || stored.get().cancelled()) {
            return Optional.empty();
        }
        return Optional.of(booked(stored.get(), eventId));
    }

    private BookingResult.Booked booked(CalendarFileText.StoredEvent stored, String eventId) throws IOException {
        Optional<Path> invite = existingInvite(eventId);
        String link = stored.link().isEmpty() ? invite.map(p -> p.toUri().toString()).orElse("") : stored.link();
        return new BookingResult.Booked(eventId, link, invite.map(p -> p.toAbsolutePath().toString()).orElse(""));
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

    /**
     * The booking invitation's name with {@code -cancel}, so the two files sort together; without
     * it, the meeting's date in the notice's zone (the day of cancelling if its time is unknown).
     */
    private Path noticePathFor(String eventId, Optional<Path> invitation, Optional<Interval> times, ZoneId zone) {
        if (invitation.isPresent()) {
            String name = invitation.get().getFileName().toString();
            return invitesFolder.resolve(name.substring(0, name.length() - ".ics".length()) + "-cancel.ics");
        }
        Instant day = times.map(Interval::start).orElse(clock.instant());
        return invitesFolder.resolve(day.atZone(zone).toLocalDate() + "-" + eventId + "-cancel.ics");
    }

    /** The VEVENT of the booking's invitation; empty when it cannot be read. */
    private static Optional<CalendarLines.Component> eventOfInvitation(Path invitation) {
        try {
            return CalendarLines.components(Files.readAllBytes(invitation)).stream()
                    .filter(component -> component.type().equals("VEVENT"))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The zone an invitation wrote its times in: the TZID of its DTSTART, when it names a zone we
     * know (we wrote it from one). Empty for a UTC invitation.
     */
    private static Optional<ZoneId> zoneOf(CalendarLines.Component invited) {
        return invited.first("DTSTART").flatMap(start -> start.parameter("TZID")).flatMap(IcsBookingGateway::zoneNamed);
    }

    private static Optional<ZoneId> zoneNamed(String tzid) {
        try {
            return Optional.of(ZoneId.of(tzid));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Removes an invitation whose booking did not land, so no file invites to a meeting that is not
     * there; likewise a cancellation notice whose cancellation did not land, as the meeting is still on.
     */
    private static String withdrawn(Optional<Path> invite) {
        if (invite.isEmpty()) {
            return "";
        }
        try {
            Files.deleteIfExists(invite.get());
            return "";
        } catch (IOException e) {
            return "; the file " + invite.get() + " could not be removed either (" + IoReasons.describe(e)
                    + "): do not send it";
        }
    }
}
