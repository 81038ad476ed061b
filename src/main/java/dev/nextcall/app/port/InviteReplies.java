package dev.nextcall.app.port;

import java.util.Map;

/**
 * Reads the prospect's replies to invitations the rep sent. A calendar that cannot see replies (the
 * local .ics calendar: replies arrive by mail) uses {@link #NONE}.
 */
public interface InviteReplies {

    /** Knows no replies: every event is left out of the answer. */
    InviteReplies NONE = new InviteReplies() {
        @Override
        public Map<String, InviteReply> replies(Map<String, String> prospectByEventId) {
            return Map.of();
        }

        @Override
        public boolean seesReplies() {
            return false;
        }
    };

    /**
     * False for a calendar that never learns replies (they arrive by mail): then silence means
     * nothing, and an unanswered invite is not flagged.
     */
    default boolean seesReplies() {
        return true;
    }

    /**
     * The prospect's reply to each event.
     *
     * @param prospectByEventId for each event id, the e-mail address whose reply counts (the prospect;
     *                          the rep's own status never counts)
     * @return the reply per event id; an event the calendar no longer has maps to {@link InviteReply#GONE};
     *         an event left out of the map is one the calendar could not tell about
     * @throws CalendarException when the calendar cannot be read ({@link CalendarOfflineException} when offline)
     */
    Map<String, InviteReply> replies(Map<String, String> prospectByEventId);
}
