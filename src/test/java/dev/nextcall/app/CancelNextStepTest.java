package dev.nextcall.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.adapters.ics.IcsBookingGateway;
import dev.nextcall.adapters.ics.IcsCalendar;
import dev.nextcall.adapters.sqlite.HistoryDatabase;
import dev.nextcall.adapters.sqlite.SqliteCallHistory;
import dev.nextcall.domain.history.StatusChange;
import dev.nextcall.app.port.BookingGateway;
import dev.nextcall.app.port.BookingRequest;
import dev.nextcall.app.port.BookingResult;
import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CancelRequest;
import dev.nextcall.app.port.CancelResult;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.domain.slot.SlotRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undoing a booked next step, through the real history.db and the real calendar.ics. */
class CancelNextStepTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Tuesday 1 December, 10:00 and 14:00 in Berlin. */
    private static final Interval MORNING = Interval.of(Instant.parse("2026-12-01T09:00:00Z"), Duration.ofMinutes(30));
    private static final Interval AFTERNOON = Interval.of(Instant.parse("2026-12-01T13:00:00Z"), Duration.ofMinutes(30));
    private static final Interval WEEK = new Interval(NOW, NOW.plus(Duration.ofDays(7)));
    private static final Prospect ANA = new Prospect("Ana", "ana@acme.example", "Acme", BERLIN);

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private HistoryDatabase database;
    private SqliteCallHistory history;
    private IcsBookingGateway gateway;
    private BookNextStep booking;
    private TrackCall calls;

    @BeforeEach
    void open() {
        database = new HistoryDatabase(folder.resolve("history.db"), clock);
        history = new SqliteCallHistory(database);
        gateway = new IcsBookingGateway(calendarFile(), folder.resolve("invites"), clock);
        IcsCalendar calendar = new IcsCalendar(List.of(calendarFile()), BERLIN);
        booking = new BookNextStep(history, new AvailabilityReader(calendar, calendar), gateway,
                () -> SlotRules.defaults(BERLIN),
                () -> new BookingProfile(new Attendee("Rita Rep", "rita@seller.example"), "", CalendarKind.LOCAL),
                new RandomIds(), clock);
        calls = new TrackCall(history, new RandomIds(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path calendarFile() {
        return folder.resolve("calendar.ics");
    }

    private CancelNextStep cancelling() {
        return new CancelNextStep(history, gateway, clock);
    }

    /** A call that ended with its next step booked at {@code slot}. */
    private NextStep bookedAfterACall(Interval slot) {
        Call call = calls.startManual(Duration.ofMinutes(30), ANA);
        NextStep step = book(call, slot);
        calls.end(history.findCall(call.id()).orElseThrow(), Outcome.UNRESOLVED);
        return step;
    }

    private NextStep book(Call call, Interval slot) {
        BookingOutcome outcome = booking.book(new BookNextStep.Intent(call.id(), slot, ANA, "", "Send pricing"));
        assertThat(outcome).as(outcome.message()).isInstanceOf(BookingOutcome.Booked.class);
        return ((BookingOutcome.Booked) outcome).nextStep();
    }

    private NextStep stepOf(NextStep step) {
        return history.findNextStep(step.eventId()).orElseThrow();
    }

    private Outcome outcomeOf(NextStep step) {
        return history.findCall(step.callId()).orElseThrow().outcome();
    }

    private List<Interval> busy() {
        return new IcsCalendar(List.of(calendarFile()), BERLIN).busy(WEEK);
    }

    @Test
    void aCancelledNextStepLeavesTheCallWithoutOne() throws Exception {
        NextStep booked = bookedAfterACall(MORNING);
        assertThat(outcomeOf(booked)).isEqualTo(Outcome.NEXT_STEP_BOOKED);
        assertThat(busy()).containsExactly(MORNING);

        CancelOutcome outcome = cancelling().cancel(booked.eventId());

        assertThat(outcome).isInstanceOf(CancelOutcome.Cancelled.class);
        CancelOutcome.Cancelled cancelled = (CancelOutcome.Cancelled) outcome;
        assertThat(cancelled.nextStep().status()).isEqualTo(NextStepStatus.CANCELLED);
        assertThat(stepOf(booked).status()).isEqualTo(NextStepStatus.CANCELLED);
        assertThat(stepOf(booked).reason()).isEqualTo("cancelled by the rep");
        assertThat(outcomeOf(booked)).isEqualTo(Outcome.UNRESOLVED);
        assertThat(history.list(HistoryQuery.withoutNextStep())).extracting(record -> record.call().id())
                .containsExactly(booked.callId());
        assertThat(history.statusHistory(booked.eventId())).extracting(StatusChange::status)
                .containsExactly(NextStepStatus.PENDING, NextStepStatus.BOOKED, NextStepStatus.CANCELLED);
        assertThat(busy()).isEmpty();
        assertThat(Path.of(cancelled.invite())).isRegularFile().hasFileName("2026-12-01-" + booked.eventId() + "-cancel.ics");
        assertThat(Files.readString(Path.of(cancelled.invite()), StandardCharsets.UTF_8)).contains("METHOD:CANCEL\r\n");
        assertThat(outcome.message()).isEqualTo("Cancelled the meeting at 2026-12-01T09:00:00Z. Send the cancellation "
                + cancelled.invite() + " to the people invited.");
    }

    @Test
    void theFreedTimeCanBeBookedAgainUnderANewId() {
        NextStep first = bookedAfterACall(MORNING);
        cancelling().cancel(first.eventId());

        Call call = history.findCall(first.callId()).orElseThrow();
        NextStep second = book(call, MORNING);

        assertThat(second.eventId()).isNotEqualTo(first.eventId());
        assertThat(outcomeOf(second)).isEqualTo(Outcome.NEXT_STEP_BOOKED);
        assertThat(busy()).containsExactly(MORNING);
        assertThat(history.list(HistoryQuery.withoutNextStep())).isEmpty();
    }

    @Test
    void anotherMeetingOfTheCallStillBookedKeepsItBooked() {
        Call call = calls.startManual(Duration.ofMinutes(30), ANA);
        NextStep morning = book(call, MORNING);
        NextStep afternoon = book(call, AFTERNOON);

        cancelling().cancel(morning.eventId());

        assertThat(stepOf(morning).status()).isEqualTo(NextStepStatus.CANCELLED);
        assertThat(stepOf(afternoon).status()).isEqualTo(NextStepStatus.BOOKED);
        assertThat(outcomeOf(morning)).isEqualTo(Outcome.NEXT_STEP_BOOKED);
        assertThat(busy()).containsExactly(AFTERNOON);
    }

    @Test
    void anOutcomeTheRepChoseLaterStays() {
        NextStep booked = bookedAfterACall(MORNING);
        history.saveCall(history.findCall(booked.callId()).orElseThrow().withOutcome(Outcome.NO_NEXT_STEP_NEEDED));

        cancelling().cancel(booked.eventId());

        assertThat(outcomeOf(booked)).isEqualTo(Outcome.NO_NEXT_STEP_NEEDED);
    }

    @Test
    void undoDuringTheCallLetsTheRepEndItWithAnotherOutcome() {
        Call call = calls.startManual(Duration.ofMinutes(30), ANA);
        NextStep booked = book(call, MORNING);

        cancelling().cancel(booked.eventId());
        Call ended = calls.end(history.findCall(call.id()).orElseThrow(), Outcome.FOLLOW_UP_PROMISED);

        assertThat(ended.outcome()).isEqualTo(Outcome.FOLLOW_UP_PROMISED);
        assertThat(history.list(HistoryQuery.withoutNextStep())).extracting(CallRecord::withoutNextStep).containsExactly(true);
    }

    @Test
    void aMeetingAlreadyGoneFromTheCalendarIsMarkedCancelled() throws Exception {
        NextStep booked = bookedAfterACall(MORNING);
        // Cancelled in the calendar outside this use case (another app instance, a crash before the journal).
        assertThat(gateway.cancel(new CancelRequest(booked.eventId()))).isInstanceOf(CancelResult.Cancelled.class);
        byte[] calendar = Files.readAllBytes(calendarFile());

        CancelOutcome outcome = cancelling().cancel(booked.eventId());

        assertThat(outcome).isInstanceOf(CancelOutcome.AlreadyGone.class);
        assertThat(outcome.message()).contains("no longer in the calendar");
        assertThat(stepOf(booked).status()).isEqualTo(NextStepStatus.CANCELLED);
        assertThat(stepOf(booked).reason()).isEqualTo("cancelled by the rep");
        assertThat(outcomeOf(booked)).isEqualTo(Outcome.UNRESOLVED);
        assertThat(Files.readAllBytes(calendarFile())).isEqualTo(calendar);
    }

    @Test
    void whenTheCalendarFailsTheStepStaysBookedAndARetryWorks() throws Exception {
        NextStep booked = bookedAfterACall(MORNING);
        byte[] calendar = Files.readAllBytes(calendarFile());
        Path blocked = Files.createDirectories(folder.resolve("invites").resolve("2026-12-01-" + booked.eventId() + "-cancel.ics"));
        Files.writeString(blocked.resolve("keep.txt"), "x");

        CancelOutcome outcome = cancelling().cancel(booked.eventId());

        assertThat(outcome).isInstanceOf(CancelOutcome.Failed.class);
        assertThat(((CancelOutcome.Failed) outcome).reason()).contains(blocked.getFileName().toString());
        assertThat(outcome.message()).startsWith("Could not cancel the meeting at 2026-12-01T09:00:00Z: ").endsWith("It is still booked.");
        assertThat(stepOf(booked).status()).isEqualTo(NextStepStatus.BOOKED);
        assertThat(outcomeOf(booked)).isEqualTo(Outcome.NEXT_STEP_BOOKED);
        assertThat(Files.readAllBytes(calendarFile())).isEqualTo(calendar);
        assertThat(busy()).containsExactly(MORNING);

        Files.delete(blocked.resolve("keep.txt"));
        Files.delete(blocked);
        assertThat(cancelling().cancel(booked.eventId())).isInstanceOf(CancelOutcome.Cancelled.class);
        assertThat(stepOf(booked).status()).isEqualTo(NextStepStatus.CANCELLED);
    }

    @Test
    void aCalendarThatThrowsIsAFailureToo() {
        NextStep booked = bookedAfterACall(MORNING);
        BookingGateway unreachable = new BookingGateway() {
            @Override
            public BookingResult book(BookingRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<BookingResult.Booked> find(String eventId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CancelResult cancel(CancelRequest request) {
                throw new CalendarException("calendar.example.com did not answer");
            }
        };

        CancelOutcome outcome = new CancelNextStep(history, unreachable, clock).cancel(booked.eventId());

        assertThat(outcome).isEqualTo(new CancelOutcome.Failed(stepOf(booked), "calendar.example.com did not answer"));
        assertThat(stepOf(booked).status()).isEqualTo(NextStepStatus.BOOKED);
    }

    @Test
    void aSecondCancelDoesNotAskTheCalendarAgain() {
        NextStep booked = bookedAfterACall(MORNING);
        cancelling().cancel(booked.eventId());
        AtomicInteger asked = new AtomicInteger();
        BookingGateway counting = new BookingGateway() {
            @Override
            public BookingResult book(BookingRequest request) {
                return gateway.book(request);
            }

            @Override
            public Optional<BookingResult.Booked> find(String eventId) {
                return gateway.find(eventId);
            }

            @Override
            public CancelResult cancel(CancelRequest request) {
                asked.incrementAndGet();
                return gateway.cancel(request);
            }
        };

        CancelOutcome again = new CancelNextStep(history, counting, clock).cancel(booked.eventId());

        assertThat(again).isEqualTo(new CancelOutcome.NotCancellable(booked.eventId(), "the meeting is already cancelled"));
        assertThat(asked).hasValue(0);
        assertThat(history.statusHistory(booked.eventId())).extracting(StatusChange::status).endsWith(NextStepStatus.CANCELLED)
                .filteredOn(status -> status == NextStepStatus.CANCELLED).hasSize(1);
    }

    @Test
    void aDeclinedMeetingCanBeCancelledToFreeTheTime() {
        NextStep booked = bookedAfterACall(MORNING);
        history.saveNextStep(booked.withStatus(NextStepStatus.DECLINED, "", NOW));

        assertThat(cancelling().cancel(booked.eventId())).isInstanceOf(CancelOutcome.Cancelled.class);
        assertThat(busy()).isEmpty();
    }

    @Test
    void nothingToCancelForAnUnknownPendingOrFailedStep() {
        Call call = calls.startManual(Duration.ofMinutes(30), ANA);
        NextStep pending = new NextStep("ncpending00001", call.id(), CalendarKind.LOCAL, MORNING, List.of(), NextStepStatus.PENDING, "", NOW);
        NextStep failed = new NextStep("ncfailed000001", call.id(), CalendarKind.LOCAL, AFTERNOON, List.of(), NextStepStatus.FAILED,
                "the time is taken", NOW);
        history.saveNextStep(pending);
        history.saveNextStep(failed);

        assertThat(cancelling().cancel("ncunknown00001")).isEqualTo(new CancelOutcome.NotCancellable("ncunknown00001",
                "the history has no next step ncunknown00001"));
        assertThat(cancelling().cancel(pending.eventId())).isInstanceOf(CancelOutcome.NotCancellable.class)
                .extracting(CancelOutcome::message).asString().startsWith("Nothing to cancel: the meeting is not booked yet");
        assertThat(cancelling().cancel(failed.eventId()).message())
                .isEqualTo("Nothing to cancel: the meeting was never booked (the time is taken).");
        assertThat(stepOf(pending).status()).isEqualTo(NextStepStatus.PENDING);
        assertThat(stepOf(failed).status()).isEqualTo(NextStepStatus.FAILED);
    }
}
