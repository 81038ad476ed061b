package dev.nextcall.adapters.google;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.adapters.google.fake.EventSeed;
import dev.nextcall.adapters.google.fake.Fault;
import dev.nextcall.adapters.google.fake.Route;
import dev.nextcall.adapters.sqlite.HistoryDatabase;
import dev.nextcall.adapters.sqlite.SqliteCallHistory;
import dev.nextcall.app.AvailabilityReader;
import dev.nextcall.app.BookNextStep;
import dev.nextcall.app.BookingOutcome;
import dev.nextcall.app.BookingProfile;
import dev.nextcall.app.RandomIds;
import dev.nextcall.app.ReconcileBookings;
import dev.nextcall.app.port.BookingRequest;
import dev.nextcall.app.port.DaysOffSource;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.domain.slot.SlotRules;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The booking journal end to end: BookNextStep with a real SQLite history, busy time and bookings from
 * Google (the fake), so a double click, a lost answer or a crash leaves exactly one event.
 */
class BookNextStepOnFakeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = GoogleOnFake.NOW;
    /** Wednesday 16 December 2026, 14:00 in Berlin. */
    private static final Interval SLOT = Interval.of(Instant.parse("2026-12-16T13:00:00Z"), Duration.ofMinutes(30));
    private static final Attendee REP = new Attendee("Rita Rep", "rep@example.com");
    private static final Prospect JANE = new Prospect("Jane Doe", "jane@acme.example", "Acme", BERLIN);

    @TempDir
    Path folder;
    private GoogleOnFake google;
    private HistoryDatabase database;
    private SqliteCallHistory history;
    private GoogleCalendar calendar;
    private BookNextStep booking;
    private final List<Runnable> background = new ArrayList<>();

    @BeforeEach
    void setUp() {
        google = new GoogleOnFake(folder);
        google.signedIn();
        database = new HistoryDatabase(folder.resolve("history.db"), google.clock);
        history = new SqliteCallHistory(database);
        calendar = google.calendar(List.of(), background::add);
        SlotRules rules = SlotRules.defaults(BERLIN);
        booking = new BookNextStep(history, new AvailabilityReader(calendar, DaysOffSource.NONE), google.gateway(),
                () -> rules, () -> new BookingProfile(REP, "", CalendarKind.GOOGLE), new RandomIds(), google.clock);
        history.saveCall(Call.started("call-1", CallTiming.startingAt(NOW, Duration.ofMinutes(30)), CallSource.manual(), JANE));
    }

    @AfterEach
    void tearDown() {
        database.close();
        google.close();
    }

    private BookNextStep.Intent intent() {
        return new BookNextStep.Intent("call-1", SLOT, JANE, "", "send the offer");
    }

    @Test
    void aDoubleClickMakesOneEvent() {
        BookingOutcome first = booking.book(intent());
        BookingOutcome second = booking.book(intent());

        assertThat(first).isInstanceOf(BookingOutcome.Booked.class);
        assertThat(((BookingOutcome.Booked) first).link()).startsWith("https://meet.google.com/");
        assertThat(second).isInstanceOf(BookingOutcome.Booked.class);
        assertThat(google.fake.calendars().insertedEvents()).singleElement().satisfies(event -> {
            assertThat(event.getSummary()).isEqualTo("Follow-up: Jane Doe");
            assertThat(event.getDescription()).contains("send the offer");
            assertThat(event.getExtendedProperties().getPrivate()).containsEntry("nextcallCallId", "call-1");
        });
        assertThat(history.nextStepsOf("call-1")).singleElement().extracting(NextStep::status).isEqualTo(NextStepStatus.BOOKED);
        assertThat(history.findCall("call-1").orElseThrow().outcome()).isEqualTo(Outcome.NEXT_STEP_BOOKED);
    }

    @Test
    void aLostAnswerStillMakesOneEventAndABookedStep() {
        google.fake.faults().next(Route.EVENTS_INSERT, Fault.afterApplying(Fault.dropConnection()));
        assertThat(booking.book(intent())).isInstanceOf(BookingOutcome.Booked.class);
        assertThat(google.fake.calendars().insertedEvents()).hasSize(1);
        assertThat(history.nextStepsOf("call-1")).singleElement().extracting(NextStep::status).isEqualTo(NextStepStatus.BOOKED);
    }

    @Test
    void whenEveryRetryFailsAfterTheInsertLandedTheIntentStaysPendingAndTheNextClickMakesNoSecondEvent() {
        google.fake.faults().always(Route.EVENTS_INSERT, Fault.afterApplying(Fault.serviceUnavailable503()));

        BookingOutcome first = booking.book(intent());

        assertThat(first).isInstanceOf(BookingOutcome.Failed.class);
        assertThat(first.message()).startsWith("Booking failed:");
        NextStep kept = ((BookingOutcome.Failed) first).nextStep();
        assertThat(history.findNextStep(kept.eventId()).orElseThrow().status()).isEqualTo(NextStepStatus.PENDING);

        google.fake.faults().clear();
        BookingOutcome again = booking.book(intent());

        assertThat(again).isInstanceOf(BookingOutcome.Booked.class);
        assertThat(((BookingOutcome.Booked) again).nextStep().eventId()).isEqualTo(kept.eventId());
        assertThat(google.fake.calendars().insertedEvents()).hasSize(1);
    }

    @Test
    void anIntentLeftPendingByACrashIsSettledWithoutASecondEvent() {
        String eventId = new RandomIds().newEventId();
        NextStep pending = new NextStep(eventId, "call-1", CalendarKind.GOOGLE, SLOT,
                List.of(JANE.asAttendee().orElseThrow()), NextStepStatus.PENDING, "", NOW);
        history.saveNextStep(pending);
        // The crash came after the insert reached Google and before the journal heard back.
        google.gateway().book(new BookingRequest(eventId, SLOT, BERLIN, "Follow-up", "", REP,
                pending.attendees(), "", "call-1"));

        ReconcileBookings.Settled settled = new ReconcileBookings(history, google.gateway(), google.clock).reconcile();
        assertThat(settled.booked()).extracting(NextStep::eventId).containsExactly(eventId);
        assertThat(booking.book(intent())).isInstanceOf(BookingOutcome.Booked.class);
        assertThat(google.fake.calendars().insertedEvents()).hasSize(1);
    }

    @Test
    void aTimeTakenMeanwhileIsRefusedAndNothingIsInserted() {
        google.fake.calendars().seed("primary", EventSeed.timed(SLOT.start(), SLOT.end()).summary("Booked by a colleague"));
        BookingOutcome outcome = booking.book(intent());
        assertThat(outcome).isInstanceOf(BookingOutcome.Refused.class);
        assertThat(google.fake.requests(Route.EVENTS_INSERT)).isEmpty();
        assertThat(history.nextStepsOf("call-1")).singleElement().extracting(NextStep::status).isEqualTo(NextStepStatus.FAILED);
    }

    @Test
    void withFreeBusyPrefetchedTheClickCostsOnlyTheInsert() {
        calendar.prefetch(Interval.of(NOW, Duration.ofDays(15)));
        background.forEach(Runnable::run);
        int before = google.fake.requests().size();

        assertThat(booking.book(intent())).isInstanceOf(BookingOutcome.Booked.class);

        assertThat(google.fake.requests().subList(before, google.fake.requests().size()))
                .extracting(r -> r.route()).containsExactly(Route.EVENTS_INSERT);
    }

    @Test
    void offlineTheBookingFailsWithAPlainReason() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GoogleConnection offline = google.connectionTo("http://127.0.0.1:" + closedPort + "/", Duration.ofSeconds(2));
        GoogleCalendar unreachable = new GoogleCalendar(offline, List::of, Duration.ofSeconds(60), Runnable::run);
        BookNextStep offlineBooking = new BookNextStep(history, new AvailabilityReader(unreachable, DaysOffSource.NONE),
                new GoogleBookingGateway(offline), () -> SlotRules.defaults(BERLIN),
                () -> new BookingProfile(REP, "", CalendarKind.GOOGLE), new RandomIds(), google.clock);
        BookingOutcome outcome = offlineBooking.book(intent());
        assertThat(outcome).isInstanceOfSatisfying(BookingOutcome.Offline.class, offlineOutcome -> {
            assertThat(offlineOutcome.reason()).contains("Google Calendar cannot be reached");
            // Offline before the insert: nothing can have been booked, so the intent is closed as failed.
            assertThat(offlineOutcome.nextStep().status()).isEqualTo(NextStepStatus.FAILED);
        });
        assertThat(google.fake.requests(Route.EVENTS_INSERT)).isEmpty();
    }
}
