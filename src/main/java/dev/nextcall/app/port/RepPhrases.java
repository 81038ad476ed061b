package dev.nextcall.app.port;

import dev.nextcall.domain.prompt.ParsedPhrases;
import java.util.Optional;

/**
 * The rep's own suggested lines, kept in a file they edit. Blocking: called from background tasks.
 */
@FunctionalInterface
public interface RepPhrases {

    /** The rep's lines when they changed since the last call (always on the first); empty when unchanged. */
    Optional<ParsedPhrases> readIfChanged();
}
