package dev.nextcall.domain.history;

import java.time.Instant;
import java.util.Objects;

/** A suggested line the panel showed during a call, first shown at {@code at}. */
public record ShownLine(String phraseId, Instant at) {

    public ShownLine {
        Objects.requireNonNull(phraseId, "phraseId");
        Objects.requireNonNull(at, "at");
    }
}
