package dev.nextcall.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.adapters.sqlite.HistoryDatabase;
import dev.nextcall.adapters.sqlite.SqliteCallHistory;
import dev.nextcall.app.port.InviteReplies;
import dev.nextcall.app.port.InviteReply;
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
import dev.nextcall.domain.history.ReplyDeadline;
import dev.nextcall.domain.slot.WorkingSchedule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replies come into the history: statuses change only when the answer does, and declined or long
 * unanswered invitations are listed for the rep. The replies come from a stand-in for the calendar
 * (the Google adapter's own tests cover the wire); the history is a real SQLite file.
 */
class SyncInvitesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Tuesday 1 December 2026, 16:00 Berlin. */
    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

    @TempDir
    Path folder;

    private HistoryDatabase database;
    private SqliteCallHistory history;
    private final Map<String, InviteReply> calendarSays = new HashMap<>();
    private final List<Map<String, String>> asked = new java.util.ArrayList<>();
    private SyncInvites sync;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        database = new HistoryDatabase(folder.resolve("history.db"), clock);
        history = new SqliteCallHistory(database);
        InviteReplies replies = prospects -> {
            asked.add(Map.copyOf(prospects));
            Map<String, InviteReply> answer = new HashMap<>(calendarSays);
            answer.keySet().retainAll(prospects.keySet());
            return answer;
        };
        sync = new SyncInvites(history, replies, () -> new ReplyDeadline(WorkingSchedule.standard(), BERLIN), clock);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private NextStep booked(String eventId, Instant bookedAt, Instant meeting) {
        Call call = Call.started("call-" + eventId, CallTiming.startingAt(bookedAt, Duration.ofMinutes(30)),
                CallSource.manual(), new Prospect("Ana", "ana@acme.example", "", BERLIN))
                .endedWith(Outcome.NEXT_STEP_BOOKED, bookedAt);
        history.saveCall(call);
        NextStep step = new NextStep(eventId, call.id(), CalendarKind.GOOGLE, Interval.of(meeting, Duration.ofMinutes(30)),
                List.of(new Attendee("Ana", "ana@acme.example")), NextStepStatus.BOOKED, "", bookedAt);
        history.saveNextStep(step);
        return step;
    }

    @Test
    void repliesChangeTheStatusesAndDeclinedOnesNeedAttention() {
        booked("ncaccepted", NOW.minus(Duration.ofHours(2)), NOW.plus(Duration.ofDays(2)));
        booked("ncdeclined", NOW.minus(Duration.ofHours(2)), NOW.plus(Duration.ofDays(3)));
        booked("ncdeleted", NOW.minus(Duration.ofHours(2)), NOW.plus(Duration.ofDays(4)));
        booked("ncsilent", NOW.minus(Duration.ofHours(2)), NOW.plus(Duration.ofDays(5)));
        calendarSays.putAll(Map.of("ncaccepted", InviteReply.ACCEPTED, "ncdeclined", InviteReply.DECLINED,
                "ncdeleted", InviteReply.GONE, "ncsilent", InviteReply.NEEDS_ACTION));

        SyncInvites.Report report = sync.sync();

        assertThat(report.changed()).extracting(NextStep::eventId)
                .containsExactlyInAnyOrder("ncaccepted", "ncdeclined", "ncdeleted");
        assertThat(report.needsAttention()).extracting(NextStep::eventId).containsExactly("ncdeclined");
        assertThat(history.findNextStep("ncaccepted").orElseThrow().status()).isEqualTo(NextStepStatus.ACCEPTED);
        assertThat(history.findNextStep("ncdeclined").orElseThrow().reason()).isEqualTo("the prospect declined");
        assertThat(history.findNextStep("ncdeleted").orElseThrow().status()).isEqualTo(NextStepStatus.CANCELLED);
        assertThat(history.findCall("call-ncdeleted").orElseThrow().outcome()).isEqualTo(Outcome.UNRESOLVED);
        assertThat(asked.get(0)).containsEntry("ncsilent", "ana@acme.example");
    }

    @Test
    void aCalendarThatSeesNoRepliesFlagsNothing() {
        booked("ncold", NOW.minus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(3)));
        SyncInvites local = new SyncInvites(history, InviteReplies.NONE,
                () -> new ReplyDeadline(WorkingSchedule.standard(), BERLIN), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(local.sync().needsAttention()).isEmpty();
    }

    @Test
    void anInviteUnansweredForAWorkingDayNeedsAttentionAndASecondSyncChangesNothing() {
        booked("ncold", NOW.minus(Duration.ofDays(1)).minus(Duration.ofMinutes(1)), NOW.plus(Duration.ofDays(3)));
        booked("ncfresh", NOW.minus(Duration.ofHours(20)), NOW.plus(Duration.ofDays(3)));
        booked("ncpast", NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofDays(1)));

        SyncInvites.Report first = sync.sync();
        SyncInvites.Report second = sync.sync();

        assertThat(first.changed()).isEmpty();
        assertThat(first.needsAttention()).extracting(NextStep::eventId).containsExactly("ncold");
        assertThat(second).isEqualTo(first);
        assertThat(asked.get(0)).doesNotContainKey("ncpast");
    }
}
