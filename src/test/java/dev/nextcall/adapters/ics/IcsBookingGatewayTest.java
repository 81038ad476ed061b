package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.IcsTestFiles.at;
import static dev.nextcall.adapters.ics.IcsTestFiles.crlf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.app.port.BookingRequest;
import dev.nextcall.app.port.BookingResult;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsBookingGatewayTest {

    private static final Clock CLOCK = Clock.fixed(at("2024-03-01T10:15:30.250Z"), ZoneOffset.UTC);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Interval SLOT = new Interval(at("2024-03-05T14:00:00Z"), at("2024-03-05T14:30:00Z"));
    private static final Interval WEEK = new Interval(at("2024-03-04T00:00:00Z"), at("2024-03-11T00:00:00Z"));
    private static final Attendee REP = new Attendee("Rita Rep", "rita@seller.example");
    private static final Attendee PROSPECT = new Attendee("Doe, Jane", "jane.doe@acme.example");
    private static final String LINK = "https://meet.example.com/abc-defg-hij";
    private static final String EVENT_ID = "a1b2c3d4e5f6g7h8";

    @TempDir
    Path folder;

    private Path calendarFile() {
        return folder.resolve("calendar.ics");
    }

    private Path invites() {
        return folder.resolve("invites");
    }

    private IcsBookingGateway gateway() {
        return new IcsBookingGateway(calendarFile(), invites(), CLOCK);
    }

    private static BookingRequest request(String title, String description, List<Attendee> attendees, String link) {
        return new BookingRequest(EVENT_ID, SLOT, BERLIN, title, description, REP, attendees, link);
    }

    private static BookingRequest followUp() {
        return request("Follow-up: Acme", "Agreed follow-up actions:\nSend pricing\n\nBooked with NextCall.", List.of(PROSPECT), LINK);
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Calendar parse(Path file) throws Exception {
        return new CalendarBuilder().build(new StringReader(read(file)));
    }

    /** The content lines of a written file, folds joined. */
    private static String[] lines(String text) {
        return text.replace("\r\n ", "").split("\r\n");
    }

    private static long occurrences(String text, String line) {
        return Arrays.stream(lines(text)).filter(line::equals).count();
    }

    /** A calendar some other program wrote: its bytes must survive a booking untouched. */
    private static final String EXISTING_BEFORE_END = crlf("""
            BEGIN:VCALENDAR
            PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
            VERSION:2.0
            METHOD:PUBLISH
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
            X-MICROSOFT-CDO-BUSYSTATUS:BUSY
            BEGIN:VALARM
            TRIGGER:-PT15M
            ACTION:DISPLAY
            DESCRIPTION:Reminder
            END:VALARM
            END:VEVENT
            BEGIN:VTODO
            UID:todo-1@example.com
            DTSTAMP:20240301T101500Z
            SUMMARY:Send deck
            END:VTODO
            """);

    @Nested
    class CalendarFile {

        @Test
        void appendsBeforeTheFinalEndKeepingEveryOtherByte() throws Exception {
            byte[] before = EXISTING_BEFORE_END.getBytes(StandardCharsets.UTF_8);
            byte[] end = "END:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
            Files.write(calendarFile(), concat(before, end));

            BookingResult result = gateway().book(followUp());

            assertThat(result).isInstanceOf(BookingResult.Booked.class);
            byte[] after = Files.readAllBytes(calendarFile());
            assertThat(after).startsWith(before).endsWith(end);
            String inserted = new String(after, before.length, after.length - before.length - end.length, StandardCharsets.UTF_8);
            assertThat(inserted).startsWith("BEGIN:VEVENT\r\n").endsWith("END:VEVENT\r\n");
            assertThat(inserted.split("\r\n")).filteredOn(line -> line.startsWith("BEGIN:")).containsExactly("BEGIN:VEVENT");
        }

        @Test
        void writesUtcTimesAndTheAgreedProperties() throws Exception {
            gateway().book(followUp());

            assertThat(lines(read(calendarFile()))).contains(
                    "UID:a1b2c3d4e5f6g7h8@nextcall",
                    "DTSTAMP:20240301T101530Z",
                    "DTSTART:20240305T140000Z",
                    "DTEND:20240305T143000Z",
                    "SUMMARY:Follow-up: Acme",
                    "LOCATION:https://meet.example.com/abc-defg-hij",
                    "URL:https://meet.example.com/abc-defg-hij",
                    "ORGANIZER;CN=Rita Rep:mailto:rita@seller.example",
                    "ATTENDEE;CN=\"Doe, Jane\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jane.doe@acme.example",
                    "SEQUENCE:0",
                    "STATUS:CONFIRMED",
                    "TRANSP:OPAQUE");
        }

        @Test
        void createsAMissingCalendarAndItsFolder() throws Exception {
            Path nested = folder.resolve("fresh-data-folder").resolve("calendar.ics");

            BookingResult result = new IcsBookingGateway(nested, invites(), CLOCK).book(followUp());

            assertThat(result).isInstanceOf(BookingResult.Booked.class);
            String text = read(nested);
            assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//NextCall//NextCall//EN\r\nCALSCALE:GREGORIAN\r\n")
                    .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
            assertThat(parse(nested).<VEvent>getComponents(VEvent.VEVENT)).hasSize(1);
        }

        @Test
        void aCalendarThatIsALinkStaysALink() throws Exception {
            Path synced = Files.createDirectories(folder.resolve("Dropbox"));
            Files.writeString(synced.resolve("calendar.ics"), EXISTING_BEFORE_END + "END:VCALENDAR\r\n", StandardCharsets.UTF_8);
            Files.createSymbolicLink(calendarFile(), Path.of("Dropbox", "calendar.ics"));

            BookingResult result = gateway().book(followUp());

            assertThat(result).isInstanceOf(BookingResult.Booked.class);
            assertThat(calendarFile()).isSymbolicLink();
            assertThat(read(synced.resolve("calendar.ics"))).startsWith(EXISTING_BEFORE_END).contains("UID:a1b2c3d4e5f6g7h8@nextcall\r\n");
            try (Stream<Path> left = Files.list(synced)) {
                assertThat(left).containsExactly(synced.resolve("calendar.ics"));
            }
        }

        @Test
        void bookingTheSameRequestTwiceMakesOneEvent() throws Exception {
            IcsBookingGateway gateway = gateway();
            BookingResult first = gateway.book(followUp());
            byte[] afterFirst = Files.readAllBytes(calendarFile());

            BookingResult second = gateway.book(followUp());

            assertThat(second).isEqualTo(first);
            assertThat(Files.readAllBytes(calendarFile())).isEqualTo(afterFirst);
            assertThat(occurrences(read(calendarFile()), "UID:a1b2c3d4e5f6g7h8@nextcall")).isEqualTo(1);
        }

        @Test
        void aRetryFromAnotherGatewayInstanceIsRecognisedToo() throws Exception {
            gateway().book(followUp());
            BookingResult again = new IcsBookingGateway(calendarFile(), invites(), Clock.offset(CLOCK, Duration.ofMinutes(5)))
                    .book(followUp());

            assertThat(again).isInstanceOf(BookingResult.Booked.class);
            assertThat(occurrences(read(calendarFile()), "UID:a1b2c3d4e5f6g7h8@nextcall")).isEqualTo(1);
        }

        @Test
        void concurrentBookingsOfOneRequestMakeOneEvent() throws Exception {
            IcsBookingGateway gateway = gateway();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<BookingResult>> results = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    results.add(pool.submit(() -> gateway.book(followUp())));
                }
                for (Future<BookingResult> result : results) {
                    assertThat(result.get()).isInstanceOf(BookingResult.Booked.class);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(occurrences(read(calendarFile()), "UID:a1b2c3d4e5f6g7h8@nextcall")).isEqualTo(1);
        }

        @Test
        void theBookedEventIsBusyAndAMeetingWhenReadBack() {
            gateway().book(followUp());

            IcsCalendar calendar = new IcsCalendar(List.of(calendarFile()), BERLIN);

            assertThat(calendar.busy(WEEK)).containsExactly(SLOT);
            assertThat(calendar.events(WEEK)).containsExactly(
                    new CalendarEvent("a1b2c3d4e5f6g7h8@nextcall", "Follow-up: Acme", SLOT, List.of(PROSPECT)));
        }

        @Test
        void anAppendedEventIsReadBackWithTheExistingOnes() throws Exception {
            Files.writeString(calendarFile(), EXISTING_BEFORE_END + "END:VCALENDAR\r\n", StandardCharsets.UTF_8);
            gateway().book(followUp());

            assertThat(new IcsCalendar(List.of(calendarFile()), BERLIN).busy(WEEK)).containsExactly(
                    new Interval(at("2024-03-05T09:00:00Z"), at("2024-03-05T10:00:00Z")), SLOT);
        }
    }

    @Nested
    class Text {

        @Test
        void specialCharactersAreEscapedAndComeBackUnchanged() throws Exception {
            String title = "Pricing, terms; next steps \\ Q&A";
            String description = "Line one\nLine two, with a comma; and a semicolon\r\nC:\\deals\\acme";
            gateway().book(request(title, description, List.of(PROSPECT), LINK));

            assertThat(read(calendarFile())).contains("SUMMARY:Pricing\\, terms\\; next steps \\\\ Q&A\r\n");
            VEvent written = parse(calendarFile()).<VEvent>getComponents(VEvent.VEVENT).get(0);
            assertThat(written.getProperty(Property.SUMMARY).map(Property::getValue)).contains(title);
            assertThat(written.getProperty(Property.DESCRIPTION).map(Property::getValue))
                    .contains("Line one\nLine two, with a comma; and a semicolon\nC:\\deals\\acme");
            assertThat(new IcsCalendar(List.of(calendarFile()), BERLIN).events(WEEK))
                    .extracting(CalendarEvent::title).containsExactly(title);
        }

        @Test
        void longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() throws Exception {
            String description = "Naïve café notes — ".repeat(12) + "🚀 launch".repeat(5);
            gateway().book(request("Follow-up", description, List.of(PROSPECT), LINK));

            String text = read(calendarFile());
            for (String line : text.split("\r\n")) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            }
            assertThat(text).contains("\r\n ");
            assertThat(Files.readAllBytes(calendarFile())).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
            VEvent written = parse(calendarFile()).<VEvent>getComponents(VEvent.VEVENT).get(0);
            assertThat(written.getProperty(Property.DESCRIPTION).map(Property::getValue)).contains(description);
        }
    }

    @Nested
    class Invitation {

        private Path bookAndGetInvite() {
            BookingResult.Booked booked = (BookingResult.Booked) gateway().book(followUp());
            return Path.of(booked.invite());
        }

        @Test
        void isWrittenUnderTheDateAndEventId() {
            Path invite = bookAndGetInvite();

            assertThat(invite).isEqualTo(invites().resolve("2024-03-05-a1b2c3d4e5f6g7h8.ics").toAbsolutePath());
            assertThat(invite).isRegularFile();
        }

        @Test
        void isARequestWithOrganizerAttendeeAndTheRepsTimeZone() throws Exception {
            String[] lines = lines(read(bookAndGetInvite()));

            assertThat(lines).contains(
                    "METHOD:REQUEST",
                    "PRODID:-//NextCall//NextCall//EN",
                    "VERSION:2.0",
                    "TZID:Europe/Berlin",
                    "UID:a1b2c3d4e5f6g7h8@nextcall",
                    "DTSTART;TZID=Europe/Berlin:20240305T150000",
                    "DTEND;TZID=Europe/Berlin:20240305T153000",
                    "ORGANIZER;CN=Rita Rep:mailto:rita@seller.example",
                    "ATTENDEE;CN=\"Doe, Jane\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jane.doe@acme.example");
            assertThat(lines).filteredOn(line -> line.startsWith("BEGIN:V")).containsExactly(
                    "BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "BEGIN:VEVENT");
        }

        @Test
        void carriesSequenceZeroAStampAndTheDefinitionOfTheZoneItUses() throws Exception {
            String[] lines = lines(read(bookAndGetInvite()));

            assertThat(lines).contains("SEQUENCE:0", "DTSTAMP:20240301T101530Z", "STATUS:CONFIRMED");
            assertThat(lines).filteredOn(line -> line.startsWith("TZID:")).containsExactly("TZID:Europe/Berlin");
            assertThat(lines).filteredOn(line -> line.startsWith("DTSTART;") || line.startsWith("DTEND;"))
                    .allMatch(line -> line.contains(";TZID=Europe/Berlin:"));
        }

        @Test
        void aRepWithoutANameIsTheOrganizerByAddressOnly() throws Exception {
            BookingRequest request = new BookingRequest(EVENT_ID, SLOT, BERLIN, "Follow-up", "",
                    Attendee.ofEmail("rita@seller.example"), List.of(Attendee.ofEmail("jane@acme.example")), "");
            Path invite = Path.of(((BookingResult.Booked) gateway().book(request)).invite());

            assertThat(lines(read(invite))).contains("ORGANIZER:mailto:rita@seller.example",
                    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jane@acme.example");
            assertThat(parse(invite).validate().getEntries()).isEmpty();
        }

        @Test
        void passesIcal4jsRulesForARequest() throws Exception {
            Calendar invite = parse(bookAndGetInvite());

            assertThat(invite.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
            assertThat(invite.<VEvent>getComponents(VEvent.VEVENT).get(0).validate(new Method("REQUEST")).getEntries()).isEmpty();
        }

        @Test
        void parsesAndPassesIcal4jValidation() throws Exception {
            Calendar invite = parse(bookAndGetInvite());

            assertThat(invite.validate().getEntries()).isEmpty();
            assertThat(invite.<VEvent>getComponents(VEvent.VEVENT)).singleElement()
                    .satisfies(event -> assertThat(event.getUid().map(Property::getValue)).contains("a1b2c3d4e5f6g7h8@nextcall"));
        }

        @Test
        void meansTheSameTimeAsTheCalendarEntry() {
            Path invite = bookAndGetInvite();

            assertThat(new IcsCalendar(List.of(invite), ZoneId.of("Pacific/Auckland")).busy(WEEK)).containsExactly(SLOT);
        }

        @Test
        void theUidIsStableAcrossSeparateBookings(@TempDir Path elsewhere) throws Exception {
            Path first = bookAndGetInvite();
            BookingResult.Booked second = (BookingResult.Booked) new IcsBookingGateway(
                    elsewhere.resolve("calendar.ics"), elsewhere.resolve("invites"), Clock.offset(CLOCK, Duration.ofDays(1)))
                    .book(followUp());

            assertThat(parse(Path.of(second.invite())).<VEvent>getComponents(VEvent.VEVENT).get(0).getUid())
                    .isEqualTo(parse(first).<VEvent>getComponents(VEvent.VEVENT).get(0).getUid());
        }

        @Test
        void aZoneWithoutDefinitionIsWrittenInUtcAndStillValidates() throws Exception {
            BookingRequest request = new BookingRequest(EVENT_ID, SLOT, ZoneOffset.ofHours(2), "Follow-up", "", REP, List.of(PROSPECT), "");
            BookingResult.Booked booked = (BookingResult.Booked) gateway().book(request);

            String text = read(Path.of(booked.invite()));
            assertThat(text).contains("DTSTART:20240305T140000Z\r\n").doesNotContain("VTIMEZONE");
            assertThat(parse(Path.of(booked.invite())).validate().getEntries()).isEmpty();
        }

        @Test
        void withoutAttendeesNoInvitationIsWritten() {
            BookingResult result = gateway().book(request("Prep", "", List.of(), LINK));

            assertThat(result).isEqualTo(new BookingResult.Booked(EVENT_ID, LINK, ""));
            assertThat(invites()).doesNotExist();
        }
    }

    @Nested
    class Results {

        @Test
        void theLinkIsTheMeetingLinkWhenThereIsOne() {
            BookingResult result = gateway().book(followUp());

            assertThat(result).isEqualTo(new BookingResult.Booked(EVENT_ID, LINK,
                    invites().resolve("2024-03-05-a1b2c3d4e5f6g7h8.ics").toAbsolutePath().toString()));
        }

        @Test
        void withoutMeetingLinkTheLinkIsTheInvitationFile() throws Exception {
            BookingResult.Booked booked = (BookingResult.Booked) gateway().book(request("Follow-up", "", List.of(PROSPECT), ""));

            assertThat(booked.link()).isEqualTo(Path.of(booked.invite()).toUri().toString());
            assertThat(read(calendarFile())).doesNotContain("LOCATION:").doesNotContain("URL:");
        }

        @Test
        void aLinkThatIsNotAUriGoesOnlyIntoLocation() throws Exception {
            gateway().book(request("Follow-up", "", List.of(PROSPECT), "Zoom 123 456, passcode 42"));

            assertThat(read(calendarFile())).contains("LOCATION:Zoom 123 456\\, passcode 42\r\n").doesNotContain("URL:");
        }

        @Test
        void findReturnsAnEarlierBookingWithItsInvitation() {
            IcsBookingGateway gateway = gateway();
            assertThat(gateway.find(EVENT_ID)).isEmpty();
            BookingResult booked = gateway.book(followUp());

            assertThat(gateway.find(EVENT_ID)).contains((BookingResult.Booked) booked);
            assertThat(new IcsBookingGateway(calendarFile(), invites(), CLOCK).find(EVENT_ID)).contains((BookingResult.Booked) booked);
            assertThat(gateway.find("someotherid")).isEmpty();
        }

        @Test
        void findWithoutTheInvitationFileStillFindsTheEvent() throws Exception {
            IcsBookingGateway gateway = gateway();
            BookingResult.Booked booked = (BookingResult.Booked) gateway.book(followUp());
            Files.delete(Path.of(booked.invite()));

            assertThat(gateway.find(EVENT_ID)).contains(new BookingResult.Booked(EVENT_ID, LINK, ""));
        }
    }

    @Nested
    class Failures {

        @Test
        void anInvitationThatCannotBeWrittenFailsWithoutTouchingTheCalendar() throws Exception {
            Files.writeString(calendarFile(), EXISTING_BEFORE_END + "END:VCALENDAR\r\n", StandardCharsets.UTF_8);
            byte[] before = Files.readAllBytes(calendarFile());
            // A non-empty folder where the invitation should go: the final rename fails, after the temp file was written.
            Path blocked = Files.createDirectories(invites().resolve("2024-03-05-a1b2c3d4e5f6g7h8.ics"));
            Files.writeString(blocked.resolve("keep.txt"), "x");

            BookingResult result = gateway().book(followUp());

            assertThat(result).isInstanceOf(BookingResult.Failed.class);
            assertThat(((BookingResult.Failed) result).reason()).contains("2024-03-05-a1b2c3d4e5f6g7h8.ics");
            assertThat(Files.readAllBytes(calendarFile())).isEqualTo(before);
            try (Stream<Path> left = Files.list(invites())) {
                assertThat(left).containsExactly(blocked);
            }
        }

        @Test
        void aCalendarThatCannotBeWrittenFailsAndWithdrawsTheInvitation() throws Exception {
            // The data folder is a link to a drive that is not mounted: reading finds no calendar, writing fails.
            Path unmounted = Files.createSymbolicLink(folder.resolve("data"), folder.resolve("unmounted").resolve("nextcall"));
            Path calendar = unmounted.resolve("calendar.ics");
            IcsBookingGateway gateway = new IcsBookingGateway(calendar, invites(), CLOCK);

            BookingResult result = gateway.book(followUp());

            assertThat(result).isInstanceOf(BookingResult.Failed.class);
            assertThat(((BookingResult.Failed) result).reason()).startsWith("could not write " + calendar);
            try (Stream<Path> left = Files.list(invites())) {
                assertThat(left).isEmpty();
            }
        }

        @Test
        void aCalendarWithoutEndIsLeftAlone() throws Exception {
            Files.writeString(calendarFile(), EXISTING_BEFORE_END, StandardCharsets.UTF_8);

            BookingResult result = gateway().book(followUp());

            assertThat(result).isInstanceOf(BookingResult.Failed.class);
            assertThat(((BookingResult.Failed) result).reason()).contains("calendar.ics").contains("END:VCALENDAR");
            assertThat(read(calendarFile())).isEqualTo(EXISTING_BEFORE_END);
            assertThat(invites()).doesNotExist();
        }

        @Test
        void anEventIdThatCannotBeAFileNameIsRefused() {
            BookingRequest request = new BookingRequest("../../etc/x", SLOT, BERLIN, "t", "", REP, List.of(PROSPECT), "");

            assertThat(gateway().book(request)).isInstanceOf(BookingResult.Failed.class);
            assertThat(calendarFile()).doesNotExist();
            assertThat(gateway().find("../../etc/x")).isEmpty();
        }

        @Test
        void anAddressThatCannotBeACalendarAddressIsRefused() {
            BookingRequest request = request("t", "", List.of(new Attendee("Odd", "odd person@acme.example")), "");

            BookingResult result = gateway().book(request);

            assertThat(result).isInstanceOf(BookingResult.Failed.class);
            assertThat(((BookingResult.Failed) result).reason()).contains("odd person@acme.example");
            assertThat(calendarFile()).doesNotExist();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
