package dev.nextcall.domain.history;

/**
 * The life of a booked follow-up. {@code PENDING} is the journal's intent: saved before the calendar
 * is touched, so that a crash leaves a record of what was being attempted.
 */
public enum NextStepStatus {
    PENDING,
    BOOKED,
    ACCEPTED,
    TENTATIVE,
    DECLINED,
    CANCELLED,
    FAILED;

    /** Declined, cancelled or failed next steps leave the call without one. */
    public boolean isLost() {
        return this == DECLINED || this == CANCELLED || this == FAILED;
    }

    /** In the calendar and not turned down: booked, accepted or tentative. */
    public boolean isInCalendar() {
        return this == BOOKED || this == ACCEPTED || this == TENTATIVE;
    }

    /** Booked but the prospect has not answered yet. */
    public boolean isAwaitingReply() {
        return this == BOOKED || this == TENTATIVE;
    }
}
