package dev.nextcall.app;

import dev.nextcall.app.port.CalendarHealth;
import dev.nextcall.app.port.CalendarProblem;
import dev.nextcall.app.port.CalendarSource;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the calendar says about now: the meeting in progress (the call to track) and the next one
 * coming up (for the idle panel).
 */
public final class LookAtCalendar {

    private static final Duration LOOK_AHEAD = Duration.ofHours(24);

    private final CalendarSource calendar;
    private final CalendarHealth health;
    private final Supplier<String> repEmail;
    private final Clock clock;

    public LookAtCalendar(CalendarSource calendar, CalendarHealth health, Supplier<String> repEmail, Clock clock) {
        this.calendar = calendar;
        this.health = health;
        this.repEmail = repEmail;
        this.clock = clock;
    }

    /**
     * @param inProgress a meeting with someone other than the rep happening now
     * @param next       the next meeting with someone other than the rep, starting within a day
     * @param problems   calendars that failed or are out of date: what the panel cannot see
     * @param following  the next meeting of any kind starting after now (a stand-up counts too): a
     *                   call that would run into it ends early
     */
    public record Glance(Optional<CalendarEvent> inProgress, Optional<CalendarEvent> next,
                         List<CalendarProblem> problems, Optional<CalendarEvent> following) {
        public Glance {
            problems = List.copyOf(problems);
            following = following == null ? Optional.empty() : following;
        }

        public Glance(Optional<CalendarEvent> inProgress, Optional<CalendarEvent> next,
                      List<CalendarProblem> problems) {
            this(inProgress, next, problems, Optional.empty());
        }
    }

    /** The prospect on a meeting: the first attendee who is not the rep. */
    public Optional<Attendee> prospectOf(CalendarEvent event) {
        return event.firstOutsideAttendee(repEmail.get());
    }

    public Glance look() {
        Instant now = clock.instant();
        List<CalendarEvent> events = calendar.events(new Interval(now, now.plus(LOOK_AHEAD)));
        String rep = repEmail.get();
        Optional<CalendarEvent> current = events.stream()
                .filter(e -> e.time().contains(now))
                .filter(e -> e.firstOutsideAttendee(rep).isPresent())
                .findFirst();
        Optional<CalendarEvent> next = events.stream()
                .filter(e -> e.time().start().isAfter(now))
                .filter(e -> e.firstOutsideAttendee(rep).isPresent())
                .findFirst();
        Optional<CalendarEvent> following = events.stream()
                .filter(e -> e.time().start().isAfter(now))
                .min(java.util.Comparator.comparing(e -> e.time().start()));
        return new Glance(current, next, health.problems(), following);
    }
}
