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
    /** The table's "when" in the current year: the year is what a narrow column can spare. */
    private static final DateTimeFormatter WHEN_THIS_YEAR = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm",
            Locale.ENGLISH);

    private HistoryWords() {
    }

    /** @param thisYear the rep's current year: calls in it are shown without the year */
    static HistoryRow row(CallRecord record, ZoneId zone, int thisYear) {
        var call = record.call();
        var started = call.timing().start().atZone(zone);
        String prospect = call.prospect().isKnown() ? call.prospect().displayName() : "(no prospect named)";
        return new HistoryRow(call.id(), (started.getYear() == thisYear ? WHEN_THIS_YEAR : WHEN).format(started), prospect,
                call.prospect().company(), outcome(record), nextStep(record.nextStep(), zone),
                record.noNextStepMark().map(m -> m.describe()).orElse(""), record.withoutNextStep(), record);
    }

    /** A booked call whose meeting was then lost says so: in the review it is a call without a next step. */
    static String outcome(CallRecord record) {
        var call = record.call();
        NextStep step = record.nextStep();
        if (call.outcome() == Outcome.NEXT_STEP_BOOKED && step != null && step.status().isLost()) {
            return "Next step " + status(step.status()).toLowerCase(Locale.ENGLISH);
        }
        return outcome(call.outcome(), call.isRunning());
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
        // The status first: it is what the review is about, and a narrow column cuts the end.
        String when = WHEN.format(step.time().start().atZone(zone));
        String status = status(step.status());
        return step.reason().isEmpty() ? status + " · " + when : status + " · " + when + " (" + step.reason() + ")";
    }

    static String status(NextStepStatus status) {
        return switch (status) {
            case PENDING -> "Being booked";
            case BOOKED -> "Booked, awaiting reply";
            case ACCEPTED -> "Accepted";
            case TENTATIVE -> "Tentative";
            case DECLINED -> "Declined";
            case CANCELLED -> "Cancelled";
            case FAILED -> "Failed";
        };
    }

    static String calls(int count) {
        return String.format(Locale.ENGLISH, "%,d %s", count, count == 1 ? "call" : "calls");
    }
}
