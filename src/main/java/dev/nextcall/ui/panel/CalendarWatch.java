package dev.nextcall.ui.panel;

import dev.nextcall.app.LookAtCalendar;
import dev.nextcall.app.ReviewHistory;
import dev.nextcall.app.SyncInvites;
import dev.nextcall.app.port.CalendarAccount;
import dev.nextcall.app.port.CalendarProblem;
import dev.nextcall.app.port.CallHistory;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.ui.common.BackgroundTasks;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The idle panel's look at the calendar, every half minute: the next meeting, today's count, and a
 * meeting that has just started (each meeting is reported once, so a dismissed one stays dismissed).
 */
public final class CalendarWatch {

    /** How often the idle panel looks at the calendar for a meeting that has started. */
    static final Duration POLL = Duration.ofSeconds(30);

    /** Replies are asked for quietly, every five minutes, while the panel is idle. */
    static final Duration REPLY_POLL = Duration.ofMinutes(5);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LookAtCalendar calendar;
    private final ReviewHistory history;
    private final SyncInvites invites;
    private final Optional<CalendarAccount> account;
    private final BackgroundTasks tasks;
    private final Supplier<ZoneId> repZone;

    private final StringProperty nextMeeting = new SimpleStringProperty("");
    private final StringProperty todayCount = new SimpleStringProperty("");
    private final StringProperty calendarProblems = new SimpleStringProperty("");
    private final StringProperty attention = new SimpleStringProperty("");
    private final StringProperty signIn = new SimpleStringProperty("");
    private final ObjectProperty<Optional<Instant>> followingMeeting = new SimpleObjectProperty<>(Optional.empty());
    private Instant lastReplies;
    private final Set<String> handledEvents = new HashSet<>();
    private Instant lastLook;
    private boolean looking;

    CalendarWatch(LookAtCalendar calendar, ReviewHistory history, SyncInvites invites,
                  Optional<CalendarAccount> account, BackgroundTasks tasks, Supplier<ZoneId> repZone) {
        this.calendar = calendar;
        this.history = history;
        this.invites = invites;
        this.account = account;
        this.tasks = tasks;
        this.repZone = repZone;
    }

    public ReadOnlyStringProperty nextMeetingProperty() {
        return nextMeeting;
    }

    public ReadOnlyStringProperty todayCountProperty() {
        return todayCount;
    }

    /**
     * Why the rep needs to sign in to Google (never signed in, or the sign-in stopped working); empty
     * when signed in or when Google is not the rep's calendar.
     */
    public ReadOnlyStringProperty signInProperty() {
        return signIn;
    }

    /** How many booked next steps need the rep (declined, or unanswered for a working day); empty for none. */
    public ReadOnlyStringProperty attentionProperty() {
        return attention;
    }

    /** Calendars that failed or are out of date, one per line; empty when every calendar is read. */
    public ReadOnlyStringProperty calendarProblemsProperty() {
        return calendarProblems;
    }

    /**
     * When the rep's next meeting of any kind starts, as of the last look: a call that would run into
     * it ends early. Empty when nothing follows within a day.
     */
    public ReadOnlyObjectProperty<Optional<Instant>> followingMeetingProperty() {
        return followingMeeting;
    }

    /** A meeting already tracked (or dismissed) is not reported again. */
    void markHandled(String eventId) {
        handledEvents.add(eventId);
    }

    /** The next tick looks again at once (after a call ends, the count has changed). */
    void lookSoon() {
        lastLook = null;
    }

    /**
     * Looks at the calendar if half a minute has passed since the last look.
     *
     * @param started receives a meeting in progress that was not reported before
     * @param failed  receives a calendar or history failure
     */
    void tick(Instant now, Consumer<CalendarEvent> started, Consumer<Throwable> failed) {
        if (looking || lastLook != null && now.isBefore(lastLook.plus(POLL))) {
            return;
        }
        looking = true;
        lastLook = now;
        boolean withReplies = lastReplies == null || !now.isBefore(lastReplies.plus(REPLY_POLL));
        if (withReplies) {
            lastReplies = now;
        }
        tasks.run(() -> {
            Optional<CalendarAccount.Status> status = account.map(CalendarAccount::status);
            boolean signedIn = status.isEmpty() || status.get() instanceof CalendarAccount.Status.SignedIn;
            // Signed out, the calendar cannot answer: say so once, instead of a failure every half minute.
            return new Look(signedIn ? calendar.look() : new LookAtCalendar.Glance(Optional.empty(), Optional.empty(),
                    List.of()), history.today(),
                    withReplies && signedIn ? Optional.of(invites.sync().needsAttention().size()) : Optional.empty(),
                    status);
        }, look -> {
            looking = false;
            show(look);
            look.calendar().inProgress()
                    .filter(event -> !handledEvents.contains(event.id()))
                    .ifPresent(started);
        }, failure -> {
            looking = false;
            failed.accept(failure);
        });
    }

    /** @param needingAttention when replies were checked this time, how many next steps need the rep */
    private static String signInText(CalendarAccount.Status status) {
        if (status instanceof CalendarAccount.Status.NeedsSignIn again) {
            return "Google Calendar: sign in again. " + again.reason();
        }
        if (status instanceof CalendarAccount.Status.SignedOut out) {
            return "Google Calendar is not connected. " + out.hint();
        }
        return "";
    }

    private record Look(LookAtCalendar.Glance calendar, CallHistory.CallCounts today,
                        Optional<Integer> needingAttention, Optional<CalendarAccount.Status> account) {
    }

    private void show(Look look) {
        ZoneId zone = repZone.get();
        followingMeeting.set(look.calendar().following().map(e -> e.time().start()));
        nextMeeting.set(look.calendar().next()
                .map(e -> "Next: " + (e.title().isBlank() ? "meeting" : e.title()) + " at "
                        + TIME.format(e.time().start().atZone(zone)))
                .orElse("No more meetings in the next 24 hours"));
        calendarProblems.set(look.calendar().problems().stream()
                .map(CalendarProblem::describe)
                .collect(Collectors.joining("\n")));
        signIn.set(look.account().map(CalendarWatch::signInText).orElse(""));
        look.needingAttention().ifPresent(n -> attention.set(n == 0 ? ""
                : n == 1 ? "1 invite needs attention: declined or unanswered" : n + " invites need attention: "
                        + "declined or unanswered"));
        int calls = look.today().calls();
        todayCount.set(calls == 0 ? "No calls yet today"
                : "Today: " + look.today().withNextStep() + " of " + calls + " calls with a next step");
    }
}
