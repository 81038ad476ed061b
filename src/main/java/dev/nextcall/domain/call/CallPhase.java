package dev.nextcall.domain.call;

/** Where a call stands on its clock. The panel's look and the suggested line follow the phase. */
public enum CallPhase {
    OPENING,
    MAIN,
    WRAP_UP,
    OVERTIME,
    ENDED;

    /** Wrap-up and overtime are the moments to ask for the next meeting. */
    public boolean isClosing() {
        return this == WRAP_UP || this == OVERTIME;
    }
}
