package dev.nextcall.ui.panel;

import dev.nextcall.app.BookNextStep;
import dev.nextcall.app.BookingOutcome;
import dev.nextcall.app.CancelNextStep;
import dev.nextcall.app.CancelOutcome;
import dev.nextcall.app.port.CalendarAccount;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallPhase;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.slot.SpokenSlot;
import dev.nextcall.ui.common.BackgroundTasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * State and commands of the call panel. Time comes from the injected clock and advances only when
 * {@link #tick()} is called (the view calls it from a Timeline, tests call it directly); all disk
 * and calendar work goes through {@link BackgroundTasks}, so the UI thread never waits.
 */
public final class PanelViewModel {

    /** How often the idle panel looks at the calendar for a meeting that has started. */
    static final Duration CALENDAR_POLL = CalendarWatch.POLL;

    /** How often the booked state asks whether the prospect has answered. */
    static final Duration REPLY_POLL = Duration.ofMinutes(1);

    /** How often free/busy is refreshed in the background during a call. */
    static final Duration PREFETCH_EVERY = Duration.ofSeconds(30);

    static final Duration SIGN_IN_TIMEOUT = Duration.ofMinutes(5);

    /** The follow-up reminder offered when the prospect defers: this many working days later. */
    static final int REMINDER_WORKING_DAYS = 2;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.ENGLISH);
    private static final Logger LOG = Logger.getLogger(PanelViewModel.class.getName());

    private final PanelServices services;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final Supplier<CallPreferences> preferences;

    private final ObjectProperty<PanelState> state = new SimpleObjectProperty<>(PanelState.IDLE);
    private final StringProperty prospect = new SimpleStringProperty("");
    private final CallClock clockText = new CallClock();
    private final SuggestedLine line;
    private final ProposalList times;
    private final CalendarWatch watch;
    private final StringProperty bookedTime = new SimpleStringProperty("");
    private final StringProperty inviteStatus = new SimpleStringProperty("");
    private final StatusLine status = new StatusLine();
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final BooleanProperty fromCalendar = new SimpleBooleanProperty(false);
    private final ObjectProperty<ZoneId> prospectZone = new SimpleObjectProperty<>();

    private final IntegerProperty plannedMinutes = new SimpleIntegerProperty();
    private final StringProperty prospectEmail = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    private final PanelCue cue = new PanelCue();
    private final BooleanProperty deferring = new SimpleBooleanProperty(false);
    private final StringProperty followUpReminder = new SimpleStringProperty("");
    private boolean wasEscalated;
    private final ObjectProperty<SpokenSlot> offlineChoice = new SimpleObjectProperty<>();
    private Call call;
    private boolean booking;
    private String bookedEventId;
    private boolean bookedOffline;
    private boolean bookingOffline;
    private Instant lastPrefetch;
    private volatile boolean signInCancelled;
    private Instant lastReplyCheck;

    public PanelViewModel(PanelServices services, BackgroundTasks tasks, Clock clock,
                          Supplier<CallPreferences> preferences) {
        this.services = services;
        this.tasks = tasks;
        this.clock = clock;
        this.preferences = preferences;
        this.times = new ProposalList(services.calendar().proposals(), tasks);
        this.line = new SuggestedLine(services.prompts(), tasks);
        this.watch = new CalendarWatch(services.calendar().look(), services.history(), services.calendar().invites(),
                services.calendar().account(), tasks,
                () -> preferences.get().repZone());
        this.plannedMinutes.set((int) preferences.get().defaultCallLength().toMinutes());
    }

    // ---- read-only state for the view ----

    public ReadOnlyObjectProperty<PanelState> stateProperty() {
        return state;
    }

    public PanelState getState() {
        return state.get();
    }

    public ReadOnlyStringProperty prospectProperty() {
        return prospect;
    }

    public ReadOnlyStringProperty suggestionProperty() {
        return line.textProperty();
    }

    /**
     * The time the rep chose while the calendar could not be reached; non-null while the panel offers
     * to write an .ics invitation for it instead.
     */
    public ReadOnlyObjectProperty<SpokenSlot> offlineChoiceProperty() {
        return offlineChoice;
    }

    /** The call's clock texts: time left, elapsed, progress, insistence. */
    public CallClock clock() {
        return clockText;
    }

    /** The times on offer: proposals and the "more times" list. */
    public ProposalList times() {
        return times;
    }

    /** The idle panel's look at the calendar: next meeting and today's count. */
    public CalendarWatch calendarWatch() {
        return watch;
    }

    /** The wrap-up cues: colour level and a brief banner. */
    public PanelCue cue() {
        return cue;
    }

    /** True once the rep said the prospect will come back with a date (in the closing minutes). */
    public ReadOnlyBooleanProperty deferringProperty() {
        return deferring;
    }

    /** "Remind me: follow up Wed 2 Dec", offered while the prospect defers; empty otherwise. */
    public ReadOnlyStringProperty followUpReminderProperty() {
        return followUpReminder;
    }

    /** The message line. */
    public StatusLine status() {
        return status;
    }

    /** The proposals, best first (shortcut for {@code times().slots()}). */
    public ObservableList<SpokenSlot> slots() {
        return times.slots();
    }

    public ReadOnlyStringProperty bookedTimeProperty() {
        return bookedTime;
    }

    public ReadOnlyStringProperty inviteStatusProperty() {
        return inviteStatus;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    /** True when the running call was picked up from the calendar, so the rep may dismiss it. */
    public ReadOnlyBooleanProperty fromCalendarProperty() {
        return fromCalendar;
    }

    /** The zone proposals are spoken in for the prospect; the rep can change it during the call. */
    public ReadOnlyObjectProperty<ZoneId> prospectZoneProperty() {
        return prospectZone;
    }

    // ---- inputs the view binds to ----

    public IntegerProperty plannedMinutesProperty() {
        return plannedMinutes;
    }

    public StringProperty prospectEmailProperty() {
        return prospectEmail;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** Whether slot {@code index} can be booked right now; the view binds its button's disable to the inverse. */
    public BooleanBinding canBook(int index) {
        return Bindings.createBooleanBinding(
                () -> state.get().isClosing() && !working.get() && index < times.slots().size(), state, working,
                times.slots());
    }

    public BooleanBinding canStart() {
        return Bindings.createBooleanBinding(() -> state.get() == PanelState.IDLE && !working.get(), state, working);
    }

    public BooleanBinding canEnd() {
        return Bindings.createBooleanBinding(() -> state.get().hasCall() && !working.get(), state, working);
    }

    // ---- commands ----

    /** Called once when the panel opens: picks up a call that was running when the app last closed. */
    public void open() {
        working.set(true);
        tasks.run(() -> services.history().list(new HistoryQuery(false, false, Optional.empty(), 1)),
                records -> {
                    working.set(false);
                    records.stream().findFirst().map(CallRecord::call)
                            .filter(Call::isRunning)
                            .filter(c -> c.timing().plannedEnd().plus(Duration.ofHours(1)).isAfter(clock.instant()))
                            .ifPresent(running -> {
                                rememberEvent(running);
                                enterCall(running);
                                say("Resumed the call that was running.");
                            });
                    tick();
                },
                this::failed);
    }

    /** Starts a call by hand with the planned length and (optional) prospect address from the inputs. */
    public void startCall() {
        if (!canStart().get()) {
            return;
        }
        Prospect who;
        try {
            who = manualProspect();
        } catch (IllegalArgumentException e) {
            sayError(e.getMessage());
            return;
        }
        Duration length = Duration.ofMinutes(Math.max(1, plannedMinutes.get()));
        working.set(true);
        tasks.run(() -> services.calls().startManual(length, who), started -> {
            working.set(false);
            enterCall(started);
            say("");
        }, this::failed);
    }

    /** Advances the panel to the clock's present: phase, time texts, calendar polling. */
    public void tick() {
        Instant now = clock.instant();
        prefetchIfDue(now);
        line.checkFileIfDue(now, this::sayError, this::say, () -> {
            if (call != null && state.get().isClosing()) {
                refreshLine();
            }
        });
        // The calendar is watched in a call too, so a calendar that fails mid-call is reported; a
        // meeting that starts meanwhile is picked up only once the panel is idle again.
        watch.tick(now, call == null ? this::startFromCalendar : ignored -> { }, this::failed);
        if (call == null) {
            return;
        }
        CallPreferences prefs = preferences.get();
        applyNextMeeting(prefs);
        CallTiming timing = call.timing();
        clockText.show(timing, now, prefs.phaseRules(), prefs.repZone());
        if (state.get() == PanelState.BOOKED) {
            cue.clear();
            checkReplyIfDue(now);
            return;
        }
        CallPhase phase = timing.phaseAt(now, prefs.phaseRules());
        boolean escalated = timing.isEscalated(now, prefs.phaseRules());
        long minutesLeft = Math.max(0, (timing.remaining(now).getSeconds() + 59) / 60);
        cue.follow(phase, escalated, minutesLeft, prefs.cueSound());
        PanelState next = switch (phase) {
            case WRAP_UP -> PanelState.WRAP_UP;
            case OVERTIME -> PanelState.OVERTIME;
            default -> PanelState.IN_CALL;
        };
        boolean entered = next != state.get();
        boolean escalatedNow = escalated && !wasEscalated;
        wasEscalated = escalated;
        state.set(next);
        if (next.isClosing() && (entered || escalatedNow)) {
            line.moment();
        }
        if (!next.isClosing() || times.isLoading() || booking) {
            return;
        }
        // As the call runs on, the soonest time on offer can fall inside the minimum notice: replace
        // the times before the rep offers one that booking would refuse.
        if (times.isEmpty() && entered || times.offersTimeBefore(now.plus(prefs.minimumNotice()))) {
            loadProposals();
        } else if (line.isDue()) {
            refreshLine();
        }
    }

    /**
     * Back-to-back: the next meeting on the calendar shortens the call. A meeting that starts within
     * the opening is taken to be this very call (the rep started the timer a little early).
     */
    private void applyNextMeeting(CallPreferences prefs) {
        Instant notBefore = call.timing().start().plus(prefs.phaseRules().openingLength());
        Optional<Instant> following = watch.followingMeetingProperty().get().filter(at -> at.isAfter(notBefore));
        CallTiming timing = call.timing().withNextMeeting(following);
        if (!timing.equals(call.timing())) {
            call = call.withTiming(timing);
        }
    }

    /** Books proposed slot {@code index} (0-based): one click, one event, however often it is clicked. */
    public void book(int index) {
        if (index >= 0 && index < times.slots().size()) {
            book(times.slots().get(index));
        }
    }

    /** Books one of the further times from the "more times" list. */
    public void bookMore(int index) {
        if (index >= 0 && index < times.more().size()) {
            book(times.more().get(index));
        }
    }

    /** Shows the next page of good times after the proposals. */
    public void showMoreTimes() {
        if (call != null && state.get().isClosing()) {
            times.loadMore(call.prospect().zone(),
                    failure -> failed("Could not find more times", failure, this::showMoreTimes));
        }
    }

    /**
     * The calendar is unreachable: books the chosen time into the local calendar and writes an .ics
     * invitation to send from any mail client, so the call still ends with a date.
     */
    public void writeIcsInstead() {
        SpokenSlot chosen = offlineChoice.get();
        if (chosen != null) {
            book(chosen, services.booking().offline());
        }
    }

    private void book(SpokenSlot chosen) {
        book(chosen, services.booking().online());
    }

    private void book(SpokenSlot chosen, BookNextStep through) {
        if (booking || !state.get().isClosing()) {
            return;
        }
        offlineChoice.set(null);
        Call current = call;
        booking = true;
        bookingOffline = through == services.booking().offline();
        working.set(true);
        say("Booking " + chosen.label() + "…");
        BookNextStep.Intent intent = new BookNextStep.Intent(current.id(), chosen.slot(), current.prospect(), "",
                notes.get());
        tasks.run(() -> through.book(intent), outcome -> {
            booking = false;
            working.set(false);
            handleBooking(outcome, chosen, through);
        }, failure -> {
            booking = false;
            // The rep's choice is kept: Retry books the same time with the same notes.
            failed("Could not book " + chosen.label() + "; your choice is kept", failure,
                    () -> book(chosen, through));
        });
    }

    /**
     * Undo: cancels the meeting just booked (a misclick, or the prospect changed their mind) and
     * goes back to offering times. The local calendar frees the time and a cancel notice is written.
     */
    public void undoBooking() {
        if (state.get() != PanelState.BOOKED || bookedEventId == null || working.get()) {
            return;
        }
        String eventId = bookedEventId;
        working.set(true);
        CancelNextStep cancelling = bookedOffline ? services.booking().cancelOffline()
                : services.booking().cancelOnline();
        tasks.run(() -> cancelling.cancel(eventId), outcome -> {
            working.set(false);
            if (outcome instanceof CancelOutcome.Failed || outcome instanceof CancelOutcome.NotCancellable) {
                sayError(outcome.message());
                return;
            }
            bookedEventId = null;
            bookedTime.set("");
            inviteStatus.set("");
            state.set(PanelState.IN_CALL); // the next tick puts it back in wrap-up or overtime
            times.clear();
            tick();
            say(outcome instanceof CancelOutcome.Cancelled cancelled && !cancelled.invite().isEmpty()
                    ? "Cancelled. Send the cancellation: " + fileName(cancelled.invite()) + " in the invites folder."
                    : "Cancelled.");
        }, this::failed);
    }

    /**
     * "They'll get back to me" as the panel's button means it: in the closing minutes the panel first
     * backs off (a line that does not push, and a follow-up reminder to accept); pressed again, or
     * before the wrap-up, it ends the call with that outcome.
     */
    public void prospectDefers() {
        if (call == null || working.get() || state.get() == PanelState.BOOKED) {
            return;
        }
        if (!state.get().isClosing() || deferring.get()) {
            theyWillGetBack();
            return;
        }
        deferring.set(true);
        followUpReminder.set("Remind me: follow up " + DAY.format(reminderDate()));
        line.moment();
        refreshLine();
        say(""); // the line on show says it; the panel keeps its room for the reminder and the times
    }

    /** Accepts the follow-up reminder: noted on the call, which ends as "they'll get back to me". */
    public void remindAndEnd() {
        if (call == null || !deferring.get()) {
            return;
        }
        String when = DAY.format(reminderDate());
        String before = notes.get() == null || notes.get().isBlank() ? "" : notes.get().strip() + "\n";
        notes.set(before + "Follow up on " + when + " if no date by then.");
        endWith(Outcome.FOLLOW_UP_PROMISED, "Recorded: they'll get back to you. Follow up on " + when + ".");
    }

    private java.time.LocalDate reminderDate() {
        java.time.LocalDate day = clock.instant().atZone(preferences.get().repZone()).toLocalDate();
        int added = 0;
        while (added < REMINDER_WORKING_DAYS) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() <= 5) {
                added++;
            }
        }
        return day;
    }

    /** The prospect will come back with a date: end the call with that outcome. */
    public void theyWillGetBack() {
        endWith(Outcome.FOLLOW_UP_PROMISED, "Recorded: they'll get back to you.");
    }

    /** No next meeting is needed (won, lost, not a fit). */
    public void noNextStep() {
        endWith(Outcome.NO_NEXT_STEP_NEEDED, "Recorded: no next step needed.");
    }

    /** Ends the call; a booked next step keeps the outcome "booked", a deferring prospect "they'll get back". */
    public void endCall() {
        if (deferring.get()) {
            theyWillGetBack();
        } else {
            endWith(Outcome.UNRESOLVED, "Call ended.");
        }
    }

    /** The picked-up calendar event is not a sales call: forget it and do not pick it up again. */
    public void dismissCall() {
        if (call == null || !fromCalendar.get()) {
            return;
        }
        Call dismissed = call;
        working.set(true);
        tasks.run(() -> {
            services.calls().dismiss(dismissed);
            return dismissed;
        }, done -> {
            working.set(false);
            leaveCall();
            say("Dismissed: not tracked as a call.");
        }, this::failed);
    }

    /**
     * The prospect is in another zone: remember it for this call and their next ones, and in the
     * closing phases offer times that suit that zone.
     */
    public void changeProspectZone(ZoneId zone) {
        if (call == null || zone == null || zone.equals(call.prospect().zone())) {
            return;
        }
        Call current = call;
        working.set(true);
        tasks.run(() -> services.calls().changeProspectZone(current, zone), changed -> {
            working.set(false);
            if (call != current) {
                return;
            }
            call = changed;
            prospectZone.set(zone);
            if (state.get().isClosing()) {
                loadProposals();
            }
        }, this::failed);
    }

    /** Adds minutes to the planned end (the call runs longer than booked). */
    public void extend(int minutes) {
        if (call == null || minutes <= 0) {
            return;
        }
        Call current = call;
        working.set(true);
        tasks.run(() -> services.calls().extend(current, Duration.ofMinutes(minutes)), extended -> {
            working.set(false);
            if (call != current) {
                return;
            }
            call = extended;
            times.clear();
            tick();
        }, this::failed);
    }

    /**
     * The rep wants to close now: the call is brought forward to end in the wrap-up margin (ten
     * minutes by default), so the wrap-up starts at once. Only before the wrap-up.
     */
    public void wrapUpNow() {
        if (call == null || state.get() != PanelState.IN_CALL || working.get()) {
            return;
        }
        Call current = call;
        Duration margin = preferences.get().phaseRules().wrapUpBeforeEnd();
        working.set(true);
        tasks.run(() -> services.calls().wrapUpNow(current, margin), early -> {
            working.set(false);
            if (call == current) {
                call = early;
            }
            tick();
        }, this::failed);
    }

    /**
     * A subscribed calendar changed or its problems did: look at the calendar again at once, and in
     * the closing minutes fetch fresh times.
     */
    public void calendarChanged() {
        watch.lookSoon();
        if (call != null && state.get().isClosing() && !booking) {
            loadProposals();
        }
        tick();
    }

    /** Fetches every subscribed calendar now: the "try again" for a stale calendar. */
    public void refreshCalendars() {
        working.set(true);
        tasks.run(services.calendar().subscriptions()::refreshAll, changed -> {
            working.set(false);
            calendarChanged();
        }, this::failed);
    }

    /** Shows a problem found outside the panel (settings, a repaired history file) in the message line. */
    public void showNotice(String text) {
        sayError(text);
    }

    /** A short summary of the call for the CRM, ready for the clipboard. */
    public String summary() {
        if (call == null) {
            return "";
        }
        ZoneId zone = preferences.get().repZone();
        StringBuilder text = new StringBuilder();
        text.append("Call with ").append(call.prospect().displayName())
                .append(" on ").append(DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm")
                        .format(call.timing().start().atZone(zone)));
        if (!bookedTime.get().isEmpty()) {
            text.append("\nNext call: ").append(bookedTime.get());
        }
        if (!notes.get().isBlank()) {
            text.append("\nNotes: ").append(notes.get().strip());
        }
        return text.toString();
    }

    // ---- internals ----

    private void handleBooking(BookingOutcome outcome, SpokenSlot chosen, BookNextStep through) {
        if (outcome instanceof BookingOutcome.Booked booked) {
            bookedEventId = booked.nextStep().eventId();
            bookedOffline = bookingOffline;
            lastReplyCheck = clock.instant();
            state.set(PanelState.BOOKED);
            cue.clear();
            // The booked state shows the date itself: "tomorrow" is for saying, not for reading later.
            bookedTime.set(chosen.otherZoneLabel().isEmpty() ? chosen.label()
                    : chosen.label() + " (" + chosen.otherZoneLabel() + " for you)");
            inviteStatus.set(booked.invite().isEmpty()
                    ? "Saved in your calendar. Add the prospect's e-mail to send an invite."
                    : "Invite ready to send from your mail: " + fileName(booked.invite()) + " in the invites folder");
            line.moment();
            refreshLine();
            say("Booked.");
        } else if (outcome instanceof BookingOutcome.Offline offline) {
            offlineChoice.set(chosen);
            sayError(offline.message() + ". Nothing was booked; your choice is kept. You can write an .ics "
                    + "invite instead, to send from your mail.");
        } else if (outcome instanceof BookingOutcome.Refused refused) {
            sayError(refused.message() + " Here are fresh times.");
            loadProposals();
        } else {
            // Failed: nothing was booked; Retry books the same time with the same notes.
            status.sayError("Could not book " + chosen.label() + "; your choice is kept: " + outcome.message(),
                    () -> book(chosen, through));
        }
    }

    /**
     * During a call, every half minute: keep free/busy for the proposal window fresh in the background,
     * so that a click in the closing minutes books with one round trip.
     */
    private void prefetchIfDue(Instant now) {
        if (call == null || lastPrefetch != null && now.isBefore(lastPrefetch.plus(PREFETCH_EVERY))) {
            return;
        }
        lastPrefetch = now;
        CallPreferences prefs = preferences.get();
        Interval window = new Interval(now, now.atZone(prefs.repZone()).plusDays(prefs.horizonDays()).toInstant());
        tasks.run(() -> {
            services.calendar().prefetcher().prefetch(window);
            return window;
        }, done -> { }, failure -> LOG.log(Level.FINE, "free/busy prefetch failed; tried again soon", failure));
    }

    /**
     * Signs in to Google in the system browser, from the panel; waits up to five minutes for the rep to
     * come back from the browser. {@link #cancelSignIn()} stops waiting.
     */
    public void signIn() {
        services.calendar().account().ifPresent(account -> {
            signInCancelled = false;
            working.set(true);
            say("Sign in in your browser; NextCall waits for Google's answer.");
            tasks.run(() -> account.signIn(services.calendar().openBrowser(), SIGN_IN_TIMEOUT, () -> signInCancelled),
                    result -> {
                        working.set(false);
                        if (result instanceof CalendarAccount.SignInResult.SignedIn) {
                            say("Signed in to Google Calendar.");
                            calendarChanged();
                        } else {
                            sayError(signInMessage(result));
                        }
                    }, this::failed);
        });
    }

    public void cancelSignIn() {
        signInCancelled = true;
    }

    private static String signInMessage(CalendarAccount.SignInResult result) {
        if (result instanceof CalendarAccount.SignInResult.Failed failed) {
            return "Sign-in failed: " + failed.reason();
        }
        if (result instanceof CalendarAccount.SignInResult.TimedOut) {
            return "Sign-in timed out: the browser did not come back. Try again.";
        }
        return "Sign-in cancelled.";
    }

    /** In the booked state, once a minute: has the prospect answered the invitation? */
    private void checkReplyIfDue(Instant now) {
        if (bookedEventId == null || working.get()
                || lastReplyCheck != null && now.isBefore(lastReplyCheck.plus(REPLY_POLL))) {
            return;
        }
        lastReplyCheck = now;
        String eventId = bookedEventId;
        tasks.run(() -> services.calendar().invites().sync(), report -> report.changed().stream()
                .filter(step -> step.eventId().equals(eventId))
                .findFirst()
                .ifPresent(step -> inviteStatus.set(switch (step.status()) {
                    case ACCEPTED -> "Accepted by the prospect.";
                    case TENTATIVE -> "The prospect said maybe.";
                    case DECLINED -> "Declined by the prospect: offer other times.";
                    case CANCELLED -> "The meeting was deleted in the calendar.";
                    default -> inviteStatus.get();
                })), failure -> LOG.log(Level.FINE, "reply check failed; tried again in a minute", failure));
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private void endWith(Outcome outcome, String confirmation) {
        if (call == null || working.get()) {
            return;
        }
        Call current = call.withNotes(notes.get());
        working.set(true);
        tasks.run(() -> services.calls().end(current, outcome), ended -> {
            working.set(false);
            leaveCall();
            say(ended.outcome() == Outcome.NEXT_STEP_BOOKED ? "Call saved with its next step." : confirmation);
        }, this::failed);
    }

    private void enterCall(Call started) {
        call = started;
        rememberEvent(started);
        resetPrompting();
        line.start(started);
        times.clear();
        bookedTime.set("");
        inviteStatus.set("");
        prospect.set(started.prospect().isKnown() ? started.prospect().displayName() : "Call in progress");
        fromCalendar.set(started.source().kind() == CallSource.Kind.CALENDAR);
        prospectZone.set(started.prospect().zone());
        state.set(PanelState.IN_CALL);
        tick();
    }

    private void leaveCall() {
        call = null;
        resetPrompting();
        clockText.clear();
        times.clear();
        notes.set("");
        prospectEmail.set("");
        fromCalendar.set(false);
        prospectZone.set(null);
        state.set(PanelState.IDLE);
        watch.lookSoon();
        tick();
    }

    private void rememberEvent(Call c) {
        if (c.source().kind() == CallSource.Kind.CALENDAR) {
            watch.markHandled(c.source().eventId());
        }
    }

    private void loadProposals() {
        Call current = call;
        times.load(current.prospect().zone(), () -> {
            if (times.isEmpty()) {
                sayError("No free time found in the next days: check your working hours in the settings.");
            }
            refreshLine();
        }, failure -> failed("Could not find free times", failure, () -> {
            if (call == current && state.get().isClosing()) {
                loadProposals();
            }
        }));
    }

    private void resetPrompting() {
        line.clear();
        wasEscalated = false;
        deferring.set(false);
        followUpReminder.set("");
        cue.clear();
    }

    /** A new line when a moment is due, else the line on show re-filled with the times on offer. */
    private void refreshLine() {
        if (call == null) {
            return;
        }
        Prospect who = call.prospect();
        ZoneId repZone = preferences.get().repZone();
        Instant now = clock.instant();
        boolean otherZone = !who.zone().getRules().getOffset(now).equals(repZone.getRules().getOffset(now));
        line.refresh(call, new SuggestedLine.Situation(
                state.get() == PanelState.OVERTIME ? CallPhase.OVERTIME : CallPhase.WRAP_UP,
                clockText.escalatedProperty().get(), times.slots().stream().map(SpokenSlot::spoken).toList(),
                otherZone ? ZoneChoices.place(who.zone()) : "", notes.get(), state.get() == PanelState.BOOKED,
                deferring.get()));
    }

    private void startFromCalendar(CalendarEvent event) {
        if (call != null || working.get()) {
            return;
        }
        watch.markHandled(event.id());
        ZoneId zone = preferences.get().repZone();
        Prospect outside = services.calendar().look().prospectOf(event)
                .map(a -> Prospect.of(a, zone)).orElse(Prospect.unknown(zone));
        working.set(true);
        tasks.run(() -> services.calls().startFromCalendar(event, outside), started -> {
            working.set(false);
            enterCall(started);
            say("Tracking \"" + event.title() + "\" until " + TIME.format(event.time().end().atZone(zone))
                    + ". Not a sales call? Dismiss it.");
        }, this::failed);
    }

    private Prospect manualProspect() {
        ZoneId zone = preferences.get().repZone();
        String email = prospectEmail.get() == null ? "" : prospectEmail.get().strip();
        if (email.isEmpty()) {
            return Prospect.unknown(zone);
        }
        if (!email.contains("@") || email.contains(" ")) {
            throw new IllegalArgumentException("'" + email + "' is not an e-mail address.");
        }
        return new Prospect("", email, "", zone);
    }

    private void failed(Throwable failure) {
        working.set(false);
        status.failed(failure);
    }

    private void failed(String what, Throwable failure, Runnable retry) {
        working.set(false);
        status.failed(what, failure, retry);
    }

    private void say(String text) {
        status.say(text);
    }

    private void sayError(String text) {
        status.sayError(text);
    }
}
