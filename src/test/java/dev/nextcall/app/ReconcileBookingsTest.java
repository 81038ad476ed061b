package dev.nextcall.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.adapters.ics.IcsBookingGateway;
import dev.nextcall.adapters.sqlite.HistoryDatabase;
import dev.nextcall.adapters.sqlite.SqliteCallHistory;
import dev.nextcall.app.port.BookingRequest;
import dev.nextcall.app.port.BookingResult;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash between "intent saved" and "booked" is settled from what the calendar really has. */
class ReconcileBookingsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private HistoryDatabase database;
    private SqliteCallHistory history;
    private IcsBookingGateway gateway;

    @BeforeEach
    void open() {
        database = new HistoryDatabase(folder.resolve("history.db"), clock);
        history = new SqliteCallHistory(database);
        gateway = new IcsBookingGateway(folder.resolve("calendar.ics"), folder.resolve("invites"), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private NextStep pendingStep(String callId, String eventId, Instant start) {
        Call call = Call.started(callId, CallTiming.startingAt(NOW, Duration.ofMinutes(30)), CallSource.manual(),
                new Prospect("Ana", "ana@acme.example", "", BERLIN)).endedWith(Outcome.UNRESOLVED, NOW);
        history.saveCall(call);
        NextStep step = new NextStep(eventId, callId, CalendarKind.LOCAL, Interval.of(start, Duration.ofMinutes(30)),
                List.of(new Attendee("Ana", "ana@acme.example")), NextStepStatus.PENDING, "", NOW);
        history.saveNextStep(step);
        return step;
    }

    @Test
    void anIntentThatLandedIsBookedAndOneThatDidNotIsFailed() {
        NextStep landed = pendingStep("call-1", "ncaaaaaaaaaaaa1", Instant.parse("2026-12-01T09:00:00Z"));
        NextStep lost = pendingStep("call-2", "ncaaaaaaaaaaaa2", Instant.parse("2026-12-02T09:00:00Z"));
        BookingResult written = gateway.book(new BookingRequest(landed.eventId(), landed.time(), BERLIN,
                "Follow-up", "", new Attendee("Rep", "rep@example.com"), landed.attendees(), ""));
        assertThat(written).isInstanceOf(BookingResult.Booked.class);

        ReconcileBookings.Settled settled = new ReconcileBookings(history, gateway, clock).reconcile();

        assertThat(settled.booked()).extracting(NextStep::eventId).containsExactly(landed.eventId());
        assertThat(settled.failed()).extracting(NextStep::eventId).containsExactly(lost.eventId());
        assertThat(history.findNextStep(landed.eventId()).orElseThrow().status()).isEqualTo(NextStepStatus.BOOKED);
        assertThat(history.findCall("call-1").orElseThrow().outcome()).isEqualTo(Outcome.NEXT_STEP_BOOKED);
        NextStep failed = history.findNextStep(lost.eventId()).orElseThrow();
        assertThat(failed.status()).isEqualTo(NextStepStatus.FAILED);
        assertThat(failed.reason()).contains("interrupted");
        assertThat(history.findCall("call-2").orElseThrow().outcome()).isEqualTo(Outcome.UNRESOLVED);
        assertThat(history.nextStepsWithStatus(NextStepStatus.PENDING)).isEmpty();
    }

    @Test
    void nothingPendingChangesNothing() {
        ReconcileBookings.Settled settled = new ReconcileBookings(history, gateway, clock).reconcile();

        assertThat(settled.isEmpty()).isTrue();
    }
}
