package dev.nextcall.domain.prompt;

import java.util.List;
import java.util.Set;

/**
 * A phrase file read: its lines, the categories it replaces (instead of adding to), and what was
 * wrong with the lines it could not use.
 */
public record ParsedPhrases(List<Phrase> phrases, Set<PhraseCategory> replaced, List<PhraseProblem> problems) {

    public static final ParsedPhrases NONE = new ParsedPhrases(List.of(), Set.of(), List.of());

    public ParsedPhrases {
        phrases = List.copyOf(phrases);
        replaced = Set.copyOf(replaced);
        problems = List.copyOf(problems);
    }
}
