package dev.nextcall.domain.prompt;

import java.util.Objects;

/** The line to show: which phrase it came from (for learning) and the words to say. */
public record Suggestion(String phraseId, String text) {

    public Suggestion {
        Objects.requireNonNull(phraseId, "phraseId");
        Objects.requireNonNull(text, "text");
    }
}
