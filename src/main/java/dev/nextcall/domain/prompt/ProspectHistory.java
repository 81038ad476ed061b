package dev.nextcall.domain.prompt;

/** What the history says about the prospect on the call, for lines meant for first calls or follow-ups. */
public enum ProspectHistory {
    /** No e-mail address on the call: the history cannot tell, so neither kind of line is used. */
    UNKNOWN,
    /** No earlier call with this prospect's e-mail address. */
    FIRST_CALL,
    /** The rep has had a call with this prospect before. */
    FOLLOW_UP
}
