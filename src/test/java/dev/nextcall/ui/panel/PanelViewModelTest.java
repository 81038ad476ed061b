package dev.nextcall.ui.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.CompositionRoot;
import dev.nextcall.config.DataFolder;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.testing.IcsFiles;
import dev.nextcall.testing.InlineBackgroundTasks;
import dev.nextcall.testing.MutableClock;
import dev.nextcall.testing.TestEnvironments;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panel's whole loop through its view model, on the real use cases, a real SQLite file and a real
 * .ics calendar, with background work run inline and time moved by hand.
 */
class PanelViewModelTest {

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
        root = new CompositionRoot(TestEnvironments.in(folder, clock));
        panel = root.panelModel(new InlineBackgroundTasks());
        panel.open();
    }

    @AfterEach
    void tearDown() {
        root.close();
    }

    /** The idle panel reads the calendar every half minute; let that time pass. */
    private void lookAtTheCalendarAgain() {
        clock.advance(PanelViewModel.CALENDAR_POLL);
        panel.tick();
    }

    @Test
    void manualCallGoesToWrapUpWithThreeSlotsOnDifferentDays() {
        panel.startCall();
        assertThat(panel.getState()).isEqualTo(PanelState.IN_CALL);
        assertThat(panel.clock().remainingProperty().get()).isEqualTo("30 min left");

        clock.advance(Duration.ofMinutes(19));
        panel.tick();
        assertThat(panel.getState()).isEqualTo(PanelState.IN_CALL);

        clock.advance(Duration.ofMinutes(1));
        panel.tick();
        assertThat(panel.getState()).isEqualTo(PanelState.WRAP_UP);
        assertThat(panel.slots()).hasSize(3);
        assertThat(panel.slots()).extracting(s -> s.slot().start()).containsExactly(
                Instant.parse("2026-11-30T11:30:00Z"),  // Monday 12:30 Berlin: the first grid time after 2 h notice
                Instant.parse("2026-12-01T08:30:00Z"),  // Tuesday 09:30: 09:00 is at the edge of the day
                Instant.parse("2026-12-02T08:30:00Z")); // Wednesday 09:30
        assertThat(panel.suggestionProperty().get()).contains(panel.slots().get(0).spoken());
    }

    @Test
    void oneClickBooksTheSlotOnceAndTheHistoryShowsIt() {
        panel.prospectEmailProperty().set("ana@prospect.example");
        panel.startCall();
        panel.notesProperty().set("Send the pricing sheet");
        clock.advance(Duration.ofMinutes(21));
        panel.tick();

        panel.book(1);
        panel.book(1);

        assertThat(panel.getState()).isEqualTo(PanelState.BOOKED);
        String calendar = IcsFiles.read(new DataFolder(folder).localCalendar());
        assertThat(IcsFiles.count(calendar, "BEGIN:VEVENT")).isEqualTo(1);
        assertThat(calendar).contains("ana@prospect.example");
        List<CallRecord> calls = root.reviewHistory().list(HistoryQuery.all());
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).call().outcome()).isEqualTo(Outcome.NEXT_STEP_BOOKED);
        assertThat(calls.get(0).nextStep().status()).isEqualTo(NextStepStatus.BOOKED);
        assertThat(calls.get(0).nextStep().time().start()).isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));
        assertThat(panel.inviteStatusProperty().get()).contains("invites");

        panel.endCall();
        assertThat(panel.getState()).isEqualTo(PanelState.IDLE);
        CallRecord ended = root.reviewHistory().list(HistoryQuery.all()).get(0);
        assertThat(ended.call().outcome()).isEqualTo(Outcome.NEXT_STEP_BOOKED);
        assertThat(ended.call().isRunning()).isFalse();
        assertThat(ended.withoutNextStep()).isFalse();
    }

    @Test
    void undoCancelsTheMeetingAndOffersTimesAgain() {
        panel.prospectEmailProperty().set("ana@prospect.example");
        panel.startCall();
        clock.advance(Duration.ofMinutes(21));
        panel.tick();
        panel.book(0);

        panel.undoBooking();

        assertThat(panel.getState()).isEqualTo(PanelState.WRAP_UP);
        assertThat(panel.slots()).hasSize(3);
        assertThat(panel.status().messageProperty().get()).startsWith("Cancelled. Send the cancellation:");
        String calendar = IcsFiles.read(new DataFolder(folder).localCalendar());
        assertThat(calendar).contains("STATUS:CANCELLED");
        CallRecord record = root.reviewHistory().list(HistoryQuery.all()).get(0);
        assertThat(record.nextStep().status()).isEqualTo(NextStepStatus.CANCELLED);
        assertThat(record.call().outcome()).isEqualTo(Outcome.UNRESOLVED);

        panel.book(1);
        assertThat(panel.getState()).isEqualTo(PanelState.BOOKED);
        assertThat(root.reviewHistory().list(HistoryQuery.all()).get(0).nextStep().status())
                .isEqualTo(NextStepStatus.BOOKED);
    }

    @Test
    void theyWillGetBackEndsTheCallWithThatOutcome() {
        panel.startCall();
        clock.advance(Duration.ofMinutes(22));
        panel.tick();

        panel.theyWillGetBack();

        assertThat(panel.getState()).isEqualTo(PanelState.IDLE);
        CallRecord record = root.reviewHistory().list(HistoryQuery.all()).get(0);
        assertThat(record.call().outcome()).isEqualTo(Outcome.FOLLOW_UP_PROMISED);
        assertThat(record.withoutNextStep()).isTrue();
        assertThat(root.reviewHistory().list(HistoryQuery.withoutNextStep())).hasSize(1);
    }

    @Test
    void noNextStepIsRecordedAndNotListedAsMissing() {
        panel.startCall();
        panel.noNextStep();

        CallRecord record = root.reviewHistory().list(HistoryQuery.all()).get(0);
        assertThat(record.call().outcome()).isEqualTo(Outcome.NO_NEXT_STEP_NEEDED);
        assertThat(root.reviewHistory().list(HistoryQuery.withoutNextStep())).isEmpty();
    }

    @Test
    void overtimeAfterThePlannedEnd() {
        panel.startCall();
        clock.advance(Duration.ofMinutes(31));
        panel.tick();

        assertThat(panel.getState()).isEqualTo(PanelState.OVERTIME);
        assertThat(panel.clock().remainingProperty().get()).isEqualTo("1 min over");
        assertThat(panel.clock().escalatedProperty().get()).isTrue();
    }

    @Test
    void proposalsThatFallInsideTheNoticeAreReplacedAsTheCallRunsOn() {
        panel.startCall();
        clock.advance(Duration.ofMinutes(20));
        panel.tick();
        assertThat(panel.slots().get(0).slot().start()).isEqualTo(Instant.parse("2026-11-30T11:30:00Z"));

        clock.advance(Duration.ofMinutes(11)); // 10:31: Monday 12:30 is now less than two hours away
        panel.tick();

        assertThat(panel.getState()).isEqualTo(PanelState.OVERTIME);
        assertThat(panel.slots().get(0).slot().start()).isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
    }

    @Test
    void moreTimesGrowAPageAtATimeAndOneOfThemCanBeBooked() {
        panel.startCall();
        clock.advance(Duration.ofMinutes(20));
        panel.tick();

        panel.showMoreTimes();
        panel.showMoreTimes();

        List<Instant> more = panel.times().more().stream().map(s -> s.slot().start()).toList();
        assertThat(more).hasSize(6).isSorted().doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(panel.slots().stream().map(s -> s.slot().start()).toList());

        panel.bookMore(4);

        assertThat(panel.getState()).isEqualTo(PanelState.BOOKED);
        assertThat(root.reviewHistory().list(HistoryQuery.all()).get(0).nextStep().time().start()).isEqualTo(more.get(4));
    }

    @Test
    void slotTakenMeanwhileIsRefusedAndFreshTimesAreShown() {
        panel.startCall();
        clock.advance(Duration.ofMinutes(20));
        panel.tick();
        Instant first = panel.slots().get(0).slot().start();
        IcsFiles.write(new DataFolder(folder).localCalendar(), IcsFiles.calendar(
                IcsFiles.event("taken@test", "Booked by a colleague", first, first.plus(Duration.ofHours(1)))));

        panel.book(0);

        assertThat(panel.getState()).isEqualTo(PanelState.WRAP_UP);
        assertThat(panel.status().isErrorProperty().get()).isTrue();
        assertThat(panel.status().messageProperty().get())
                .isEqualTo("Cannot book that time: it overlaps your meeting 12:30–13:30 on Mon 30 Nov (Europe/Berlin)."
                        + " Here are fresh times.");
        assertThat(panel.slots()).extracting(s -> s.slot().start()).doesNotContain(first);
        String calendar = IcsFiles.read(new DataFolder(folder).localCalendar());
        assertThat(IcsFiles.count(calendar, "BEGIN:VEVENT")).isEqualTo(1);
    }

    @Test
    void meetingInProgressStartsTheCallWithItsEndAndProspect() {
        IcsFiles.write(new DataFolder(folder).localCalendar(), IcsFiles.calendar(
                IcsFiles.event("demo@test", "Demo with Acme", MONDAY_10.minus(Duration.ofMinutes(5)),
                        MONDAY_10.plus(Duration.ofMinutes(40)), "rep@localhost", "ana@acme.example")));

        lookAtTheCalendarAgain();

        assertThat(panel.getState()).isEqualTo(PanelState.IN_CALL);
        assertThat(panel.prospectProperty().get()).isEqualTo("ana");
        assertThat(panel.clock().remainingProperty().get()).isEqualTo("40 min left"); // 39:30 to go
        assertThat(panel.fromCalendarProperty().get()).isTrue();
    }

    @Test
    void dismissedMeetingIsForgottenAndNotPickedUpAgain() {
        IcsFiles.write(new DataFolder(folder).localCalendar(), IcsFiles.calendar(
                IcsFiles.event("standup@test", "Team stand-up", MONDAY_10, MONDAY_10.plus(Duration.ofMinutes(15)),
                        "colleague@company.example")));
        lookAtTheCalendarAgain();
        assertThat(panel.getState()).isEqualTo(PanelState.IN_CALL);

        panel.dismissCall();
        lookAtTheCalendarAgain();

        assertThat(panel.getState()).isEqualTo(PanelState.IDLE);
        assertThat(root.reviewHistory().list(HistoryQuery.all())).isEmpty();
    }

    @Test
    void meetingWithoutAnOutsideAttendeeDoesNotStartACall() {
        IcsFiles.write(new DataFolder(folder).localCalendar(), IcsFiles.calendar(
                IcsFiles.event("focus@test", "Focus time", MONDAY_10, MONDAY_10.plus(Duration.ofHours(1)))));

        lookAtTheCalendarAgain();

        assertThat(panel.getState()).isEqualTo(PanelState.IDLE);
    }

    @Test
    void idlePanelShowsTheNextMeetingAndTodaysCount() {
        IcsFiles.write(new DataFolder(folder).localCalendar(), IcsFiles.calendar(
                IcsFiles.event("later@test", "Call with Bo", MONDAY_10.plus(Duration.ofHours(4)),
                        MONDAY_10.plus(Duration.ofHours(5)), "bo@bo.example")));
        lookAtTheCalendarAgain();
        assertThat(panel.calendarWatch().nextMeetingProperty().get()).isEqualTo("Next: Call with Bo at 14:00");
        assertThat(panel.calendarWatch().todayCountProperty().get()).isEqualTo("No calls yet today");

        panel.startCall();
        panel.noNextStep();
        assertThat(panel.calendarWatch().todayCountProperty().get()).isEqualTo("Today: 0 of 1 calls with a next step");
    }

    @Test
    void aCallRunningWhenTheAppClosedIsResumed() {
        panel.startCall();
        root.close();

        root = new CompositionRoot(TestEnvironments.in(folder, clock));
        PanelViewModel reopened = root.panelModel(new InlineBackgroundTasks());
        reopened.open();

        assertThat(reopened.getState()).isEqualTo(PanelState.IN_CALL);
    }

    @Test
    void theProspectsZoneChangesTheTimesAndIsRememberedForTheirNextCall() {
        ZoneId newYork = ZoneId.of("America/New_York");
        panel.prospectEmailProperty().set("ana@acme.example");
        panel.startCall();
        clock.advance(Duration.ofMinutes(20));
        panel.tick();

        panel.changeProspectZone(newYork);

        assertThat(panel.prospectZoneProperty().get()).isEqualTo(newYork);
        // New York's 09:00–17:00 overlaps Berlin's 15:00–17:00: every time offered lies there.
        assertThat(panel.slots()).isNotEmpty().allSatisfy(slot -> {
            assertThat(slot.slot().start().atZone(TestEnvironments.BERLIN).getHour()).isBetween(15, 16);
            assertThat(slot.spoken()).contains("your time");
        });
        panel.theyWillGetBack();

        panel.prospectEmailProperty().set("ANA@acme.example");
        panel.startCall();
        assertThat(panel.prospectZoneProperty().get()).isEqualTo(newYork);
    }

    @Test
    void aBrokenCalendarIsNamedInThePanelWhileTheOthersStillCount() throws Exception {
        root.close();
        IcsFiles.write(folder.resolve("settings.json"), "{\"calendar\": {\"icsFiles\": [\"team.ics\"]}}");
        IcsFiles.write(folder.resolve("team.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:tomorrow\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n");
        IcsFiles.write(new DataFolder(folder).localCalendar(), IcsFiles.calendar(
                IcsFiles.event("later@test", "Call with Bo", MONDAY_10.plus(Duration.ofHours(4)),
                        MONDAY_10.plus(Duration.ofHours(5)), "bo@bo.example")));
        root = new CompositionRoot(TestEnvironments.in(folder, clock));
        panel = root.panelModel(new InlineBackgroundTasks());
        panel.open();

        assertThat(panel.calendarWatch().calendarProblemsProperty().get()).contains("team.ics").contains("line 4");
        assertThat(panel.calendarWatch().nextMeetingProperty().get()).isEqualTo("Next: Call with Bo at 14:00");
    }

    @Test
    void badProspectAddressIsRefusedWithoutStartingACall() {
        panel.prospectEmailProperty().set("not an address");
        panel.startCall();

        assertThat(panel.getState()).isEqualTo(PanelState.IDLE);
        assertThat(panel.status().isErrorProperty().get()).isTrue();
        assertThat(root.reviewHistory().list(HistoryQuery.all())).isEmpty();
    }
}
