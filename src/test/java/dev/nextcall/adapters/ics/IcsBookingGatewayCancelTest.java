package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.IcsTestFiles.at;
import static dev.nextcall.adapters.ics.IcsTestFiles.crlf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.app.port.BookingRequest;
import dev.nextcall.app.port.BookingResult;
import dev.nextcall.app.port.CancelRequest;
import dev.nextcall.app.port.CancelResult;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancelling a booking: calendar.ics changed in place, a METHOD:CANCEL notice, idempotent by event id. */
class IcsBookingGatewayCancelTest {

    private static final Clock BOOKED_AT = Clock.fixed(at("2024-03-01T10:15:30Z"), ZoneOffset.UTC);
    private static final Clock CANCELLED_AT = Clock.fixed(at("2024-03-02T08:45:10.500Z"), ZoneOffset.UTC);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Interval SLOT = new Interval(at("2024-03-05T14:00:00Z"), at("2024-03-05T14:30:00Z"));
    private static final Interval WEEK = new Interval(at("2024-03-04T00:00:00Z"), at("2024-03-11T00:00:00Z"));
    private static final Interval OUTLOOK_MEETING = new Interval(at("2024-03-05T09:00:00Z"), at("2024-03-05T10:00:00Z"));
    private static final Interval LATER_MEETING = new Interval(at("2024-03-06T15:00:00Z"), at("2024-03-06T16:00:00Z"));
    private static final Attendee REP = new Attendee("Rita Rep", "rita@seller.example");
    private static final Attendee PROSPECT = new Attendee("Doe, Jane", "jane.doe@acme.example");
    private static final Attendee COLLEAGUE = Attendee.ofEmail("cto@acme.example");
    private static final String EVENT_ID = "a1b2c3d4e5f6g7h8";
    private static final String UID_LINE = "UID:a1b2c3d4e5f6g7h8@nextcall";
    private static final String CANCEL_NAME = "2024-03-05-a1b2c3d4e5f6g7h8-cancel.ics";

    /** What another program wrote before our booking (folds, a VTIMEZONE, an alarm, a to-do). */
    private static final String BEFORE = crlf("""
            BEGIN:VCALENDAR
            PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
            VERSION:2.0
            X-WR-CALNAME:Rita – Kalender
            BEGIN:VTIMEZONE
            TZID:W. Europe Standard Time
            BEGIN:STANDARD
            DTSTART:16011028T030000
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:16010325T020000
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            END:DAYLIGHT
            END:VTIMEZONE
            BEGIN:VEVENT
            DTSTART;TZID="W. Europe Standard Time":20240305T100000
            DTEND;TZID="W. Europe Standard Time":20240305T110000
            DTSTAMP:20240301T101500Z
            UID:040000008200E00074C5B7101A82E008
            SUMMARY;LANGUAGE=de-de:Übergabe\\, Teil 1
            DESCRIPTION:Eine lange Beschreibung\\, die Outlook über mehrere Zeilen gefa
             ltet hat.
            STATUS:CONFIRMED
            SEQUENCE:2
            BEGIN:VALARM
            TRIGGER:-PT15M
            ACTION:DISPLAY
            DESCRIPTION:Reminder
            END:VALARM
            END:VEVENT
            """);

    /** What another program added after our booking, before the calendar's end. */
    private static final String AFTER = crlf("""
            BEGIN:VEVENT
            UID:later@example.com
            DTSTAMP:20240301T120000Z
            DTSTART:20240306T150000Z
            DTEND:20240306T160000Z
            SUMMARY:Board meeting
            STATUS:CONFIRMED
            SEQUENCE:0
            END:VEVENT
            BEGIN:VTODO
            UID:todo-1@example.com
            DTSTAMP:20240301T101500Z
            SUMMARY:Send deck
            END:VTODO
            END:VCALENDAR
            """);

    @TempDir
    Path folder;

    private Path calendarFile() {
        return folder.resolve("calendar.ics");
    }

    private Path invites() {
        return folder.resolve("invites");
    }

    private IcsBookingGateway gateway(Clock clock) {
        return new IcsBookingGateway(calendarFile(), invites(), clock);
    }

    private static BookingRequest request(List<Attendee> attendees) {
        return new BookingRequest(EVENT_ID, SLOT, BERLIN, "Follow-up: Acme", "Agreed follow-up actions:\nSend pricing",
                REP, attendees, "https://meet.example.com/abc-defg-hij");
    }

    private static CancelRequest cancelRequest() {
        return new CancelRequest(EVENT_ID);
    }

    /** Our booking between what other programs wrote before and after it. */
    private String bookBetweenOtherEvents() throws IOException {
        Files.writeString(calendarFile(), BEFORE + "END:VCALENDAR\r\n", StandardCharsets.UTF_8);
        assertThat(gateway(BOOKED_AT).book(request(List.of(PROSPECT, COLLEAGUE)))).isInstanceOf(BookingResult.Booked.class);
        String booked = read(calendarFile());
        String withLater = booked.substring(0, booked.lastIndexOf("END:VCALENDAR")) + AFTER;
        Files.writeString(calendarFile(), withLater, StandardCharsets.UTF_8);
        return withLater;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Calendar parse(Path file) throws Exception {
        return new CalendarBuilder().build(new StringReader(read(file)));
    }

    /** The content lines of a text, folds joined. */
    private static String[] lines(String text) {
        return text.replace("\r\n ", "").split("\r\n");
    }

    /** The lines of our VEVENT, from its BEGIN to its END. */
    private static List<String> ourEvent(String text) {
        List<String> all = Arrays.asList(lines(text));
        int uid = all.indexOf(UID_LINE);
        int begin = all.subList(0, uid).lastIndexOf("BEGIN:VEVENT");
        int end = uid + all.subList(uid, all.size()).indexOf("END:VEVENT");
        return all.subList(begin, end + 1);
    }

    private static VEvent ourVEvent(Calendar calendar) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .filter(event -> event.getUid().map(Property::getValue).orElse("").equals("a1b2c3d4e5f6g7h8@nextcall"))
                .findFirst().orElseThrow();
    }

    private static String valueOf(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        }
    }

    @Nested
    class CalendarFile {

        @Test
        void keepsEveryByteOutsideTheCancelledEvent() throws Exception {
            String before = bookBetweenOtherEvents();
            int begin = before.indexOf("BEGIN:VEVENT\r\n" + UID_LINE);
            int end = before.indexOf("END:VEVENT\r\n", begin) + "END:VEVENT\r\n".length();

            CancelResult result = gateway(CANCELLED_AT).cancel(cancelRequest());

            assertThat(result).isInstanceOf(CancelResult.Cancelled.class);
            String after = read(calendarFile());
            assertThat(after).startsWith(before.substring(0, begin)).endsWith(before.substring(end));
            String changed = after.substring(begin, after.length() - (before.length() - end));
            assertThat(changed).startsWith("BEGIN:VEVENT\r\n").endsWith("END:VEVENT\r\n");
            assertThat(changed.split("\r\n")).filteredOn(line -> line.startsWith("BEGIN:")).containsExactly("BEGIN:VEVENT");
        }

        @Test
        void changesOnlyStatusSequenceAndStampsInTheEvent() throws Exception {
            String before = bookBetweenOtherEvents();

            gateway(CANCELLED_AT).cancel(cancelRequest());

            Set<String> touched = Set.of("STATUS", "SEQUENCE", "DTSTAMP", "LAST-MODIFIED");
            List<String> was = ourEvent(before);
            List<String> is = ourEvent(read(calendarFile()));
            assertThat(is).filteredOn(line -> !touched.contains(line.split("[:;]")[0]))
                    .containsExactlyElementsOf(was.stream().filter(line -> !touched.contains(line.split("[:;]")[0])).toList());
            assertThat(was).contains("STATUS:CONFIRMED", "SEQUENCE:0", "DTSTAMP:20240301T101530Z");
            assertThat(is).contains("STATUS:CANCELLED", "SEQUENCE:1", "DTSTAMP:20240302T084510Z",
                    "LAST-MODIFIED:20240302T084510Z");
            // Replaced where they were; the missing LAST-MODIFIED goes last.
            assertThat(is.indexOf("STATUS:CANCELLED")).isEqualTo(was.indexOf("STATUS:CONFIRMED"));
            assertThat(is.get(is.size() - 2)).isEqualTo("LAST-MODIFIED:20240302T084510Z");
        }

        @Test
        void theEventStaysAsACancelledRecordThatIcal4jReads() throws Exception {
            bookBetweenOtherEvents();

            gateway(CANCELLED_AT).cancel(cancelRequest());

            Calendar calendar = parse(calendarFile());
            VEvent ours = ourVEvent(calendar);
            assertThat(valueOf(ours, Property.STATUS)).isEqualTo("CANCELLED");
            assertThat(valueOf(ours, Property.SEQUENCE)).isEqualTo("1");
            assertThat(valueOf(ours, Property.DTSTAMP)).isEqualTo("20240302T084510Z");
            assertThat(valueOf(ours, Property.SUMMARY)).isEqualTo("Follow-up: Acme");
            assertThat(calendar.<VEvent>getComponents(VEvent.VEVENT)).hasSize(3);
        }

        @Test
        void freesTheTimeAndKeepsEveryOtherMeeting() throws Exception {
            bookBetweenOtherEvents();
            assertThat(new IcsCalendar(List.of(calendarFile()), BERLIN).busy(WEEK))
                    .containsExactly(OUTLOOK_MEETING, SLOT, LATER_MEETING);

            gateway(CANCELLED_AT).cancel(cancelRequest());

            IcsCalendar calendar = new IcsCalendar(List.of(calendarFile()), BERLIN);
            assertThat(calendar.busy(WEEK)).containsExactly(OUTLOOK_MEETING, LATER_MEETING);
            assertThat(calendar.events(WEEK)).extracting(CalendarEvent::id).doesNotContain("a1b2c3d4e5f6g7h8@nextcall");
        }

        @Test
        void aFileWithLfLineEndsKeepsThemInTheChangedLines() throws Exception {
            gateway(BOOKED_AT).book(request(List.of(PROSPECT)));
            String lf = read(calendarFile()).replace("\r\n", "\n");
            Files.writeString(calendarFile(), lf, StandardCharsets.UTF_8);

            gateway(CANCELLED_AT).cancel(cancelRequest());

            String after = read(calendarFile());
            assertThat(after).doesNotContain("\r").contains("\nSTATUS:CANCELLED\n", "\nSEQUENCE:1\n", "\nLAST-MODIFIED:20240302T084510Z\n");
            assertThat(new IcsCalendar(List.of(calendarFile()), BERLIN).busy(WEEK)).isEmpty();
        }

        @Test
        void anEventUpdatedElsewhereGetsTheNextSequence() throws Exception {
            gateway(BOOKED_AT).book(request(List.of(PROSPECT)));
            // Another program moved the meeting and folded its status line; we cancel what it says now.
            String updated = read(calendarFile()).replace("SEQUENCE:0\r\n", "SEQUENCE:3\r\n")
                    .replace("STATUS:CONFIRMED\r\n", "STATUS:CON\r\n FIRMED\r\n");
            Files.writeString(calendarFile(), updated, StandardCharsets.UTF_8);

            gateway(CANCELLED_AT).cancel(cancelRequest());

            String[] after = lines(read(calendarFile()));
            assertThat(after).contains("SEQUENCE:4", "STATUS:CANCELLED").doesNotContain("SEQUENCE:3", "STATUS:CONFIRMED");
            assertThat(lines(read(invites().resolve(CANCEL_NAME)))).contains("SEQUENCE:4");
        }

        @Test
        void missingStatusAndSequenceAreAddedBeforeTheAlarm() throws Exception {
            Files.writeString(calendarFile(), crlf("""
                    BEGIN:VCALENDAR
                    VERSION:2.0
                    PRODID:-//Hand//Made//EN
                    BEGIN:VEVENT
                    UID:a1b2c3d4e5f6g7h8@nextcall
                    DTSTAMP:20240301T101530Z
                    DTSTART:20240305T140000Z
                    DTEND:20240305T143000Z
                    SUMMARY:Follow-up
                    BEGIN:VALARM
                    TRIGGER:-PT15M
                    ACTION:DISPLAY
                    DESCRIPTION:Reminder
                    END:VALARM
                    END:VEVENT
                    END:VCALENDAR
                    """), StandardCharsets.UTF_8);

            assertThat(gateway(CANCELLED_AT).cancel(cancelRequest())).isEqualTo(new CancelResult.Cancelled(EVENT_ID, ""));

            assertThat(read(calendarFile())).contains(crlf("""
                    SUMMARY:Follow-up
                    SEQUENCE:1
                    STATUS:CANCELLED
                    LAST-MODIFIED:20240302T084510Z
                    BEGIN:VALARM
                    """));
            assertThat(parse(calendarFile()).validate().getEntries()).isEmpty();
        }
    }

    @Nested
    class Idempotence {

        @Test
        void aSecondCancelIsAlreadyGoneAndChangesNothing() throws Exception {
            bookBetweenOtherEvents();
            IcsBookingGateway gateway = gateway(CANCELLED_AT);
            assertThat(gateway.cancel(cancelRequest())).isEqualTo(new CancelResult.Cancelled(EVENT_ID,
                    invites().resolve(CANCEL_NAME).toAbsolutePath().toString()));
            byte[] calendar = Files.readAllBytes(calendarFile());
            byte[] notice = Files.readAllBytes(invites().resolve(CANCEL_NAME));

            CancelResult again = new IcsBookingGateway(calendarFile(), invites(), Clock.offset(CANCELLED_AT, Duration.ofHours(1)))
                    .cancel(cancelRequest());

            assertThat(again).isEqualTo(new CancelResult.AlreadyGone(EVENT_ID));
            assertThat(Files.readAllBytes(calendarFile())).isEqualTo(calendar);
            assertThat(Files.readAllBytes(invites().resolve(CANCEL_NAME))).isEqualTo(notice);
        }

        @Test
        void anUnknownIdIsAlreadyGoneAndWritesNothing() throws Exception {
            bookBetweenOtherEvents();
            byte[] calendar = Files.readAllBytes(calendarFile());
            List<Path> invitesBefore = filesIn(invites());

            assertThat(gateway(CANCELLED_AT).cancel(new CancelRequest("unknownid123"))).isEqualTo(new CancelResult.AlreadyGone("unknownid123"));
            assertThat(gateway(CANCELLED_AT).cancel(new CancelRequest("../../etc/x"))).isEqualTo(new CancelResult.AlreadyGone("../../etc/x"));
            // Another program's event is not ours to cancel, even under its own UID.
            assertThat(gateway(CANCELLED_AT).cancel(new CancelRequest("later@example.com")))
                    .isEqualTo(new CancelResult.AlreadyGone("later@example.com"));

            assertThat(Files.readAllBytes(calendarFile())).isEqualTo(calendar);
            assertThat(filesIn(invites())).isEqualTo(invitesBefore);
        }

        @Test
        void withoutACalendarFileThereIsNothingToCancel() {
            assertThat(gateway(CANCELLED_AT).cancel(cancelRequest())).isEqualTo(new CancelResult.AlreadyGone(EVENT_ID));
            assertThat(calendarFile()).doesNotExist();
            assertThat(invites()).doesNotExist();
        }

        @Test
        void aCancelledEventIsNotFound() throws Exception {
            bookBetweenOtherEvents();
            IcsBookingGateway gateway = gateway(CANCELLED_AT);
            assertThat(gateway.find(EVENT_ID)).isPresent();

            gateway.cancel(cancelRequest());

            assertThat(gateway.find(EVENT_ID)).isEmpty();
        }

        @Test
        void aCancelledEventIsNotBookedAgainUnderItsId() throws Exception {
            bookBetweenOtherEvents();
            IcsBookingGateway gateway = gateway(CANCELLED_AT);
            gateway.cancel(cancelRequest());
            byte[] calendar = Files.readAllBytes(calendarFile());

            BookingResult again = gateway.book(request(List.of(PROSPECT)));

            assertThat(again).isInstanceOf(BookingResult.Failed.class);
            assertThat(((BookingResult.Failed) again).reason()).contains(EVENT_ID).contains("cancelled").contains("new meeting");
            assertThat(Files.readAllBytes(calendarFile())).isEqualTo(calendar);
        }
    }

    @Nested
    class Notice {

        private Path cancelAndGetNotice() throws Exception {
            bookBetweenOtherEvents();
            CancelResult.Cancelled cancelled = (CancelResult.Cancelled) gateway(CANCELLED_AT).cancel(cancelRequest());
            return Path.of(cancelled.invite());
        }

        @Test
        void isWrittenNextToTheInvitation() throws Exception {
            Path notice = cancelAndGetNotice();

            assertThat(notice).isEqualTo(invites().resolve(CANCEL_NAME).toAbsolutePath()).isRegularFile();
            assertThat(filesIn(invites())).extracting(p -> p.getFileName().toString())
                    .containsExactly("2024-03-05-a1b2c3d4e5f6g7h8-cancel.ics", "2024-03-05-a1b2c3d4e5f6g7h8.ics");
        }

        @Test
        void isACancelOfTheSameEventWithAHigherSequence() throws Exception {
            Path notice = cancelAndGetNotice();
            String[] request = lines(read(invites().resolve("2024-03-05-a1b2c3d4e5f6g7h8.ics")));

            String[] cancel = lines(read(notice));

            assertThat(request).contains("METHOD:REQUEST", "SEQUENCE:0");
            assertThat(cancel).contains(
                    "METHOD:CANCEL",
                    "PRODID:-//NextCall//NextCall//EN",
                    "VERSION:2.0",
                    UID_LINE,
                    "SEQUENCE:1",
                    "STATUS:CANCELLED",
                    "DTSTAMP:20240302T084510Z",
                    "SUMMARY:Follow-up: Acme",
                    "DTSTART;TZID=Europe/Berlin:20240305T150000",
                    "DTEND;TZID=Europe/Berlin:20240305T153000",
                    "ORGANIZER;CN=Rita Rep:mailto:rita@seller.example");
            assertThat(cancel).filteredOn(line -> line.startsWith("ATTENDEE"))
                    .containsExactlyElementsOf(Arrays.stream(request).filter(line -> line.startsWith("ATTENDEE")).toList())
                    .hasSize(2);
            assertThat(cancel).filteredOn(line -> line.startsWith("BEGIN:V"))
                    .containsExactly("BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "BEGIN:VEVENT");
        }

        @Test
        void carriesTheSameTimeZoneDefinitionAsTheInvitation() throws Exception {
            Path notice = cancelAndGetNotice();

            assertThat(vtimezone(read(notice))).isNotEmpty()
                    .isEqualTo(vtimezone(read(invites().resolve("2024-03-05-a1b2c3d4e5f6g7h8.ics"))));
        }

        @Test
        void parsesAndPassesIcal4jValidationForACancel() throws Exception {
            Calendar notice = parse(cancelAndGetNotice());

            assertThat(notice.getProperty(Property.METHOD).map(Property::getValue)).contains("CANCEL");
            assertThat(notice.validate().getEntries()).isEmpty();
            VEvent event = notice.<VEvent>getComponents(VEvent.VEVENT).get(0);
            assertThat(event.validate(new Method("CANCEL")).getEntries()).isEmpty();
            assertThat(event.getUid().map(Property::getValue)).contains("a1b2c3d4e5f6g7h8@nextcall");
            assertThat(event.<Property>getProperties(Property.ATTENDEE)).extracting(Property::getValue)
                    .containsExactly("mailto:jane.doe@acme.example", "mailto:cto@acme.example");
        }

        @Test
        void isReadBackAsCancelledFreeTime() throws Exception {
            Path notice = cancelAndGetNotice();

            assertThat(new IcsCalendar(List.of(notice), ZoneId.of("Pacific/Auckland")).busy(WEEK)).isEmpty();
        }

        @Test
        void withoutTheInvitationItIsWrittenInUtc() throws Exception {
            bookBetweenOtherEvents();
            Files.delete(invites().resolve("2024-03-05-a1b2c3d4e5f6g7h8.ics"));

            CancelResult.Cancelled cancelled = (CancelResult.Cancelled) gateway(CANCELLED_AT).cancel(cancelRequest());

            Path notice = Path.of(cancelled.invite());
            assertThat(notice.getFileName()).hasToString(CANCEL_NAME);
            assertThat(read(notice)).contains("DTSTART:20240305T140000Z\r\n", "DTEND:20240305T143000Z\r\n").doesNotContain("VTIMEZONE");
            assertThat(parse(notice).validate().getEntries()).isEmpty();
        }

        @Test
        void anEventMovedElsewhereInAnIanaZoneIsCancelledAtItsNewTime() throws Exception {
            gateway(BOOKED_AT).book(request(List.of(PROSPECT)));
            moveOurEvent("DTSTART;TZID=Europe/Berlin:20240305T170000", "DTEND;TZID=Europe/Berlin:20240305T173000");

            CancelResult.Cancelled cancelled = (CancelResult.Cancelled) gateway(CANCELLED_AT).cancel(cancelRequest());

            Path notice = Path.of(cancelled.invite());
            assertThat(lines(read(notice))).contains("DTSTART;TZID=Europe/Berlin:20240305T170000", "DTEND;TZID=Europe/Berlin:20240305T173000");
            assertThat(parse(notice).validate().getEntries()).isEmpty();
        }

        @Test
        void timesWeCannotReadAreTakenFromTheInvitation() throws Exception {
            gateway(BOOKED_AT).book(request(List.of(PROSPECT)));
            moveOurEvent("DTSTART;TZID=\"W. Europe Standard Time\":20240305T170000", "DTEND;TZID=\"W. Europe Standard Time\":20240305T173000");

            CancelResult.Cancelled cancelled = (CancelResult.Cancelled) gateway(CANCELLED_AT).cancel(cancelRequest());

            Path notice = Path.of(cancelled.invite());
            assertThat(lines(read(notice))).contains("DTSTART;TZID=Europe/Berlin:20240305T150000").noneMatch(line -> line.contains("W. Europe"));
            assertThat(parse(notice).validate().getEntries()).isEmpty();
        }

        private void moveOurEvent(String start, String end) throws IOException {
            String moved = read(calendarFile())
                    .replace("DTSTART:20240305T140000Z", start)
                    .replace("DTEND:20240305T143000Z", end);
            Files.writeString(calendarFile(), moved, StandardCharsets.UTF_8);
        }

        @Test
        void aMeetingWithoutAttendeesGetsNoNotice() throws Exception {
            gateway(BOOKED_AT).book(request(List.of()));

            assertThat(gateway(CANCELLED_AT).cancel(cancelRequest())).isEqualTo(new CancelResult.Cancelled(EVENT_ID, ""));
            assertThat(invites()).doesNotExist();
            assertThat(read(calendarFile())).contains("STATUS:CANCELLED\r\n");
        }

        private static List<String> vtimezone(String text) {
            List<String> all = Arrays.asList(lines(text));
            int begin = all.indexOf("BEGIN:VTIMEZONE");
            return begin < 0 ? List.of() : all.subList(begin, all.indexOf("END:VTIMEZONE") + 1);
        }
    }

    @Nested
    class Failures {

        @Test
        void aNoticeThatCannotBeWrittenLeavesTheCalendarAndTheFolderAsTheyWere() throws Exception {
            bookBetweenOtherEvents();
            byte[] calendar = Files.readAllBytes(calendarFile());
            // A non-empty folder where the notice should go: the final rename fails after the temp file was written.
            Path blocked = Files.createDirectories(invites().resolve(CANCEL_NAME));
            Files.writeString(blocked.resolve("keep.txt"), "x");
            List<Path> invitesBefore = filesIn(invites());

            CancelResult result = gateway(CANCELLED_AT).cancel(cancelRequest());

            assertThat(result).isInstanceOf(CancelResult.Failed.class);
            assertThat(((CancelResult.Failed) result).reason()).contains(CANCEL_NAME).contains("not cancelled");
            assertThat(Files.readAllBytes(calendarFile())).isEqualTo(calendar);
            assertThat(filesIn(invites())).isEqualTo(invitesBefore);
            assertThat(filesIn(folder)).extracting(p -> p.getFileName().toString()).containsExactly("calendar.ics", "invites");
            assertThat(gateway(CANCELLED_AT).find(EVENT_ID)).isPresent();
        }

        @Test
        void aFileInPlaceOfTheInvitesFolderFailsWithoutTouchingTheCalendar() throws Exception {
            gateway(BOOKED_AT).book(request(List.of(PROSPECT)));
            byte[] calendar = Files.readAllBytes(calendarFile());
            deleteRecursively(invites());
            Files.writeString(invites(), "not a folder");

            CancelResult result = gateway(CANCELLED_AT).cancel(cancelRequest());

            assertThat(result).isInstanceOf(CancelResult.Failed.class);
            assertThat(((CancelResult.Failed) result).reason()).contains("invites");
            assertThat(Files.readAllBytes(calendarFile())).isEqualTo(calendar);
            assertThat(filesIn(folder)).extracting(p -> p.getFileName().toString()).containsExactly("calendar.ics", "invites");
        }

        @Test
        void aCalendarThatCannotBeWrittenFailsAndWithdrawsTheNotice() throws Exception {
            bookBetweenOtherEvents();
            byte[] calendar = Files.readAllBytes(calendarFile());
            List<Path> invitesBefore = filesIn(invites());
            IcsBookingGateway.FileWrites diskFullForTheCalendar = (target, content) -> {
                if (target.equals(calendarFile())) {
                    throw new IOException("No space left on device");
                }
                AtomicFiles.write(target, content);
            };

            CancelResult result = new IcsBookingGateway(calendarFile(), invites(), CANCELLED_AT, diskFullForTheCalendar)
                    .cancel(cancelRequest());

            assertThat(result).isEqualTo(new CancelResult.Failed("could not write " + calendarFile()
                    + ": No space left on device; the meeting was not cancelled"));
            assertThat(Files.readAllBytes(calendarFile())).isEqualTo(calendar);
            assertThat(filesIn(invites())).isEqualTo(invitesBefore);
            // Nothing half-done: a retry that can write does the whole cancellation.
            assertThat(gateway(CANCELLED_AT).cancel(cancelRequest())).isInstanceOf(CancelResult.Cancelled.class);
        }

        @Test
        void anUnreadableCalendarFails() throws Exception {
            Files.createDirectories(calendarFile());

            CancelResult result = gateway(CANCELLED_AT).cancel(cancelRequest());

            assertThat(result).isInstanceOf(CancelResult.Failed.class);
            assertThat(((CancelResult.Failed) result).reason()).startsWith("could not read " + calendarFile());
        }

        private static void deleteRecursively(Path dir) throws IOException {
            try (Stream<Path> entries = Files.walk(dir)) {
                for (Path entry : entries.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(entry);
                }
            }
        }
    }
}
