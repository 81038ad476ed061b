package dev.nextcall.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.adapters.sqlite.HistoryDatabase;
import dev.nextcall.adapters.sqlite.SqliteCallHistory;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.domain.prompt.LineRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's memory of lines shown, with the calls' outcomes from a real SQLite history. */
class SessionPromptMemoryTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    private HistoryDatabase database;
    private SqliteCallHistory history;
    private SessionPromptMemory memory;

    @BeforeEach
    void open() {
        database = new HistoryDatabase(folder.resolve("history.db"), Clock.fixed(NOW, BERLIN));
        history = new SqliteCallHistory(database);
        memory = new SessionPromptMemory(history);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Call call(String id, Outcome outcome, NextStepStatus step) {
        Call call = Call.started(id, CallTiming.startingAt(NOW, Duration.ofMinutes(30)), CallSource.manual(),
                Prospect.unknown(BERLIN));
        if (outcome != null) {
            call = call.endedWith(outcome, NOW.plus(Duration.ofMinutes(30)));
        }
        history.saveCall(call);
        if (step != null) {
            history.saveNextStep(new NextStep("nc" + id + "000000", id, CalendarKind.LOCAL,
                    new Interval(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1).plusMinutes(30))),
                    List.of(), step, "", NOW));
        }
        return call;
    }

    @Test
    void countsEndedCallsWithTheirBookingsAndAcceptances() {
        call("a1", Outcome.NEXT_STEP_BOOKED, NextStepStatus.ACCEPTED);
        call("a2", Outcome.NEXT_STEP_BOOKED, NextStepStatus.BOOKED);
        call("a3", Outcome.FOLLOW_UP_PROMISED, null);
        call("a4", Outcome.UNRESOLVED, NextStepStatus.DECLINED);
        call("running", null, null);
        for (String id : List.of("a1", "a2", "a3", "a4", "running")) {
            memory.lineShown(id, "ask-1", NOW);
        }
        memory.lineShown("a1", "ask-1", NOW); // twice in one call counts once
        memory.lineShown("a1", "offer-1", NOW);
        memory.lineShown("forgotten", "offer-1", NOW); // a dismissed call is no longer in the history

        assertThat(memory.lineRecords()).containsExactlyInAnyOrder(
                new LineRecord("ask-1", 4, 2, 1),
                new LineRecord("offer-1", 1, 1, 1));
    }
}
