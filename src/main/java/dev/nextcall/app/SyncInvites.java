package dev.nextcall.app;

import dev.nextcall.app.port.CallHistory;
import dev.nextcall.app.port.InviteReplies;
import dev.nextcall.app.port.InviteReply;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.domain.history.ReplyDeadline;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Brings the prospects' replies into the history: each upcoming next step becomes accepted, tentative
 * or declined as the calendar says, and the ones that need the rep (declined, or unanswered a working
 * day after booking) are listed. Quiet: it changes nothing when nothing changed.
 */
public final class SyncInvites {

    private final CallHistory history;
    private final InviteReplies replies;
    private final Supplier<ReplyDeadline> deadline;
    private final Journal journal;
    private final Clock clock;

    public SyncInvites(CallHistory history, InviteReplies replies, Supplier<ReplyDeadline> deadline, Clock clock) {
        this.history = history;
        this.replies = replies;
        this.deadline = deadline;
        this.journal = new Journal(history, clock);
        this.clock = clock;
    }

    /**
     * @param changed        next steps whose status changed in this sync
     * @param needsAttention upcoming next steps that need the rep: declined, or unanswered for a working day
     */
    public record Report(List<NextStep> changed, List<NextStep> needsAttention) {
        public Report {
            changed = List.copyOf(changed);
            needsAttention = List.copyOf(needsAttention);
        }
    }

    public Report sync() {
        Instant now = clock.instant();
        List<NextStep> upcoming = new ArrayList<>();
        for (NextStepStatus status : List.of(NextStepStatus.BOOKED, NextStepStatus.TENTATIVE, NextStepStatus.ACCEPTED,
                NextStepStatus.DECLINED)) {
            history.nextStepsWithStatus(status).stream()
                    .filter(step -> step.time().end().isAfter(now))
                    .forEach(upcoming::add);
        }
        Map<String, String> asked = new LinkedHashMap<>();
        for (NextStep step : upcoming) {
            if (step.status() != NextStepStatus.DECLINED) {
                step.attendees().stream().findFirst().map(Attendee::email).ifPresent(email -> asked.put(step.eventId(), email));
            }
        }
        Map<String, InviteReply> answers = asked.isEmpty() ? Map.of() : replies.replies(asked);
        List<NextStep> changed = new ArrayList<>();
        List<NextStep> attention = new ArrayList<>();
        ReplyDeadline rule = deadline.get();
        boolean silenceMeansSomething = replies.seesReplies();
        for (NextStep step : upcoming) {
            NextStep current = apply(step, answers.get(step.eventId()));
            if (current != step) {
                changed.add(current);
            }
            if (current.status() == NextStepStatus.DECLINED
                    || silenceMeansSomething && rule.needsAttention(current, now)) {
                attention.add(current);
            }
        }
        return new Report(changed, attention);
    }

    private NextStep apply(NextStep step, InviteReply reply) {
        NextStepStatus next = reply == null ? step.status() : switch (reply) {
            case ACCEPTED -> NextStepStatus.ACCEPTED;
            case TENTATIVE -> NextStepStatus.TENTATIVE;
            case DECLINED -> NextStepStatus.DECLINED;
            case GONE -> NextStepStatus.CANCELLED;
            case NEEDS_ACTION -> step.status();
        };
        if (Objects.equals(next, step.status())) {
            return step;
        }
        String reason = switch (next) {
            case DECLINED -> "the prospect declined";
            case CANCELLED -> "the event was deleted in the calendar";
            default -> "";
        };
        return journal.replied(step, next, reason);
    }
}
