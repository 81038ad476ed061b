package dev.nextcall.ui.history;

import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The review's words for calls, outcomes and next steps. */
final class HistoryWords {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private HistoryWords() {
    }

    static HistoryRow row(CallRecord record, ZoneId zone) {
        var call = record.call();
        String prospect = call.prospect().isKnown() ? call.prospect().displayName() : "(no prospect named)";
        return new HistoryRow(call.id(), WHEN.format(call.timing().start().atZone(zone)), prospect,
                call.prospect().company(), outcome(call.outcome(), call.isRunning()), nextStep(record.nextStep(), zone),
                record.noNextStepMark().map(m -> m.describe()).orElse(""), record.withoutNextStep(), record);
    }

    static String outcome(Outcome outcome, boolean running) {
        if (running && outcome == Outcome.UNRESOLVED) {
            return "In progress";
        }
        return switch (outcome) {
            case NEXT_STEP_BOOKED -> "Next step booked";
            case FOLLOW_UP_PROMISED -> "They'll get back";
            case NO_NEXT_STEP_NEEDED -> "No next step needed";
            case UNRESOLVED -> "Unresolved";
        };
    }

    static String nextStep(NextStep step, ZoneId zone) {
        if (step == null) {
            return "—";
        }
        String when = WHEN.format(step.time().start().atZone(zone));
        String status = status(step.status());
        return step.reason().isEmpty() ? when + " (" + status + ")" : when + " (" + status + ": " + step.reason() + ")";
    }

    static String status(NextStepStatus status) {
        return switch (status) {
            case PENDING -> "being booked";
            case BOOKED -> "booked, awaiting reply";
            case ACCEPTED -> "accepted";
            case TENTATIVE -> "tentative";
            case DECLINED -> "declined";
            case CANCELLED -> "cancelled";
            case FAILED -> "failed";
        };
    }

    static String calls(int count) {
        return String.format(Locale.ENGLISH, "%,d %s", count, count == 1 ? "call" : "calls");
    }
}
