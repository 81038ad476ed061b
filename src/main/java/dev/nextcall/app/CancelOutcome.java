package dev.nextcall.app;

import dev.nextcall.domain.history.NextStep;
import java.util.Objects;

/** What came of the rep's request to cancel a booked next step. */
public sealed interface CancelOutcome {

    /** A sentence for the panel or the command line. */
    String message();

    /**
     * The meeting is cancelled and the history says so.
     *
     * @param invite the cancellation notice for the rep to send (a file path), empty when the calendar
     *               told the people invited itself or nobody was invited
     */
    record Cancelled(NextStep nextStep, String invite) implements CancelOutcome {
        public Cancelled {
            Objects.requireNonNull(nextStep, "nextStep");
            invite = invite == null ? "" : invite;
        }

        @Override
        public String message() {
            String cancelled = "Cancelled the meeting at " + nextStep.time().start() + ".";
            return invite.isEmpty() ? cancelled : cancelled + " Send the cancellation " + invite + " to the people invited.";
        }
    }

    /**
     * The calendar no longer had the meeting (cancelled or deleted there before); the history now
     * says cancelled too.
     */
    record AlreadyGone(NextStep nextStep) implements CancelOutcome {
        public AlreadyGone {
            Objects.requireNonNull(nextStep, "nextStep");
        }

        @Override
        public String message() {
            return "The meeting at " + nextStep.time().start()
                    + " was no longer in the calendar; it is marked cancelled.";
        }
    }

    /** The calendar could not cancel it: the meeting is still on and the next step still booked. */
    record Failed(NextStep nextStep, String reason) implements CancelOutcome {
        public Failed {
            Objects.requireNonNull(nextStep, "nextStep");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String message() {
            return "Could not cancel the meeting at " + nextStep.time().start() + ": " + reason
                    + ". It is still booked.";
        }
    }

    /** There is no booked meeting under this id to cancel (unknown, not booked yet, failed, cancelled). */
    record NotCancellable(String eventId, String reason) implements CancelOutcome {
        public NotCancellable {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String message() {
            return "Nothing to cancel: " + reason + ".";
        }
    }
}
