package dev.nextcall.domain.history;

/**
 * One follow-up action written down for a call ("send the pricing sheet"); a call keeps them in the
 * order the rep wrote them.
 */
public record FollowUp(String text, boolean done) {

    public FollowUp {
        text = text == null ? "" : text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a follow-up action needs some text");
        }
    }

    public FollowUp done(boolean isDone) {
        return new FollowUp(text, isDone);
    }
}
