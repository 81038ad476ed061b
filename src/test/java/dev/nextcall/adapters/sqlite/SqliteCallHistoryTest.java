package dev.nextcall.adapters.sqlite;

import static dev.nextcall.adapters.sqlite.Fixtures.CLOCK;
import static dev.nextcall.adapters.sqlite.Fixtures.NOW;
import static dev.nextcall.adapters.sqlite.Fixtures.call;
import static dev.nextcall.adapters.sqlite.Fixtures.column;
import static dev.nextcall.adapters.sqlite.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.app.port.HistoryException;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.domain.history.StatusChange;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqliteCallHistoryTest {

    @TempDir
    Path dir;

    private HistoryDatabase db;
    private SqliteCallHistory history;

    @BeforeEach
    void open() {
        db = new HistoryDatabase(dir.resolve("history.db"), CLOCK);
        history = new SqliteCallHistory(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aProspectsZoneIsTheOneOfTheirLatestCallWhateverTheCaseOfTheAddress() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        ZoneId osaka = ZoneId.of("Asia/Kolkata");
        history.saveCall(call("older", NOW.minusSeconds(3600))
                .withProspect(new Prospect("Ana", "Ana@Acme.example", "", tokyo)));
        history.saveCall(call("newer", NOW).withProspect(new Prospect("Ana", "ana@acme.example", "", osaka)));
        history.saveCall(call("someone-else", NOW.plusSeconds(60))
                .withProspect(new Prospect("Bo", "bo@bo.example", "", ZoneId.of("UTC"))));

        assertThat(history.lastZoneOf("ANA@acme.EXAMPLE")).contains(osaka);
        assertThat(history.lastZoneOf("nobody@nowhere.example")).isEmpty();
        assertThat(history.lastZoneOf("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Paris", "Asia/Kolkata", "America/St_Johns", "+05:30", "UTC", "Z", "GMT+02:00"})
    void aCallReadsBackEqualInEveryField(String zone) {
        Call call = new Call("call-\u00e9\u00e8", new CallTiming(Instant.parse("2025-03-04T09:30:00.123456789Z"),
                Instant.parse("2025-03-04T10:00:00.000001Z")), Instant.parse("2025-03-04T10:02:03.5Z"),
                CallSource.calendar("evt_abc123"),
                new Prospect("Zo\u00eb O'Brien", "zoe@example.ie", "Acme \"Widgets\", Ltd", ZoneId.of(zone)),
                Outcome.FOLLOW_UP_PROMISED, "Asked for pricing;\nsend the deck \u2013 by Friday \ud83d\ude42");

        history.saveCall(call);

        Call read = history.findCall(call.id()).orElseThrow();
        assertThat(read).isEqualTo(call);
        assertThat(read.prospect().zone().getId()).isEqualTo(zone);
    }

    @Test
    void aRunningCallKeepsItsMissingEndAndEverySourceKindReadsBack() {
        Call running = call("running", NOW);
        Call fromCommandLine = new Call("cli", CallTiming.startingAt(NOW, Duration.ofMinutes(45)), null,
                CallSource.commandLine(), Prospect.unknown(ZoneId.of("Australia/Sydney")), Outcome.UNRESOLVED, "");
        history.saveCall(running);
        history.saveCall(fromCommandLine);

        assertThat(history.findCall("running").orElseThrow().endedAt()).isEmpty();
        assertThat(history.findCall("running")).contains(running);
        assertThat(history.findCall("cli")).contains(fromCommandLine);
    }

    @Test
    void anUnknownCallIsNotFound() {
        history.saveCall(call("known", NOW));
        assertThat(history.findCall("unknown")).isEmpty();
    }

    @Test
    void savingACallAgainReplacesItsFields() throws Exception {
        Call started = call("call-1", NOW);
        history.saveCall(started);
        Call ended = started.withNotes("they want a demo").withProspect(started.prospect().withZone(ZoneId.of("Asia/Tokyo")))
                .endedWith(Outcome.NO_NEXT_STEP_NEEDED, NOW.plusSeconds(1500));

        history.saveCall(ended);

        assertThat(history.findCall("call-1")).contains(ended);
        assertThat(column(dir.resolve("history.db"), "SELECT count(*) FROM calls")).containsExactly("1");
    }

    @Test
    void savingACallAgainKeepsItsNextStepsAndTheirTrail() {
        history.saveCall(call("call-1", NOW));
        history.saveNextStep(step("evt1", "call-1", NextStepStatus.BOOKED));

        history.saveCall(call("call-1", NOW).withOutcome(Outcome.NEXT_STEP_BOOKED));

        assertThat(history.nextStepsOf("call-1")).extracting(NextStep::eventId).containsExactly("evt1");
        assertThat(history.statusHistory("evt1")).hasSize(1);
    }

    @Test
    void aNextStepReadsBackEqualInEveryField() {
        history.saveCall(call("call-1", NOW));
        NextStep step = new NextStep("a0b1c2d3e4", "call-1", CalendarKind.LOCAL,
                new Interval(Instant.parse("2025-03-11T15:00:00.000000001Z"), Instant.parse("2025-03-11T15:45:00Z")),
                List.of(new Attendee("Grace \"Amazing\" Hopper", "grace@example.com"),
                        Attendee.ofEmail("no.name@example.com"),
                        new Attendee("J\u00fcrgen \\ M\u00fcller", "j.mueller@example.de")),
                NextStepStatus.FAILED, "the slot was taken: \"Board meeting\"", Instant.parse("2025-03-04T09:59:59.999Z"));

        history.saveNextStep(step);

        assertThat(history.findNextStep("a0b1c2d3e4")).contains(step);
        assertThat(history.findNextStep("unknown")).isEmpty();
    }

    @Test
    void aNextStepWithoutAttendeesReadsBackWithAnEmptyList() {
        history.saveCall(call("call-1", NOW));
        NextStep alone = new NextStep("evt1", "call-1", CalendarKind.GOOGLE, Interval.of(NOW, Duration.ofMinutes(30)),
                List.of(), NextStepStatus.PENDING, "", NOW);

        history.saveNextStep(alone);

        assertThat(history.findNextStep("evt1").orElseThrow().attendees()).isEmpty();
    }

    @Test
    void savingANextStepAgainReplacesItsFields() {
        history.saveCall(call("call-1", NOW));
        NextStep pending = step("evt1", "call-1", NextStepStatus.PENDING);
        history.saveNextStep(pending);
        NextStep moved = new NextStep("evt1", "call-1", CalendarKind.LOCAL, Interval.of(NOW.plusSeconds(86_400),
                Duration.ofMinutes(60)), List.of(Attendee.ofEmail("someone.else@example.com")), NextStepStatus.BOOKED,
                "", NOW.plusSeconds(5));

        history.saveNextStep(moved);

        assertThat(history.findNextStep("evt1")).contains(moved);
        assertThat(history.nextStepsOf("call-1")).containsExactly(moved);
    }

    @Test
    void nextStepsOfACallComeOldestFirstAndAnUpdateDoesNotReorderThem() {
        history.saveCall(call("call-1", NOW));
        history.saveCall(call("call-2", NOW));
        // Saved in this order, with `updated` running backwards, so that neither order could be mistaken for the other.
        history.saveNextStep(step("first", "call-1", NextStepStatus.DECLINED, NOW.plusSeconds(30)));
        history.saveNextStep(step("other-call", "call-2", NextStepStatus.BOOKED, NOW.plusSeconds(25)));
        history.saveNextStep(step("second", "call-1", NextStepStatus.CANCELLED, NOW.plusSeconds(20)));
        history.saveNextStep(step("third", "call-1", NextStepStatus.PENDING, NOW.plusSeconds(10)));

        history.saveNextStep(step("first", "call-1", NextStepStatus.ACCEPTED, NOW.plusSeconds(60)));

        assertThat(history.nextStepsOf("call-1")).extracting(NextStep::eventId).containsExactly("first", "second", "third");
        assertThat(history.nextStepsOf("call-2")).extracting(NextStep::eventId).containsExactly("other-call");
        assertThat(history.nextStepsOf("no-such-call")).isEmpty();
    }

    @Test
    void nextStepsWithAStatusAreExactlyThoseInItOldestFirst() {
        history.saveCall(call("call-1", NOW));
        history.saveCall(call("call-2", NOW));
        history.saveNextStep(step("p1", "call-1", NextStepStatus.PENDING, NOW.plusSeconds(9)));
        history.saveNextStep(step("b1", "call-1", NextStepStatus.BOOKED));
        history.saveNextStep(step("p2", "call-2", NextStepStatus.PENDING, NOW.plusSeconds(1)));
        history.saveNextStep(step("p3", "call-2", NextStepStatus.PENDING));

        history.saveNextStep(step("p3", "call-2", NextStepStatus.BOOKED));

        assertThat(history.nextStepsWithStatus(NextStepStatus.PENDING)).extracting(NextStep::eventId).containsExactly("p1", "p2");
        assertThat(history.nextStepsWithStatus(NextStepStatus.BOOKED)).extracting(NextStep::eventId).containsExactly("b1", "p3");
        assertThat(history.nextStepsWithStatus(NextStepStatus.FAILED)).isEmpty();
    }

    @Test
    void everyStatusChangeIsAppendedToTheTrailAndRepeatsAreNot() {
        history.saveCall(call("call-1", NOW));
        NextStep pending = step("evt1", "call-1", NextStepStatus.PENDING, NOW);
        history.saveNextStep(pending);
        history.saveNextStep(pending.withStatus(NextStepStatus.PENDING, "", NOW.plusSeconds(1)));
        history.saveNextStep(pending.withStatus(NextStepStatus.BOOKED, "", NOW.plusSeconds(2)));
        history.saveNextStep(pending.withStatus(NextStepStatus.BOOKED, "", NOW.plusSeconds(3)));
        history.saveNextStep(pending.withStatus(NextStepStatus.CANCELLED, "the prospect asked to move it", NOW.plusSeconds(4)));

        assertThat(history.statusHistory("evt1")).containsExactly(
                new StatusChange("evt1", NextStepStatus.PENDING, "", NOW),
                new StatusChange("evt1", NextStepStatus.BOOKED, "", NOW.plusSeconds(2)),
                new StatusChange("evt1", NextStepStatus.CANCELLED, "the prospect asked to move it", NOW.plusSeconds(4)));
        assertThat(history.statusHistory("unknown")).isEmpty();
    }

    @Test
    void deletingACallDeletesItsNextStepsAndTheirTrailButNothingElse() throws Exception {
        history.saveCall(call("dismissed", NOW));
        history.saveCall(call("kept", NOW));
        history.saveNextStep(step("gone", "dismissed", NextStepStatus.PENDING));
        history.saveNextStep(step("gone", "dismissed", NextStepStatus.BOOKED));
        history.saveNextStep(step("stays", "kept", NextStepStatus.BOOKED));

        history.deleteCall("dismissed");

        assertThat(history.findCall("dismissed")).isEmpty();
        assertThat(history.findNextStep("gone")).isEmpty();
        assertThat(history.statusHistory("gone")).isEmpty();
        assertThat(column(dir.resolve("history.db"), "SELECT count(*) FROM next_step_events WHERE event_id = 'gone'"))
                .containsExactly("0");
        assertThat(history.findCall("kept")).isPresent();
        assertThat(history.findNextStep("stays")).isPresent();
        assertThat(history.statusHistory("stays")).hasSize(1);
    }

    @Test
    void deletingAnUnknownCallChangesNothing() {
        history.saveCall(call("kept", NOW));
        history.deleteCall("unknown");
        assertThat(history.list(HistoryQuery.all())).hasSize(1);
    }

    @Test
    void aNextStepForAnUnknownCallIsRefusedPlainlyAndNothingIsStored() {
        assertThatThrownBy(() -> history.saveNextStep(step("evt1", "no-such-call", NextStepStatus.PENDING)))
                .isInstanceOf(HistoryException.class)
                .hasMessage("could not save the next step: its call 'no-such-call' is not in the history");

        assertThat(history.findNextStep("evt1")).isEmpty();
        assertThat(history.statusHistory("evt1")).isEmpty();
    }

    @Test
    void theForeignKeyHoldsEvenWithoutTheAdaptersOwnCheck() {
        // The schema itself refuses orphans, so a future write path that forgets the check cannot create them.
        assertThatThrownBy(() -> db.write("could not save the next step", c -> {
            try (var insert = c.prepareStatement("INSERT INTO next_steps (event_id, call_id, created_seq, calendar,"
                    + " start_at, end_at, status, updated_at) VALUES ('e', 'nobody', 1, 'LOCAL', 'a', 'b', 'PENDING', 'c')")) {
                return insert.executeUpdate();
            }
        })).isInstanceOf(HistoryException.class).hasMessage("could not save the next step: FOREIGN KEY constraint failed");
    }

    @Test
    void anUnreadableStoredValueIsReportedPlainly() {
        history.saveCall(call("call-1", NOW));
        db.write("test", c -> {
            try (var update = c.prepareStatement("UPDATE calls SET prospect_zone = 'Mars/Olympus_Mons'")) {
                return update.executeUpdate();
            }
        });

        assertThatThrownBy(() -> history.findCall("call-1"))
                .isInstanceOf(HistoryException.class)
                .hasMessageStartingWith("could not read the history: the call 'call-1' holds a value this version"
                        + " of NextCall cannot read (")
                .hasMessageContaining("Mars/Olympus_Mons");
    }

    @Test
    void aTimeOutsideTheStorableYearsIsRefusedBeforeAnythingIsWritten() {
        Call farFuture = call("far", Instant.parse("+10000-01-01T00:00:00Z"));

        assertThatThrownBy(() -> history.saveCall(farFuture))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("years 0000-9999");
        assertThat(history.findCall("far")).isEmpty();
    }
}
