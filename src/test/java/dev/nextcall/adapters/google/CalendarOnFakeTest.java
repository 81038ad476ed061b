package dev.nextcall.adapters.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.adapters.google.fake.EventSeed;
import dev.nextcall.adapters.google.fake.Route;
import dev.nextcall.app.LookAtCalendar;
import dev.nextcall.app.port.CalendarDirectory.CalendarInfo;
import dev.nextcall.app.port.CalendarOfflineException;
import dev.nextcall.app.port.CalendarProblem;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Busy time, the meeting in progress and the calendars, read by the real client from the fake. */
class CalendarOnFakeTest {

    private static final Instant NOW = GoogleOnFake.NOW;
    private static final Interval TWO_WEEKS = Interval.of(NOW, Duration.ofDays(14));
    private static final String PROSPECT = "jane@acme.example";

    @TempDir
    Path dir;
    private GoogleOnFake google;

    @BeforeEach
    void start() {
        google = new GoogleOnFake(dir);
        google.signedIn();
    }

    @AfterEach
    void stop() {
        google.close();
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private String seed(EventSeed seed) {
        return google.fake.calendars().seed("primary", seed);
    }

    @Test
    void busyTimeCountsOpaqueMeetingsOnly() {
        seed(EventSeed.timed(at("2026-12-15T09:00:00Z"), at("2026-12-15T10:00:00Z")).summary("Busy"));
        seed(EventSeed.timed(at("2026-12-15T09:30:00Z"), at("2026-12-15T11:00:00Z")).summary("Overlapping"));
        seed(EventSeed.timed(at("2026-12-16T09:00:00Z"), at("2026-12-16T10:00:00Z")).transparent());
        seed(EventSeed.timed(at("2026-12-17T09:00:00Z"), at("2026-12-17T10:00:00Z")).status("cancelled"));

        assertThat(google.calendar().busy(TWO_WEEKS))
                .containsExactly(new Interval(at("2026-12-15T09:00:00Z"), at("2026-12-15T11:00:00Z")));
        assertThat(google.fake.unexpectedErrors()).isEmpty();
    }

    @Test
    void aCalendarThatFailsIsReportedWhileTheOthersCount() {
        google.fake.calendars().add("team@example.com", "Team", "Europe/Berlin");
        google.fake.calendars().seed("team@example.com",
                EventSeed.timed(at("2026-12-15T13:00:00Z"), at("2026-12-15T14:00:00Z")));
        seed(EventSeed.timed(at("2026-12-15T09:00:00Z"), at("2026-12-15T10:00:00Z")));
        google.fake.freeBusy().failCalendar("team@example.com", "internalError");
        GoogleCalendar calendar = google.calendar(List.of("primary", "team@example.com", "gone@example.com"), Runnable::run);

        assertThat(calendar.busy(TWO_WEEKS)).containsExactly(new Interval(at("2026-12-15T09:00:00Z"), at("2026-12-15T10:00:00Z")));
        assertThat(calendar.problems()).extracting(CalendarProblem::source, CalendarProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Google calendar team@example.com", "Google could not read it just now (internalError)"),
                org.assertj.core.groups.Tuple.tuple("Google calendar gone@example.com", "not found, or not shared with you (notFound)"));

        google.fake.freeBusy().clearCalendarFailures();
        google.clock.advance(Duration.ofMinutes(2));
        assertThat(calendar.busy(TWO_WEEKS)).hasSize(2);
        assertThat(calendar.problems()).extracting(CalendarProblem::source).containsExactly("Google calendar gone@example.com");
    }

    @Test
    void aWindowLongerThanGooglesLimitIsAskedForInPieces() {
        seed(EventSeed.timed(at("2027-04-01T09:00:00Z"), at("2027-04-01T10:00:00Z")));
        assertThat(google.calendar().busy(Interval.of(NOW, Duration.ofDays(200))))
                .containsExactly(new Interval(at("2027-04-01T09:00:00Z"), at("2027-04-01T10:00:00Z")));
        assertThat(google.fake.requests(Route.FREEBUSY_QUERY)).hasSize(3)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
    }

    @Test
    void aPrefetchedWindowServesTheBookingsReCheckWithoutARoundTrip() {
        List<Runnable> background = new ArrayList<>();
        GoogleCalendar calendar = google.calendar(List.of(), background::add);
        calendar.prefetch(TWO_WEEKS);
        background.forEach(Runnable::run);
        google.clock.advance(Duration.ofSeconds(45));
        calendar.busy(Interval.of(at("2026-12-16T00:00:00Z"), Duration.ofDays(1)));
        assertThat(google.fake.requests(Route.FREEBUSY_QUERY)).hasSize(1);
    }

    @Test
    void thePrefetchWarmsTheBookingPathWithoutSendingIt() {
        List<Runnable> background = new ArrayList<>();
        GoogleCalendar calendar = google.calendar(List.of(), background::add);
        calendar.prefetch(TWO_WEEKS);
        background.forEach(Runnable::run);
        calendar.prefetch(Interval.of(at("2026-12-20T00:00:00Z"), Duration.ofDays(1)));
        background.forEach(Runnable::run);

        assertThat(google.fake.requests()).extracting(r -> r.route()).containsOnly(Route.FREEBUSY_QUERY);
        assertThat(google.fake.calendars().insertedEvents()).isEmpty();
    }

    @Test
    void theMeetingInProgressHasTheProspectAndNotTheRepOrTheRoom() {
        Instant start = NOW.minus(Duration.ofMinutes(10));
        String call = seed(EventSeed.timed(start, start.plus(Duration.ofMinutes(30))).summary("Discovery: Acme")
                .attendee(google.fake.userEmail(), "accepted").attendee(PROSPECT).room("room-1@resource.example", "Room 1"));
        seed(EventSeed.timed(start, start.plus(Duration.ofMinutes(30))).summary("Declined by me")
                .organizer("boss@example.com").attendee(google.fake.userEmail(), "declined").attendee("boss@example.com"));
        seed(EventSeed.timed(start, start.plus(Duration.ofMinutes(30))).summary("Free").transparent().attendee("x@y.example"));
        seed(EventSeed.timed(start, start.plus(Duration.ofMinutes(30))).summary("Cancelled").status("cancelled"));
        seed(EventSeed.allDay(LocalDate.parse("2026-12-14"), LocalDate.parse("2026-12-15")).summary("Conference"));

        GoogleCalendar calendar = google.calendar();
        List<CalendarEvent> events = calendar.events(new Interval(NOW, NOW.plus(Duration.ofHours(24))));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo(call);
            assertThat(event.title()).isEqualTo("Discovery: Acme");
            assertThat(event.time()).isEqualTo(new Interval(start, start.plus(Duration.ofMinutes(30))));
            assertThat(event.attendees()).containsExactly(Attendee.ofEmail(PROSPECT));
        });
        assertThat(google.fake.requests(Route.EVENTS_LIST).get(0).queryParam("singleEvents")).isEqualTo("true");
        assertThat(google.fake.requests(Route.EVENTS_LIST).get(0).queryParam("orderBy")).isEqualTo("startTime");

        LookAtCalendar look = new LookAtCalendar(calendar, calendar, () -> google.fake.userEmail(), google.clock);
        LookAtCalendar.Glance glance = look.look();
        assertThat(glance.inProgress()).map(CalendarEvent::id).contains(call);
        assertThat(glance.inProgress().flatMap(look::prospectOf)).contains(Attendee.ofEmail(PROSPECT));
        assertThat(glance.problems()).isEmpty();
    }

    @Test
    void everyPageOfEventsIsRead() {
        for (int i = 0; i < 300; i++) {
            Instant start = NOW.plus(Duration.ofMinutes(10L * i));
            seed(EventSeed.timed(start, start.plus(Duration.ofMinutes(5))).summary("e" + i).attendee(PROSPECT));
        }
        List<CalendarEvent> events = google.calendar().events(Interval.of(NOW, Duration.ofDays(3)));
        assertThat(events).hasSize(300);
        assertThat(events).isSortedAccordingTo(java.util.Comparator.comparing(e -> e.time().start()));
        assertThat(google.fake.requests(Route.EVENTS_LIST)).hasSizeGreaterThan(1);
    }

    @Test
    void theRepsZoneIsThePrimaryCalendarsAndTheChosenCalendarsAreListed() {
        google.fake.calendars().primary().timeZone("Europe/Zurich");
        google.fake.calendars().add("team@example.com", "Team", "Europe/Berlin");
        GoogleCalendar calendar = google.calendar(List.of("primary", "team@example.com", "nobody@example.com"), Runnable::run);

        assertThat(calendar.repZone()).contains(ZoneId.of("Europe/Zurich"));
        List<CalendarInfo> list = calendar.calendars();
        assertThat(list).extracting(CalendarInfo::id).containsExactly("primary", "team@example.com", "nobody@example.com");
        assertThat(list.get(0)).satisfies(primary -> {
            assertThat(primary.primary()).isTrue();
            assertThat(primary.busy()).isTrue();
            assertThat(primary.zone()).contains(ZoneId.of("Europe/Zurich"));
        });
        assertThat(list.get(1)).satisfies(team -> {
            assertThat(team.name()).isEqualTo("Team");
            assertThat(team.zone()).contains(ZoneId.of("Europe/Berlin"));
            assertThat(team.problem()).isEmpty();
        });
        assertThat(list.get(2).problem()).isEqualTo("not found, or not shared with you");
        assertThat(list.get(2).zone()).isEqualTo(Optional.empty());
        assertThat(google.fake.requests(Route.CALENDAR_LIST_LIST)).as("no calendar-list scope needed").isEmpty();
    }

    @Test
    void withNoNetworkBusyTimeSaysOfflineAndThePanelCanShowIt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GoogleConnection offline = google.connectionTo("http://127.0.0.1:" + closedPort + "/", Duration.ofSeconds(2));
        GoogleCalendar calendar = new GoogleCalendar(offline, List::of, Duration.ofSeconds(60), Runnable::run);
        assertThatThrownBy(() -> calendar.busy(TWO_WEEKS)).isInstanceOf(CalendarOfflineException.class)
                .hasMessage("Google Calendar cannot be reached (no network connection?), so NextCall could not read your"
                        + " free/busy time.");
        assertThat(calendar.problems()).singleElement().extracting(CalendarProblem::source).isEqualTo("Google Calendar");
        assertThat(google.retries.pauses).as("offline is not retried").isEmpty();
    }
}
