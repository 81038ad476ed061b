package dev.nextcall.ui.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.CompositionRoot;
import dev.nextcall.app.BestLines;
import dev.nextcall.config.DataFolder;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.testing.IcsFiles;
import dev.nextcall.testing.InlineBackgroundTasks;
import dev.nextcall.testing.MutableClock;
import dev.nextcall.testing.TestEnvironments;
import java.nio.file.Files;
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
 * The call clock and the prompt in the panel, on the real use cases (SQLite history, .ics calendar,
 * the built-in lines and the rep's phrases.txt), with background work inline and time stepped by hand.
 */
class PanelPromptTest {

    /** Monday 30 November 2026, 10:00 in Berlin. */
    private static final Instant MONDAY_10 = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path folder;

    private MutableClock clock;
    private CompositionRoot root;
    private PanelViewModel panel;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(MONDAY_10, TestEnvironments.BERLIN);
        open();
    }

    private void open() {
        root = new CompositionRoot(TestEnvironments.in(folder, clock));
        panel = root.panelModel(new InlineBackgroundTasks());
        panel.open();
    }

    @AfterEach
    void tearDown() {
        root.close();
    }

    private void minute(int minutes) {
        clock.set(MONDAY_10.plus(Duration.ofMinutes(minutes)));
        panel.tick();
    }

    private String slot(int i) {
        return panel.slots().get(i).spoken();
    }

    private void startCallWith(String email) {
        panel.prospectEmailProperty().set(email);
        panel.startCall();
    }

    /** What the panel shows at one minute of the walk. */
    private record Moment(int minute, PanelState state, PanelCue.Level cue, String line) {
    }

    @Test
    void aSimulatedCallWalksThroughEveryPhaseWithTheRightLineAtTheRightMinute() {
        startCallWith("ana@acme.example");
        List<String> banners = new ArrayList<>();
        panel.cue().cueCountProperty().addListener((obs, was, now) -> banners.add(panel.cue().bannerProperty().get()));
        List<Moment> shown = new ArrayList<>();
        List<Moment> expected = new ArrayList<>();
        for (int m = 0; m <= 32; m++) {
            minute(m);
            shown.add(new Moment(m, panel.getState(), panel.cue().levelProperty().get(),
                    panel.suggestionProperty().get()));
            // the times on offer are those on show now (at 10:31 they move on, past the notice)
            expected.add(m < 20 ? new Moment(m, PanelState.IN_CALL, PanelCue.Level.NONE, "")
                    : m < 25 ? new Moment(m, PanelState.WRAP_UP, PanelCue.Level.WRAP_UP,
                            "This was a good first conversation. Shall we set the next one now?")
                    : m < 30 ? new Moment(m, PanelState.WRAP_UP, PanelCue.Level.ESCALATED,
                            "For our next step, " + slot(0) + " or " + slot(1) + ". Which do you prefer?")
                    : new Moment(m, PanelState.OVERTIME, PanelCue.Level.OVERTIME,
                            "I'm conscious of your time: " + slot(0) + " for the next one, and we'll finish there?"));
        }

        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(banners).containsExactly("Wrap-up: 10 min left",
                "5 min left: offer a time", "Over time: book and close");
        assertThat(panel.cue().soundCountProperty().get()).as("no sound unless turned on").isZero();

        panel.book(0);
        assertThat(panel.getState()).isEqualTo(PanelState.BOOKED);
        assertThat(panel.suggestionProperty().get())
                .isEqualTo("The invite is on its way now, with the link. Could you accept it while we're on?");
        assertThat(panel.cue().levelProperty().get()).isEqualTo(PanelCue.Level.NONE);
        panel.endCall();

        List<BestLines.BestLine> lines = root.bestLines().top(10, 1);
        assertThat(lines).hasSize(4).allSatisfy(line -> {
            assertThat(line.calls()).isEqualTo(1);
            assertThat(line.booked()).isEqualTo(1);
        });
        assertThat(lines).extracting(BestLines.BestLine::category)
                .containsExactlyInAnyOrder("ask", "offer", "overtime", "confirm");
    }

    @Test
    void aFollowUpActionInTheNotesTiesTheDateToIt() {
        startCallWith("ana@acme.example");
        panel.notesProperty().set("- Send the security questionnaire.\nLegal to review");
        minute(20);

        assertThat(panel.suggestionProperty().get()).isEqualTo("We said: Send the security questionnaire. "
                + "Shall we check in on it " + slot(0) + "?");
    }

    @Test
    void aSecondCallWithTheSameProspectIsAFollowUp() {
        startCallWith("ana@acme.example");
        panel.noNextStep();
        clock.set(MONDAY_10.plus(Duration.ofHours(1)));
        startCallWith("ANA@acme.example");
        clock.advance(Duration.ofMinutes(20));
        panel.tick();

        assertThat(panel.suggestionProperty().get()).isEqualTo("Like last time, let's fix the next date before we go.");
    }

    @Test
    void aProspectInAnotherZoneIsOfferedTimesInTheirZone() {
        startCallWith("bo@acme.example");
        panel.changeProspectZone(ZoneId.of("America/New_York"));
        minute(25);

        assertThat(panel.suggestionProperty().get())
                .isEqualTo("In your time, " + slot(0) + " or " + slot(1) + ". Which is better?")
                .contains("your time");
    }

    @Test
    void aDeferringProspectGetsABackOffLineAndAFollowUpReminder() {
        startCallWith("ana@acme.example");
        minute(21);

        panel.prospectDefers();

        assertThat(panel.getState()).isEqualTo(PanelState.WRAP_UP);
        assertThat(panel.suggestionProperty().get())
                .isEqualTo("No problem. When should I check back if I haven't heard from you?");
        assertThat(panel.followUpReminderProperty().get()).isEqualTo("Remind me: follow up Wed 2 Dec");
        minute(25);
        assertThat(panel.suggestionProperty().get()).as("still backing off in the last minutes")
                .isEqualTo("Of course. I'll leave it with you and check in later in the week.");

        panel.remindAndEnd();

        assertThat(panel.getState()).isEqualTo(PanelState.IDLE);
        CallRecord record = root.reviewHistory().list(HistoryQuery.all()).get(0);
        assertThat(record.call().outcome()).isEqualTo(Outcome.FOLLOW_UP_PROMISED);
        assertThat(record.call().notes()).isEqualTo("Follow up on Wed 2 Dec if no date by then.");
    }

    @Test
    void beforeTheWrapUpTheyWillGetBackEndsTheCallAtOnce() {
        startCallWith("ana@acme.example");
        minute(5);
        panel.prospectDefers();
        assertThat(panel.getState()).isEqualTo(PanelState.IDLE);
        assertThat(root.reviewHistory().list(HistoryQuery.all()).get(0).call().outcome())
                .isEqualTo(Outcome.FOLLOW_UP_PROMISED);
    }

    @Test
    void theNextMeetingShortensTheCallUntilTheRepRunsIntoItOnPurpose() {
        root.close();
        IcsFiles.write(new DataFolder(folder).localCalendar(), IcsFiles.calendar(
                IcsFiles.event("sync@test", "Team sync", MONDAY_10.plus(Duration.ofMinutes(20)),
                        MONDAY_10.plus(Duration.ofMinutes(50)))));
        open();
        panel.startCall();

        assertThat(panel.clock().endsEarlyProperty().get()).isEqualTo("Ends early: next meeting at 10:20");
        assertThat(panel.clock().remainingProperty().get()).isEqualTo("20 min left");
        minute(9);
        assertThat(panel.getState()).isEqualTo(PanelState.IN_CALL);
        minute(10);
        assertThat(panel.getState()).isEqualTo(PanelState.WRAP_UP);
        assertThat(panel.cue().bannerProperty().get()).isEqualTo("Wrap-up: 10 min left");

        panel.extend(10);
        clock.advance(PanelViewModel.CALENDAR_POLL);
        panel.tick(); // the calendar is looked at again and still reports the sync

        assertThat(panel.clock().endsEarlyProperty().get()).isEmpty();
        assertThat(panel.clock().remainingProperty().get()).isEqualTo("20 min left");
        // now a 30-minute call: wrap-up from 10:20 (ten minutes before its end)
        assertThat(panel.getState()).isEqualTo(PanelState.IN_CALL);
        minute(20);
        assertThat(panel.getState()).isEqualTo(PanelState.WRAP_UP);
        minute(30);
        assertThat(panel.getState()).isEqualTo(PanelState.OVERTIME);
    }

    @Test
    void extendAndWrapUpNowMoveThePhases() {
        panel.plannedMinutesProperty().set(60);
        panel.startCall();
        minute(12);
        assertThat(panel.getState()).isEqualTo(PanelState.IN_CALL);

        panel.wrapUpNow();

        assertThat(panel.getState()).isEqualTo(PanelState.WRAP_UP);
        assertThat(panel.clock().remainingProperty().get()).isEqualTo("10 min left");
        assertThat(panel.suggestionProperty().get()).isNotEmpty();
        assertThat(root.reviewHistory().list(HistoryQuery.all()).get(0).call().timing().plannedEnd())
                .as("saved").isEqualTo(MONDAY_10.plus(Duration.ofMinutes(22)));

        panel.extend(5);
        panel.extend(10);
        assertThat(panel.clock().remainingProperty().get()).isEqualTo("25 min left");
        assertThat(panel.getState()).isEqualTo(PanelState.IN_CALL);
        assertThat(panel.cue().levelProperty().get()).isEqualTo(PanelCue.Level.NONE);
    }

    @Test
    void theRepsOwnLinesAreReadWhileTheAppRunsAndAMistakeIsNamed() throws Exception {
        Path file = new DataFolder(folder).phrasesFile();
        assertThat(file).as("created on first run").exists();
        Files.writeString(file, "replace ask\nask: Shall we pencil in the next one?\n");
        clock.advance(SuggestedLine.PHRASES_POLL);
        panel.tick();
        assertThat(panel.status().messageProperty().get()).isEmpty();

        startCallWith("ana@acme.example");
        clock.advance(Duration.ofMinutes(20));
        panel.tick();
        assertThat(panel.suggestionProperty().get()).isEqualTo("Shall we pencil in the next one?");

        Files.writeString(file, "replace ask\nask: Shall we pencil in the next one?\nofer: Would {slot1} work?\n");
        clock.advance(SuggestedLine.PHRASES_POLL);
        panel.tick();

        assertThat(panel.status().isErrorProperty().get()).isTrue();
        assertThat(panel.status().messageProperty().get()).startsWith(
                "phrases.txt line 3: unknown category 'ofer' (use ask, offer, tie, confirm, backoff or overtime)");
        clock.advance(Duration.ofMinutes(5));
        panel.tick();
        assertThat(panel.suggestionProperty().get()).as("built-ins keep working")
                .startsWith("For our next step, ");
    }

    @Test
    void theCueBeepsOnlyWhenTheRepTurnedTheSoundOn() throws Exception {
        root.close();
        Files.writeString(folder.resolve("settings.json"), "{\"calls\": {\"cueSound\": true}}");
        open();
        panel.startCall();
        minute(20);
        minute(25);
        minute(30);
        assertThat(panel.cue().soundCountProperty().get()).isEqualTo(3);
    }
}
