package dev.nextcall.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.adapters.sqlite.HistoryDatabase;
import dev.nextcall.adapters.sqlite.SqliteCallHistory;
import dev.nextcall.app.port.HistoryException;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.FollowUp;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.domain.history.NoNextStepReason;
import dev.nextcall.domain.history.ReplyDeadline;
import dev.nextcall.domain.history.WeekNumbers;
import dev.nextcall.domain.slot.WorkingSchedule;
import dev.nextcall.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review's use cases on a real history.db. */
class ReviewUseCasesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Friday 27 November 2026, 15:00 in Berlin. */
    private static final Instant FRIDAY_3PM = at("2026-11-27T15:00");

    @TempDir
    Path dir;

    private MutableClock clock;
    private HistoryDatabase db;
    private SqliteCallHistory history;
    private NeedsAttention needsAttention;

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @BeforeEach
    void open() {
        clock = new MutableClock(FRIDAY_3PM, BERLIN);
        db = new HistoryDatabase(dir.resolve("history.db"), clock);
        history = new SqliteCallHistory(db);
        needsAttention = new NeedsAttention(history, () -> new ReplyDeadline(WorkingSchedule.standard(), BERLIN), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Call saveCall(String id, Instant start, Outcome outcome) {
        Call call = new Call(id, CallTiming.startingAt(start, Duration.ofMinutes(30)), start.plusSeconds(1200),
                CallSource.manual(), new Prospect("Ana Ruiz", "ana@acme.example", "Acme", ZoneId.of("America/New_York")),
                outcome, "");
        history.saveCall(call);
        return call;
    }

    private void saveStep(String callId, NextStepStatus status, Instant updated) {
        history.saveNextStep(new NextStep(callId + "-step", callId, CalendarKind.LOCAL,
                Interval.of(at("2026-12-03T10:00"), Duration.ofMinutes(30)),
                List.of(new Attendee("Ana Ruiz", "ana@acme.example")), status, "", updated));
    }

    private List<String> ids(List<CallRecord> records) {
        return records.stream().map(r -> r.call().id()).toList();
    }

    @Test
    void anUnansweredInviteNeedsAttentionOneWorkingDayLaterAndADeclineAtOnce() {
        saveCall("friday-invite", FRIDAY_3PM.minusSeconds(3600), Outcome.NEXT_STEP_BOOKED);
        saveStep("friday-invite", NextStepStatus.BOOKED, FRIDAY_3PM.minusSeconds(1800));
        saveCall("thursday-invite", at("2026-11-26T10:00"), Outcome.NEXT_STEP_BOOKED);
        saveStep("thursday-invite", NextStepStatus.BOOKED, at("2026-11-26T10:30"));
        saveCall("declined", at("2026-11-27T09:00"), Outcome.NEXT_STEP_BOOKED);
        saveStep("declined", NextStepStatus.DECLINED, at("2026-11-27T11:00"));
        saveCall("accepted", at("2026-11-20T09:00"), Outcome.NEXT_STEP_BOOKED);
        saveStep("accepted", NextStepStatus.ACCEPTED, at("2026-11-20T11:00"));

        assertThat(ids(needsAttention.list(HistoryQuery.all()))).containsExactly("declined", "thursday-invite");
        assertThat(needsAttention.count(HistoryQuery.all())).isEqualTo(2);

        // Friday's 14:30 invite is due on Monday at 14:30, not on Saturday.
        clock.set(at("2026-11-30T14:29"));
        assertThat(ids(needsAttention.list(HistoryQuery.all()))).doesNotContain("friday-invite");
        clock.set(at("2026-11-30T14:30"));
        assertThat(ids(needsAttention.list(HistoryQuery.all())))
                .containsExactly("friday-invite", "declined", "thursday-invite");
        assertThat(ids(needsAttention.list(HistoryQuery.all().page(1, 1)))).containsExactly("declined");
        assertThat(needsAttention.count(HistoryQuery.all().searching("nobody"))).isZero();
    }

    @Test
    void markingWhyTakesACallOffBothListsAndCanBeTakenBack() {
        saveCall("declined", at("2026-11-27T09:00"), Outcome.NEXT_STEP_BOOKED);
        saveStep("declined", NextStepStatus.DECLINED, at("2026-11-27T11:00"));
        MarkNoNextStep mark = new MarkNoNextStep(history, clock);

        mark.mark("declined", NoNextStepReason.TOO_EARLY, "budget in Q3");

        assertThat(history.detail("declined").orElseThrow().mark().describe()).isEqualTo("Too early: budget in Q3");
        assertThat(history.detail("declined").orElseThrow().mark().at()).isEqualTo(FRIDAY_3PM);
        assertThat(needsAttention.list(HistoryQuery.all())).isEmpty();
        assertThat(history.list(HistoryQuery.withoutNextStep())).isEmpty();

        mark.takeBack("declined");
        assertThat(ids(history.list(HistoryQuery.withoutNextStep()))).containsExactly("declined");
    }

    @Test
    void thereIsNoReasonToGiveForACallWithANextStepNorOtherWithoutWords() {
        saveCall("booked", at("2026-11-27T09:00"), Outcome.NEXT_STEP_BOOKED);
        saveStep("booked", NextStepStatus.ACCEPTED, at("2026-11-27T11:00"));
        saveCall("open", at("2026-11-27T10:00"), Outcome.UNRESOLVED);
        MarkNoNextStep mark = new MarkNoNextStep(history, clock);

        assertThatThrownBy(() -> mark.mark("booked", NoNextStepReason.NOT_A_FIT, ""))
                .isInstanceOf(HistoryException.class).hasMessageContaining("has a next step");
        assertThatThrownBy(() -> mark.mark("open", NoNextStepReason.OTHER, "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("say in a few words");
        assertThatThrownBy(() -> mark.mark("ghost", NoNextStepReason.NOT_A_FIT, ""))
                .isInstanceOf(HistoryException.class).hasMessageContaining("'ghost' is not in the history");
        assertThat(history.detail("booked").orElseThrow().mark()).isNull();
    }

    @Test
    void theCrmSummaryIsPlainTextInTheRepsZone() {
        saveCall("c1", at("2026-11-26T10:00"), Outcome.NEXT_STEP_BOOKED);
        saveStep("c1", NextStepStatus.ACCEPTED, at("2026-11-26T11:00"));
        EditCallNotes edit = new EditCallNotes(history);
        edit.saveNotes("c1", "  Budget approved.\nCTO joins next time.  ");
        edit.saveFollowUps("c1", List.of(new FollowUp("Send pricing", true), new FollowUp("Book\nthe CTO", false)));

        String text = new CrmSummary(history, () -> BERLIN).of("c1");

        assertThat(text).isEqualTo("""
                Call with Ana Ruiz (Acme) <ana@acme.example>
                When: Thu 26 Nov 2026, 10:00\u201310:20 Europe/Berlin
                Prospect's time zone: America/New_York
                Outcome: next step booked
                Next step: Thu 3 Dec 2026, 10:00\u201310:30 Europe/Berlin (accepted)
                Follow-up actions:
                - [x] Send pricing
                - [ ] Book the CTO
                Notes:
                  Budget approved.
                  CTO joins next time.
                """);
    }

    @Test
    void theCrmSummaryOfACallWithoutNextStepSaysWhy() {
        saveCall("c2", at("2026-11-26T10:00"), Outcome.FOLLOW_UP_PROMISED);
        new MarkNoNextStep(history, clock).mark("c2", NoNextStepReason.PROSPECT_WILL_CALL, "");

        String text = CrmSummary.text(history.detail("c2").orElseThrow(), ZoneId.of("America/New_York"));

        assertThat(text).contains("When: Thu 26 Nov 2026, 04:00\u201304:20 America/New_York\n")
                .doesNotContain("Prospect's time zone")
                .contains("Outcome: follow-up promised\nNext step: none\nWhy no next step: The prospect will call\n")
                .doesNotContain("Notes:");
    }

    @Test
    void theWeeklyNumberCoversTheLastWeeksIncludingThisOne() {
        saveCall("this-week", at("2026-11-23T09:00"), Outcome.NEXT_STEP_BOOKED);
        saveStep("this-week", NextStepStatus.ACCEPTED, at("2026-11-23T10:00"));
        saveCall("last-week", at("2026-11-20T09:00"), Outcome.UNRESOLVED);
        ReviewHistory review = new ReviewHistory(history, history, () -> BERLIN, clock);

        assertThat(review.lastWeeks(3)).containsExactly(
                new WeekNumbers(LocalDate.of(2026, 11, 9), 0, 0, 0),
                new WeekNumbers(LocalDate.of(2026, 11, 16), 1, 0, 0),
                new WeekNumbers(LocalDate.of(2026, 11, 23), 1, 1, 1));
        assertThat(review.count(HistoryQuery.all().searching("ACME"))).isEqualTo(2);
        assertThat(review.detail("this-week")).isPresent();
    }
}
