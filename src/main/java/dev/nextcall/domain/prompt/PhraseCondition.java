package dev.nextcall.domain.prompt;

import java.util.Arrays;
import java.util.Optional;

/**
 * When a line fits. A line without conditions fits every call; a line with some fits only calls that
 * meet all of them, and is then preferred to the general lines of its category.
 */
public enum PhraseCondition {
    /** The first call with this prospect: no earlier call with their e-mail in the history. */
    FIRST_CALL("first-call"),
    /** The prospect has had a call with the rep before. */
    FOLLOW_UP("follow-up"),
    /** The prospect is in another time zone than the rep. */
    OTHER_ZONE("other-zone");

    private final String key;

    PhraseCondition(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<PhraseCondition> ofKey(String word) {
        return Arrays.stream(values()).filter(c -> c.key.equals(word)).findFirst();
    }

    boolean holdsFor(PromptContext context) {
        return switch (this) {
            case FIRST_CALL -> context.history() == ProspectHistory.FIRST_CALL;
            case FOLLOW_UP -> context.history() == ProspectHistory.FOLLOW_UP;
            case OTHER_ZONE -> !context.prospectZone().isEmpty();
        };
    }
}
