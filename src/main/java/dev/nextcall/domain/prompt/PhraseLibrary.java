package dev.nextcall.domain.prompt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines the prompt engine chooses from, in order of preference within each category. The built-in
 * set is written in our own words (one file per language, see {@link PhraseParser}); the rep's own
 * lines come first, adding to the built-ins or, for a category their file replaces, instead of them.
 */
public record PhraseLibrary(List<Phrase> phrases) {

    public PhraseLibrary {
        phrases = List.copyOf(phrases);
    }

    /**
     * The built-in library from a phrase file's text; a built-in file is part of the program, so a
     * mistake in it is a bug, not something to work around.
     */
    public static PhraseLibrary builtIn(String text) {
        ParsedPhrases parsed = PhraseParser.parse(text);
        if (!parsed.problems().isEmpty()) {
            throw new IllegalStateException("built-in phrases: " + parsed.problems().get(0).describe("built-in file"));
        }
        return new PhraseLibrary(parsed.phrases());
    }

    public List<Phrase> in(PhraseCategory category) {
        return phrases.stream().filter(p -> p.category() == category).toList();
    }

    /** This library with the rep's lines put first; a category the rep replaces keeps only theirs. */
    public PhraseLibrary withRepLines(ParsedPhrases rep) {
        List<Phrase> merged = new ArrayList<>(rep.phrases());
        Set<String> ids = new HashSet<>();
        rep.phrases().forEach(p -> ids.add(p.id()));
        for (Phrase p : phrases) {
            if (!rep.replaced().contains(p.category()) && ids.add(p.id())) {
                merged.add(p);
            }
        }
        return new PhraseLibrary(merged);
    }

    public java.util.Optional<Phrase> find(String id) {
        return phrases.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
