package dev.nextcall.adapters.sqlite;

import static dev.nextcall.adapters.sqlite.Fixtures.CLOCK;
import static dev.nextcall.adapters.sqlite.Fixtures.NOW;
import static dev.nextcall.adapters.sqlite.Fixtures.call;
import static dev.nextcall.adapters.sqlite.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.app.port.HistoryException;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CallDetail;
import dev.nextcall.domain.history.FollowUp;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.domain.history.NoNextStepMark;
import dev.nextcall.domain.history.NoNextStepReason;
import dev.nextcall.domain.history.ShownLine;
import dev.nextcall.domain.history.StatusChange;
import dev.nextcall.domain.history.TrackedStep;
import dev.nextcall.domain.prompt.LineRecord;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review's writes (notes, follow-ups, reasons), the prompt memory, the address book and import. */
class ReviewWritesTest {

    private static final NoNextStepMark NOT_A_FIT = new NoNextStepMark(NoNextStepReason.NOT_A_FIT, "", NOW);

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
    void notesAndFollowUpsAreReplacedAsAWholeAndKeepTheirOrder() {
        history.saveCall(call("c1", NOW));
        history.saveFollowUps("c1", List.of(new FollowUp("Send pricing", false), new FollowUp("Book the CTO", true)));
        history.saveFollowUps("c1", List.of(new FollowUp("Book the CTO", true), new FollowUp("Send pricing", true),
                new FollowUp("Recap e-mail", false)));
        history.saveNotes("c1", "wants SSO");

        CallDetail detail = history.detail("c1").orElseThrow();
        assertThat(detail.followUps()).containsExactly(new FollowUp("Book the CTO", true),
                new FollowUp("Send pricing", true), new FollowUp("Recap e-mail", false));
        assertThat(detail.call().notes()).isEqualTo("wants SSO");
        assertThat(history.findCall("c1").orElseThrow().notes()).isEqualTo("wants SSO");
    }

    @Test
    void savingTheCallAgainKeepsTheReviewsAdditions() {
        history.saveCall(call("c1", NOW));
        history.saveFollowUps("c1", List.of(new FollowUp("Send pricing", false)));
        history.markNoNextStep("c1", NOT_A_FIT);

        history.saveCall(call("c1", NOW).withOutcome(Outcome.FOLLOW_UP_PROMISED));

        CallDetail detail = history.detail("c1").orElseThrow();
        assertThat(detail.followUps()).hasSize(1);
        assertThat(detail.mark()).isEqualTo(NOT_A_FIT);
    }

    @Test
    void aMarkTakesTheCallOffTheWithoutNextStepListAndTakingItBackPutsItOn() {
        history.saveCall(call("c1", NOW));
        assertThat(history.count(HistoryQuery.withoutNextStep())).isEqualTo(1);

        NoNextStepMark other = new NoNextStepMark(NoNextStepReason.OTHER, "went with a competitor", NOW);
        history.markNoNextStep("c1", other);
        assertThat(history.list(HistoryQuery.withoutNextStep())).isEmpty();
        assertThat(history.list(HistoryQuery.all())).singleElement().satisfies(r -> assertThat(r.mark()).isEqualTo(other));

        history.clearNoNextStep("c1");
        assertThat(history.count(HistoryQuery.withoutNextStep())).isEqualTo(1);
        assertThat(history.detail("c1").orElseThrow().mark()).isNull();
    }

    @Test
    void aNewBookingTakesBackTheReasonSoALaterDeclineListsTheCallAgain() {
        history.saveCall(call("c1", NOW, Outcome.NEXT_STEP_BOOKED));
        history.saveNextStep(step("e1", "c1", NextStepStatus.DECLINED));
        history.markNoNextStep("c1", NOT_A_FIT);
        assertThat(history.count(HistoryQuery.withoutNextStep())).isZero();

        history.saveNextStep(step("e2", "c1", NextStepStatus.BOOKED));
        assertThat(history.detail("c1").orElseThrow().mark()).isNull();
        history.saveNextStep(step("e2", "c1", NextStepStatus.DECLINED));
        assertThat(history.count(HistoryQuery.withoutNextStep())).isEqualTo(1);
    }

    @Test
    void writesForAnUnknownCallFailPlainlyAndChangeNothing() {
        assertThatThrownBy(() -> history.saveNotes("nope", "x")).isInstanceOf(HistoryException.class)
                .hasMessage("could not save the notes: the call 'nope' is not in the history");
        assertThatThrownBy(() -> history.saveFollowUps("nope", List.of(new FollowUp("x", false))))
                .isInstanceOf(HistoryException.class).hasMessageContaining("'nope' is not in the history");
        assertThatThrownBy(() -> history.markNoNextStep("nope", NOT_A_FIT))
                .isInstanceOf(HistoryException.class).hasMessageContaining("'nope' is not in the history");
        assertThatThrownBy(() -> history.lineShown("nope", "ask-1", NOW))
                .isInstanceOf(HistoryException.class).hasMessageContaining("'nope' is not in the history");
        assertThat(history.detail("nope")).isEmpty();
        assertThat(history.isEmpty()).isTrue();
    }

    @Test
    void aLineShownTwiceInACallKeepsItsFirstTimeAndCountsOnce() {
        history.saveCall(call("c1", NOW).endedWith(Outcome.NEXT_STEP_BOOKED, NOW.plusSeconds(600)));
        history.saveNextStep(step("e1", "c1", NextStepStatus.ACCEPTED));
        history.lineShown("c1", "ask-1", NOW.plusSeconds(60));
        history.lineShown("c1", "ask-1", NOW.plusSeconds(120));
        history.lineShown("c1", "offer-2", NOW.plusSeconds(90));

        assertThat(history.detail("c1").orElseThrow().shownLines()).containsExactly(
                new ShownLine("ask-1", NOW.plusSeconds(60)), new ShownLine("offer-2", NOW.plusSeconds(90)));
        assertThat(history.lineRecords()).containsExactly(new LineRecord("ask-1", 1, 1, 1), new LineRecord("offer-2", 1, 1, 1));
    }

    @Test
    void lineRecordsLeaveOutRunningCallsAndCountOnlyTheLatestNextStep() {
        history.saveCall(call("running", NOW));
        history.lineShown("running", "ask-1", NOW);
        history.saveCall(call("declined", NOW).endedWith(Outcome.NEXT_STEP_BOOKED, NOW.plusSeconds(600)));
        history.saveNextStep(step("d1", "declined", NextStepStatus.ACCEPTED));
        history.saveNextStep(step("d2", "declined", NextStepStatus.DECLINED));
        history.lineShown("declined", "ask-1", NOW);
        history.saveCall(call("booked", NOW).endedWith(Outcome.NEXT_STEP_BOOKED, NOW.plusSeconds(600)));
        history.saveNextStep(step("b1", "booked", NextStepStatus.BOOKED));
        history.lineShown("booked", "ask-1", NOW);

        assertThat(history.lineRecords()).containsExactly(new LineRecord("ask-1", 2, 1, 0));
    }

    @Test
    void deletingACallDeletesItsFollowUpsAndShownLines() throws Exception {
        history.saveCall(call("c1", NOW));
        history.saveFollowUps("c1", List.of(new FollowUp("x", false)));
        history.lineShown("c1", "ask-1", NOW);
        history.deleteCall("c1");
        assertThat(Fixtures.column(dir.resolve("history.db"), "SELECT count(*) FROM follow_ups")).containsExactly("0");
        assertThat(Fixtures.column(dir.resolve("history.db"), "SELECT count(*) FROM shown_lines")).containsExactly("0");
    }

    @Test
    void theAddressBookKeepsEachAddressOnceWithItsLatestCallsDetails() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        history.saveCall(call("new", NOW).withProspect(new Prospect("Ana Ruiz", "Ana@Acme.example", "Acme", tokyo)));
        history.saveCall(call("old", NOW.minusSeconds(86_400))
                .withProspect(new Prospect("Ana R.", "ana@acme.example", "Old Employer", ZoneId.of("Europe/Madrid"))));

        // The address is the book's key, folded to lower case.
        assertThat(history.prospect("ANA@acme.EXAMPLE")).contains(new Prospect("Ana Ruiz", "ana@acme.example", "Acme", tokyo));
        assertThat(history.prospect("nobody@example.com")).isEmpty();
        // The old call keeps who the prospect was then.
        assertThat(history.findCall("old").orElseThrow().prospect().company()).isEqualTo("Old Employer");
    }

    @Test
    void importingACallTwiceReplacesItAsAWhole() {
        CallDetail detail = new CallDetail(call("c1", NOW, Outcome.NEXT_STEP_BOOKED),
                List.of(new TrackedStep(step("e1", "c1", NextStepStatus.ACCEPTED), List.of(
                        new StatusChange("e1", NextStepStatus.BOOKED, "", NOW),
                        new StatusChange("e1", NextStepStatus.ACCEPTED, "", NOW.plusSeconds(60))))),
                List.of(new FollowUp("Send pricing", true)), null, List.of(new ShownLine("ask-1", NOW)));

        history.importCalls(List.of(detail));
        history.importCalls(List.of(detail));

        assertThat(history.detail("c1")).contains(detail);
        assertThat(history.statusHistory("e1")).hasSize(2);
        assertThat(history.isEmpty()).isFalse();
    }
}
