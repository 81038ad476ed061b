package dev.nextcall.app;

import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.slot.RuleViolation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** What came of one attempt to book the next step. */
public sealed interface BookingOutcome {

    /** A sentence for the panel or the command line. */
    String message();

    /** The event is in the calendar (now, or already from an earlier attempt). */
    record Booked(NextStep nextStep, String link, String invite) implements BookingOutcome {
        public Booked {
            Objects.requireNonNull(nextStep, "nextStep");
            link = link == null ? "" : link;
            invite = invite == null ? "" : invite;
        }

        @Override
        public String message() {
            return "Booked " + nextStep.time().start();
        }
    }

    /** The time breaks a rule (taken, outside hours, too soon…); nothing was written. */
    record Refused(NextStep nextStep, List<RuleViolation> violations) implements BookingOutcome {
        public Refused {
            Objects.requireNonNull(nextStep, "nextStep");
            violations = List.copyOf(violations);
        }

        @Override
        public String message() {
            return "Cannot book that time: "
                    + violations.stream().map(RuleViolation::explanation).collect(Collectors.joining("; ")) + ".";
        }
    }

    /**
     * The calendar could not be reached at all. Nothing was booked; the intent is kept as failed, and
     * the rep can write an .ics invitation instead.
     */
    record Offline(NextStep nextStep, String reason) implements BookingOutcome {
        public Offline {
            Objects.requireNonNull(nextStep, "nextStep");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String message() {
            return "Offline: " + reason;
        }
    }

    /** The calendar could not take the booking; the intent is kept with the reason. */
    record Failed(NextStep nextStep, String reason) implements BookingOutcome {
        public Failed {
            Objects.requireNonNull(nextStep, "nextStep");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String message() {
            return "Booking failed: " + reason;
        }
    }
}
