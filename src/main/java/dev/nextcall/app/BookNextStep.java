package dev.nextcall.app;

import dev.nextcall.app.port.BookingGateway;
import dev.nextcall.app.port.BookingRequest;
import dev.nextcall.app.port.BookingResult;
import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CalendarOfflineException;
import dev.nextcall.app.port.CallHistory;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.domain.slot.RuleViolation;
import dev.nextcall.domain.slot.SlotFinder;
import dev.nextcall.domain.slot.SlotRequest;
import dev.nextcall.domain.slot.SlotRules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Books the follow-up meeting through a journal, so that a crash, a retry or a double click leaves
 * exactly one event or none, and the history says which:
 * <ol>
 *   <li>save the intent (a pending next step with an event id of our own) before touching the calendar;</li>
 *   <li>re-check the time against every rule and fresh busy time;</li>
 *   <li>ask the calendar to book it under that id (idempotent by id);</li>
 *   <li>record the result: booked, or failed with the reason.</li>
 * </ol>
 */
public final class BookNextStep {

    private static final Set<NextStepStatus> LIVE =
            EnumSet.of(NextStepStatus.PENDING, NextStepStatus.BOOKED, NextStepStatus.ACCEPTED, NextStepStatus.TENTATIVE);

    private final CallHistory history;
    private final AvailabilityReader availability;
    private final BookingGateway gateway;
    private final Supplier<SlotRules> rules;
    private final Supplier<BookingProfile> profile;
    private final IdSource ids;
    private final Clock clock;
    private final Journal journal;

    public BookNextStep(CallHistory history, AvailabilityReader availability, BookingGateway gateway,
                        Supplier<SlotRules> rules, Supplier<BookingProfile> profile, IdSource ids, Clock clock) {
        this.history = history;
        this.availability = availability;
        this.gateway = gateway;
        this.rules = rules;
        this.profile = profile;
        this.ids = ids;
        this.clock = clock;
        this.journal = new Journal(history, clock);
    }

    /**
     * @param title the event title; empty for the default "Follow-up: prospect"
     * @param notes the agreed follow-up actions, written into the invite
     */
    public record Intent(String callId, Interval slot, Prospect prospect, String title, String notes) {
        public Intent {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(prospect, "prospect");
            title = title == null ? "" : title.strip();
            notes = notes == null ? "" : notes.strip();
        }
    }

    public BookingOutcome book(Intent intent) {
        BookingProfile who = profile.get();
        // Only this calendar's steps: an .ics invite written while Google was unreachable is its own booking.
        Optional<NextStep> earlier = history.nextStepsOf(intent.callId()).stream()
                .filter(step -> step.calendar() == who.calendar())
                .filter(step -> step.time().equals(intent.slot()) && LIVE.contains(step.status()))
                .reduce((first, second) -> second);
        if (earlier.isPresent() && earlier.get().status() != NextStepStatus.PENDING) {
            // A second click on the same slot: the meeting is already booked.
            return new BookingOutcome.Booked(earlier.get(), "", "");
        }
        NextStep pending = earlier.orElseGet(() -> new NextStep(ids.newEventId(), intent.callId(), who.calendar(),
                intent.slot(), attendeesOf(intent.prospect()), NextStepStatus.PENDING, "", clock.instant()));
        history.saveNextStep(pending);

        // Only an intent saved by an earlier click can have reached the calendar; a fresh id cannot be
        // there, and asking would add a round trip to every click.
        Optional<BookingResult.Booked> landed = earlier.isPresent() ? findQuietly(pending.eventId()) : Optional.empty();
        if (landed.isPresent()) {
            return markBooked(pending, landed.get());
        }
        List<RuleViolation> violations;
        try {
            violations = check(intent);
        } catch (CalendarOfflineException e) {
            return offline(pending, e);
        } catch (CalendarException e) {
            return fail(pending, "could not read the calendar to check the time: " + e.getMessage());
        }
        if (!violations.isEmpty()) {
            return new BookingOutcome.Refused(journal.failed(pending, describe(violations)), violations);
        }
        BookingResult result;
        try {
            result = gateway.book(requestFor(intent, pending, who));
        } catch (CalendarOfflineException e) {
            // The insert may have gone out before the connection broke: the intent stays pending, and
            // reconciling (at start-up or with sync) finds out whether the event exists.
            return new BookingOutcome.Offline(pending, e.getMessage());
        } catch (CalendarException e) {
            // Retries ran out or the answer was lost: the event may exist. The intent stays pending,
            // so the next click on this time (same id) or reconciling settles it without a duplicate.
            return new BookingOutcome.Failed(pending, e.getMessage());
        }
        if (result instanceof BookingResult.Booked booked) {
            return markBooked(pending, booked);
        }
        return fail(pending, ((BookingResult.Failed) result).reason());
    }

    /** Every rule the time breaks, against fresh busy time and the present moment. */
    public List<RuleViolation> check(Intent intent) {
        SlotRules current = rules.get().withMeetingLength(intent.slot().duration());
        Instant now = clock.instant();
        // The same facts as when proposing (busy time with room for the buffers, meetings per day,
        // days off), read fresh for the slot's day.
        // Whole days, so that the daily cap counts the meetings earlier on the slot's day too.
        ZonedDateTime dayStart = intent.slot().start().atZone(current.repZone()).toLocalDate()
                .atStartOfDay(current.repZone());
        int days = (int) ChronoUnit.DAYS.between(dayStart.toLocalDate(),
                intent.slot().end().atZone(current.repZone()).toLocalDate()) + 1;
        SlotRequest request = availability.read(current, now, dayStart.toInstant(), days, intent.prospect().zone());
        return new SlotFinder(current).check(intent.slot(), request);
    }

    /**
     * Whether an earlier attempt already landed. A calendar that cannot answer is not an error here:
     * the booking below is idempotent by event id, so it cannot make a second event either way, and
     * the re-check right after reports an unreadable calendar to the rep.
     */
    private Optional<BookingResult.Booked> findQuietly(String eventId) {
        try {
            return gateway.find(eventId);
        } catch (CalendarException e) {
            return Optional.empty();
        }
    }

    private BookingOutcome markBooked(NextStep pending, BookingResult.Booked booked) {
        return new BookingOutcome.Booked(journal.booked(pending), booked.link(), booked.invite());
    }

    /** Offline before the insert went out: nothing can have been booked. */
    private BookingOutcome offline(NextStep pending, CalendarOfflineException e) {
        return new BookingOutcome.Offline(journal.failed(pending, "offline: " + e.getMessage()), e.getMessage());
    }

    private BookingOutcome fail(NextStep pending, String reason) {
        return new BookingOutcome.Failed(journal.failed(pending, reason), reason);
    }

    private BookingRequest requestFor(Intent intent, NextStep pending, BookingProfile who) {
        Prospect prospect = intent.prospect();
        String title = intent.title().isEmpty()
                ? "Follow-up: " + (prospect.isKnown() ? prospect.displayName() : who.organizer().displayName())
                : intent.title();
        return new BookingRequest(pending.eventId(), intent.slot(), rules.get().repZone(), title, description(intent, who), who.organizer(), pending.attendees(), who.meetingLink(),
                intent.callId());
    }

    private static String description(Intent intent, BookingProfile who) {
        StringBuilder text = new StringBuilder();
        if (!intent.notes().isEmpty()) {
            text.append("Agreed follow-up actions:\n").append(intent.notes()).append("\n\n");
        }
        if (!who.meetingLink().isEmpty()) {
            text.append("Join: ").append(who.meetingLink()).append("\n\n");
        }
        text.append("Booked with NextCall.");
        return text.toString();
    }

    private static List<Attendee> attendeesOf(Prospect prospect) {
        List<Attendee> list = new ArrayList<>();
        prospect.asAttendee().ifPresent(list::add);
        return list;
    }

    private static String describe(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::explanation).reduce((a, b) -> a + "; " + b).orElse("");
    }
}
