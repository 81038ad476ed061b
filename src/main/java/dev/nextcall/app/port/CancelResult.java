package dev.nextcall.app.port;

import java.util.Objects;

/** What a calendar said to a cancellation: done now, nothing left to cancel, or why not. */
public sealed interface CancelResult {

    /**
     * The meeting is cancelled and the people invited are told.
     *
     * @param invite where the cancellation notice went: a file path for the local calendar, empty when
     *               the calendar sent it itself or there was nobody to tell
     */
    record Cancelled(String eventId, String invite) implements CancelResult {
        public Cancelled {
            Objects.requireNonNull(eventId, "eventId");
            invite = invite == null ? "" : invite;
        }
    }

    /**
     * The calendar has no live meeting under this id: it was cancelled before (perhaps by an earlier
     * attempt whose answer was lost), deleted by hand, or never there. Nothing was changed.
     */
    record AlreadyGone(String eventId) implements CancelResult {
        public AlreadyGone {
            Objects.requireNonNull(eventId, "eventId");
        }
    }

    /** The calendar could not cancel it; the meeting is still on. */
    record Failed(String reason) implements CancelResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
