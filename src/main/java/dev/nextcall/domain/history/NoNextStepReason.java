package dev.nextcall.domain.history;

/** Why a call ended without a next step, as the rep says in the review. Stored by name. */
public enum NoNextStepReason {
    NOT_A_FIT("Not a fit"),
    TOO_EARLY("Too early"),
    PROSPECT_WILL_CALL("The prospect will call"),
    NO_DECISION_MAKER("No decision maker on the call"),
    OTHER("Other");

    private final String label;

    NoNextStepReason(String label) {
        this.label = label;
    }

    /** What the rep reads in the review and in the CRM summary. */
    public String label() {
        return label;
    }
}
