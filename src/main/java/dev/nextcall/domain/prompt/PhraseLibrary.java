package dev.nextcall.domain.prompt;

import java.util.List;

/**
 * The lines the prompt engine chooses from. The built-in set is written in our own words, short
 * enough to say in one breath; a rep's own file can replace or extend it later.
 */
public record PhraseLibrary(List<Phrase> phrases) {

    public PhraseLibrary {
        phrases = List.copyOf(phrases);
    }

    public List<Phrase> in(PhraseCategory category) {
        return phrases.stream().filter(p -> p.category() == category).toList();
    }

    public static PhraseLibrary builtInEnglish() {
        return new PhraseLibrary(List.of(
                new Phrase("ask-1", PhraseCategory.ASK_TO_BOOK,
                        "While we're both here, shall we put the next call in the diary?"),
                new Phrase("ask-2", PhraseCategory.ASK_TO_BOOK,
                        "Let's lock in our next conversation before we hang up."),
                new Phrase("offer-1", PhraseCategory.OFFER_CHOICE,
                        "Would {slot1} or {slot2} work for you?"),
                new Phrase("offer-2", PhraseCategory.OFFER_CHOICE,
                        "I can do {slot1}, or {slot2} if that's easier. Which suits you, {name}?"),
                new Phrase("offer-3", PhraseCategory.OFFER_CHOICE,
                        "How does {slot1} look on your side?"),
                new Phrase("tie-1", PhraseCategory.TIE_TO_ACTIONS,
                        "So you can gather what we discussed, shall we meet again {slot1}?"),
                new Phrase("tie-2", PhraseCategory.TIE_TO_ACTIONS,
                        "That gives us both a deadline for the next steps: is {slot1} realistic?"),
                new Phrase("confirm-1", PhraseCategory.CONFIRM,
                        "The invite is on its way now, with the link. Could you accept it while we're on?"),
                new Phrase("confirm-2", PhraseCategory.CONFIRM,
                        "You'll have the invite in a moment; just hit accept so it holds."),
                new Phrase("backoff-1", PhraseCategory.BACK_OFF,
                        "No problem. When should I check back if I haven't heard from you?"),
                new Phrase("backoff-2", PhraseCategory.BACK_OFF,
                        "Of course. I'll hold {slot1} loosely; tell me if it works."),
                new Phrase("overtime-1", PhraseCategory.OVERTIME_CLOSE,
                        "I'm conscious of your time: {slot1} for the next one, and we'll finish there?"),
                new Phrase("overtime-2", PhraseCategory.OVERTIME_CLOSE,
                        "Let's not run over: shall I send an invite for {slot1}?")));
    }
}
