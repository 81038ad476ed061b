package dev.nextcall.app;

import dev.nextcall.app.port.HistoryException;
import dev.nextcall.app.port.HistoryReview;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CallDetail;
import dev.nextcall.domain.history.FollowUp;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One call as plain text for pasting into a CRM: when (in the rep's zone), with whom, how it ended,
 * the next step, the follow-up actions and the notes. The review window copies it to the clipboard.
 */
public final class CrmSummary {

    /** English on purpose: the rest of NextCall speaks English, and CRM notes are read by the whole team. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final HistoryReview review;
    private final Supplier<ZoneId> repZone;

    public CrmSummary(HistoryReview review, Supplier<ZoneId> repZone) {
        this.review = review;
        this.repZone = repZone;
    }

    /** @throws HistoryException when the call is not in the history */
    public String of(String callId) {
        return text(review.detail(callId)
                .orElseThrow(() -> new HistoryException("the call '" + callId + "' is not in the history", null)),
                repZone.get());
    }

    /** The summary of {@code detail}, times in {@code zone}; lines end with "\n". */
    public static String text(CallDetail detail, ZoneId zone) {
        Call call = detail.call();
        Prospect p = call.prospect();
        StringBuilder out = new StringBuilder();
        out.append("Call with ").append(who(p)).append('\n');
        Interval when = new Interval(call.timing().start(),
                call.endedAt().filter(end -> end.isAfter(call.timing().start())).orElse(call.timing().plannedEnd()));
        out.append("When: ").append(span(when, zone)).append('\n');
        if (!p.zone().equals(zone)) {
            out.append("Prospect's time zone: ").append(p.zone().getId()).append('\n');
        }
        out.append("Outcome: ").append(outcome(call.outcome())).append('\n');
        NextStep step = detail.record().nextStep();
        if (step != null) {
            out.append("Next step: ").append(span(step.time(), zone)).append(" (").append(status(step.status()))
                    .append(step.reason().isEmpty() ? "" : ": " + step.reason()).append(")\n");
        } else {
            out.append("Next step: none\n");
        }
        detail.noNextStepMark().ifPresent(mark -> out.append("Why no next step: ").append(mark.describe()).append('\n'));
        if (!detail.followUps().isEmpty()) {
            out.append("Follow-up actions:\n");
            for (FollowUp followUp : detail.followUps()) {
                out.append("- [").append(followUp.done() ? 'x' : ' ').append("] ").append(oneLine(followUp.text()))
                        .append('\n');
            }
        }
        if (!call.notes().isBlank()) {
            out.append("Notes:\n");
            call.notes().strip().lines().forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.toString();
    }

    private static String who(Prospect p) {
        StringBuilder who = new StringBuilder(p.isKnown() ? p.displayName() : "an unknown prospect");
        if (!p.company().isEmpty()) {
            who.append(" (").append(p.company()).append(')');
        }
        if (!p.email().isEmpty() && !p.email().equals(p.displayName())) {
            who.append(" <").append(p.email()).append('>');
        }
        return who.toString();
    }

    /** "Mon 3 Feb 2025, 10:00–10:30 Europe/Berlin"; an end on another day is written in full. */
    private static String span(Interval interval, ZoneId zone) {
        ZonedDateTime start = interval.start().atZone(zone);
        ZonedDateTime end = interval.end().atZone(zone);
        String until = start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : DAY.format(end);
        return DAY.format(start) + "\u2013" + until + " " + zone.getId();
    }

    private static String outcome(Outcome outcome) {
        return switch (outcome) {
            case NEXT_STEP_BOOKED -> "next step booked";
            case FOLLOW_UP_PROMISED -> "follow-up promised";
            case NO_NEXT_STEP_NEEDED -> "no next step needed";
            case UNRESOLVED -> "unresolved";
        };
    }

    private static String status(NextStepStatus status) {
        return switch (status) {
            case PENDING -> "being booked";
            case BOOKED -> "invited, awaiting reply";
            case ACCEPTED -> "accepted";
            case TENTATIVE -> "tentatively accepted";
            case DECLINED -> "declined";
            case CANCELLED -> "cancelled";
            case FAILED -> "booking failed";
        };
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
