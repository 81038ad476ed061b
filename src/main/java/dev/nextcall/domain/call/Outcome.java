package dev.nextcall.domain.call;

/** How a call ended, as far as the next step is concerned. */
public enum Outcome {
    /** The next meeting is in the calendar. */
    NEXT_STEP_BOOKED,
    /** The prospect said they will come back with a date. */
    FOLLOW_UP_PROMISED,
    /** No next meeting is needed: won, lost or not a fit. */
    NO_NEXT_STEP_NEEDED,
    /** The call ended (or is still running) without any of the above. */
    UNRESOLVED;

    /** The history's key question: did this call end without a next step? */
    public boolean lacksNextStep() {
        return this == FOLLOW_UP_PROMISED || this == UNRESOLVED;
    }
}
