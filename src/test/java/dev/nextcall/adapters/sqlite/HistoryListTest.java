package dev.nextcall.adapters.sqlite;

import static dev.nextcall.adapters.sqlite.Fixtures.CLOCK;
import static dev.nextcall.adapters.sqlite.Fixtures.NOW;
import static dev.nextcall.adapters.sqlite.Fixtures.call;
import static dev.nextcall.adapters.sqlite.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.app.port.CallHistory.CallCounts;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list(HistoryQuery) and count(window): the filters run in SQL and must mean what the domain says. */
class HistoryListTest {

    private static final int NO_LIMIT = 10_000;

    @TempDir
    Path dir;

    private HistoryDatabase db;
    private SqliteCallHistory history;
    private int minutesAgo;

    @BeforeEach
    void open() {
        db = new HistoryDatabase(dir.resolve("history.db"), CLOCK);
        history = new SqliteCallHistory(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    // --- newest first, limit, since -----------------------------------------------------------

    @Test
    void callsComeNewestFirstWithTiesInAFixedOrder() {
        history.saveCall(call("middle", NOW.minusSeconds(60)));
        history.saveCall(call("oldest", NOW.minusSeconds(120)));
        history.saveCall(call("tie-a", NOW));
        history.saveCall(call("tie-b", NOW));

        assertThat(ids(HistoryQuery.all())).containsExactly("tie-b", "tie-a", "middle", "oldest");
    }

    @Test
    void sortingIsByTimeNotByTheTextOfTheTime() {
        // Instant.toString() would write "…:00Z" and "…:00.500Z"; as text the whole second sorts last.
        history.saveCall(call("whole-second", Instant.parse("2025-03-04T09:00:00Z")));
        history.saveCall(call("half-second-later", Instant.parse("2025-03-04T09:00:00.500Z")));

        assertThat(ids(HistoryQuery.all())).containsExactly("half-second-later", "whole-second");
    }

    @Test
    void theLimitKeepsTheNewest() {
        for (int i = 0; i < 5; i++) {
            history.saveCall(call("call-" + i, NOW.plusSeconds(i)));
        }

        assertThat(ids(new HistoryQuery(false, false, Optional.empty(), 2))).containsExactly("call-4", "call-3");
    }

    @Test
    void sinceIncludesCallsStartedAtThatInstantAndExcludesEarlierOnes() {
        Instant since = Instant.parse("2025-03-03T00:00:00Z");
        history.saveCall(call("just-before", since.minusNanos(1)));
        history.saveCall(call("at", since));
        history.saveCall(call("after", since.plus(Duration.ofHours(1))));

        assertThat(ids(new HistoryQuery(false, false, Optional.of(since), NO_LIMIT))).containsExactly("after", "at");
    }

    // --- the latest next step --------------------------------------------------------------------

    @Test
    void eachRecordCarriesTheLatestCreatedNextStepEvenWhenAnOlderOneWasUpdatedLater() {
        history.saveCall(call("call-1", NOW));
        history.saveCall(call("no-steps", NOW.minusSeconds(60)));
        history.saveNextStep(step("older", "call-1", NextStepStatus.BOOKED, NOW));
        NextStep newer = step("newer", "call-1", NextStepStatus.DECLINED, NOW.plusSeconds(10));
        history.saveNextStep(newer);
        history.saveNextStep(step("older", "call-1", NextStepStatus.ACCEPTED, NOW.plusSeconds(99)));

        List<CallRecord> records = history.list(HistoryQuery.all());

        assertThat(records).extracting(r -> r.call().id()).containsExactly("call-1", "no-steps");
        assertThat(records.get(0).latestNextStep()).contains(newer);
        assertThat(records.get(1).latestNextStep()).isEmpty();
        assertThat(ids(HistoryQuery.withoutNextStep())).contains("call-1");
        assertThat(ids(awaitingReply())).doesNotContain("call-1");
    }

    // --- without a next step ---------------------------------------------------------------------

    @Test
    void withoutNextStepListsUnresolvedAndFollowUpCallsAndCallsWhoseLatestStepWasLost() {
        saveWithSteps("unresolved", Outcome.UNRESOLVED);
        saveWithSteps("follow-up-despite-booking", Outcome.FOLLOW_UP_PROMISED, NextStepStatus.BOOKED);
        saveWithSteps("booked-then-declined", Outcome.NEXT_STEP_BOOKED, NextStepStatus.BOOKED, NextStepStatus.DECLINED);
        saveWithSteps("booking-failed", Outcome.NEXT_STEP_BOOKED, NextStepStatus.FAILED);
        saveWithSteps("cancelled", Outcome.NEXT_STEP_BOOKED, NextStepStatus.CANCELLED);
        saveWithSteps("rebooked-after-decline", Outcome.NEXT_STEP_BOOKED, NextStepStatus.DECLINED, NextStepStatus.ACCEPTED);
        saveWithSteps("not-needed", Outcome.NO_NEXT_STEP_NEEDED);
        saveWithSteps("booked-still-pending", Outcome.NEXT_STEP_BOOKED, NextStepStatus.PENDING);
        saveWithSteps("booked-elsewhere", Outcome.NEXT_STEP_BOOKED);

        assertThat(ids(HistoryQuery.withoutNextStep())).containsExactly(
                "unresolved", "follow-up-despite-booking", "booked-then-declined", "booking-failed", "cancelled");
    }

    @Test
    void withoutNextStepAgreesWithCallRecordForEveryOutcomeAndLatestStatus() {
        List<CallRecord> all = saveEveryCombination();

        assertMatchesDomain(HistoryQuery.withoutNextStep(), all, CallRecord::withoutNextStep);
    }

    // --- awaiting reply --------------------------------------------------------------------------

    @Test
    void awaitingReplyListsCallsWhoseLatestStepIsBookedOrTentative() {
        saveWithSteps("booked", Outcome.NEXT_STEP_BOOKED, NextStepStatus.BOOKED);
        saveWithSteps("tentative", Outcome.NEXT_STEP_BOOKED, NextStepStatus.DECLINED, NextStepStatus.TENTATIVE);
        saveWithSteps("accepted", Outcome.NEXT_STEP_BOOKED, NextStepStatus.ACCEPTED);
        saveWithSteps("booked-then-declined", Outcome.NEXT_STEP_BOOKED, NextStepStatus.BOOKED, NextStepStatus.DECLINED);
        saveWithSteps("pending", Outcome.NEXT_STEP_BOOKED, NextStepStatus.PENDING);
        saveWithSteps("no-steps", Outcome.NEXT_STEP_BOOKED);

        assertThat(ids(awaitingReply())).containsExactly("booked", "tentative");
    }

    @Test
    void awaitingReplyAgreesWithTheDomainForEveryOutcomeAndLatestStatus() {
        List<CallRecord> all = saveEveryCombination();

        assertMatchesDomain(awaitingReply(), all,
                r -> r.latestNextStep().map(s -> s.status().isAwaitingReply()).orElse(false));
    }

    @Test
    void filtersCombineWithEachOtherWithSinceAndWithTheLimit() {
        Instant since = NOW.minus(Duration.ofDays(1));
        history.saveCall(call("old-and-matching", since.minusSeconds(1), Outcome.UNRESOLVED));
        history.saveNextStep(step("e-old", "old-and-matching", NextStepStatus.BOOKED));
        for (String id : List.of("match-1", "match-2", "match-3")) {
            history.saveCall(call(id, since.plusSeconds(id.charAt(6)), Outcome.UNRESOLVED));
            history.saveNextStep(step("e-" + id, id, NextStepStatus.TENTATIVE));
        }
        history.saveCall(call("awaiting-but-booked", NOW, Outcome.NEXT_STEP_BOOKED));
        history.saveNextStep(step("e-b", "awaiting-but-booked", NextStepStatus.BOOKED));
        history.saveCall(call("unresolved-without-step", NOW, Outcome.UNRESOLVED));

        assertThat(ids(new HistoryQuery(true, true, Optional.of(since), 2))).containsExactly("match-3", "match-2");
        assertThat(ids(new HistoryQuery(true, true, Optional.empty(), NO_LIMIT)))
                .containsExactly("match-3", "match-2", "match-1", "old-and-matching");
    }

    // --- count -------------------------------------------------------------------------------------

    @Test
    void countTakesCallsStartedInTheHalfOpenWindowAndThoseWithANextStepBooked() {
        Instant start = Instant.parse("2025-03-04T00:00:00Z");
        Instant end = start.plus(Duration.ofDays(1));
        saveAt("booked-by-outcome-at-start", start, Outcome.NEXT_STEP_BOOKED);
        saveAt("accepted", start.plusSeconds(1), Outcome.UNRESOLVED, NextStepStatus.ACCEPTED);
        saveAt("tentative", start.plusSeconds(2), Outcome.UNRESOLVED, NextStepStatus.TENTATIVE);
        saveAt("booked", start.plusSeconds(3), Outcome.FOLLOW_UP_PROMISED, NextStepStatus.BOOKED);
        saveAt("booked-then-declined", start.plusSeconds(4), Outcome.UNRESOLVED, NextStepStatus.BOOKED,
                NextStepStatus.DECLINED);
        saveAt("pending", start.plusSeconds(5), Outcome.UNRESOLVED, NextStepStatus.PENDING);
        saveAt("follow-up", start.plusSeconds(6), Outcome.FOLLOW_UP_PROMISED);
        saveAt("not-needed", end.minusNanos(1), Outcome.NO_NEXT_STEP_NEEDED);
        saveAt("at-the-end", end, Outcome.NEXT_STEP_BOOKED);
        saveAt("before-the-start", start.minusNanos(1), Outcome.NEXT_STEP_BOOKED, NextStepStatus.ACCEPTED);

        // With a next step: accepted, tentative, booked. An outcome without a step in the calendar does not count.
        assertThat(history.count(new Interval(start, end))).isEqualTo(new CallCounts(8, 3));
        assertThat(history.count(new Interval(end.plusSeconds(1), end.plusSeconds(2)))).isEqualTo(new CallCounts(0, 0));
    }

    @Test
    void aDeclinedNextStepIsNotCountedAndIsListedAsMissing() {
        // The two views agree: a call whose booked meeting was declined has no next step any more.
        saveAt("declined-but-outcome-booked", NOW, Outcome.NEXT_STEP_BOOKED, NextStepStatus.DECLINED);
        saveAt("declined-then-settled", NOW.plusMillis(1), Outcome.NO_NEXT_STEP_NEEDED, NextStepStatus.DECLINED);

        assertThat(history.count(new Interval(NOW, NOW.plusSeconds(1)))).isEqualTo(new CallCounts(2, 0));
        assertThat(ids(HistoryQuery.withoutNextStep())).containsExactly("declined-but-outcome-booked");
    }

    // --- the plan ---------------------------------------------------------------------------------

    @Test
    void listingWalksTheStartIndexAndLooksUpEachLatestStepThroughAnIndex() {
        // Read from SQLite's planner so a change that would scan and sort 100,000 calls fails here, not on a rep's laptop.
        String all = plan(HistorySql.list(HistoryQuery.all()));
        String filtered = plan(HistorySql.list(new HistoryQuery(true, true, Optional.of(NOW), 50)));
        String count = plan(HistorySql.count(new Interval(NOW, NOW.plusSeconds(1))));

        for (String plan : List.of(all, filtered)) {
            assertThat(plan).contains("calls_by_started").contains("next_steps_by_call").doesNotContain("TEMP B-TREE");
        }
        assertThat(filtered).contains("started_at>?");
        assertThat(count).contains("calls_by_started").contains("started_at>?").contains("started_at<?");
    }

    @Test
    void everyReviewFilterStillWalksTheStartIndexWithoutSorting() {
        // The review pages newest first: a plan that sorts would read every match before the first page.
        List<HistoryQuery> queries = List.of(
                HistoryQuery.withoutNextStep().page(0, 50),
                HistoryQuery.withoutNextStep().page(50, 50).searching("acme"),
                HistoryQuery.all().withOutcomes(Outcome.UNRESOLVED, Outcome.FOLLOW_UP_PROMISED).page(0, 50),
                HistoryQuery.all().needingAttentionSentBy(NOW).startedBetween(NOW.minusSeconds(86_400), NOW),
                HistoryQuery.all().onlyAwaitingReply().searching("ö"));
        for (HistoryQuery query : queries) {
            assertThat(plan(HistorySql.list(query))).as("%s", query)
                    .contains("calls_by_started").doesNotContain("TEMP B-TREE");
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static HistoryQuery awaitingReply() {
        return new HistoryQuery(false, true, Optional.empty(), NO_LIMIT);
    }

    private List<String> ids(HistoryQuery query) {
        return history.list(query).stream().map(r -> r.call().id()).toList();
    }

    /** Saves a call, each one older than the last, with next steps created in the order given. */
    private Call saveWithSteps(String id, Outcome outcome, NextStepStatus... statuses) {
        minutesAgo++;
        return saveAt(id, NOW.minus(Duration.ofMinutes(minutesAgo)), outcome, statuses);
    }

    private Call saveAt(String id, Instant start, Outcome outcome, NextStepStatus... statuses) {
        Call call = call(id, start, outcome);
        history.saveCall(call);
        for (int i = 0; i < statuses.length; i++) {
            history.saveNextStep(step(id + "-step" + i, id, statuses[i]));
        }
        return call;
    }

    /**
     * Every outcome with no next step and with each status as the latest; an earlier step of the opposite
     * kind comes first, so that taking the wrong step would change the answer.
     */
    private List<CallRecord> saveEveryCombination() {
        List<CallRecord> records = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            records.add(new CallRecord(saveWithSteps(outcome + "-none", outcome), null));
            for (NextStepStatus latest : NextStepStatus.values()) {
                NextStepStatus earlier = latest.isLost() || !latest.isAwaitingReply() ? NextStepStatus.BOOKED
                        : NextStepStatus.DECLINED;
                String id = outcome + "-" + latest;
                Call call = saveWithSteps(id, outcome, earlier, latest);
                records.add(new CallRecord(call, history.findNextStep(id + "-step1").orElseThrow()));
            }
        }
        return records;
    }

    private void assertMatchesDomain(HistoryQuery query, List<CallRecord> all, Predicate<CallRecord> expected) {
        List<CallRecord> wanted = all.stream().filter(expected).toList();
        assertThat(wanted).as("the case table has rows on both sides").isNotEmpty().hasSizeLessThan(all.size());

        assertThat(history.list(query)).containsExactlyElementsOf(wanted);
    }

    private String plan(HistorySql.Query query) {
        HistorySql.Query explain = new HistorySql.Query("EXPLAIN QUERY PLAN " + query.sql(), query.parameters());
        return db.read("test", c -> {
            try (var statement = explain.prepare(c); var rows = statement.executeQuery()) {
                StringBuilder text = new StringBuilder();
                while (rows.next()) {
                    text.append(rows.getString("detail")).append('\n');
                }
                return text.toString();
            }
        });
    }
}
