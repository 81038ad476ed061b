package dev.nextcall.app.port;

/** What the prospect answered to an invitation, as the calendar reports it. */
public enum InviteReply {
    /** No answer yet. */
    NEEDS_ACTION,
    ACCEPTED,
    TENTATIVE,
    DECLINED,
    /** The event is no longer in the calendar (deleted there, or cancelled). */
    GONE
}
