package dev.nextcall.domain.prompt;

import dev.nextcall.domain.call.CallPhase;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the one line the panel shows. First version: the categories follow the phase and the
 * booking state, in order of preference, and the line is the first one not yet shown in this call
 * that can be said with the proposals at hand. Learning which lines work comes later; the choice
 * stays deterministic.
 */
public final class PromptEngine {

    private final PhraseLibrary library;

    public PromptEngine(PhraseLibrary library) {
        this.library = library;
    }

    /** Empty outside the closing phases, when the rep should be listening rather than reading. */
    public Optional<Suggestion> suggest(PromptContext context) {
        if (!context.phase().isClosing()) {
            return Optional.empty();
        }
        List<Phrase> sayable = categoriesFor(context).stream()
                .flatMap(category -> library.in(category).stream())
                .filter(p -> p.slotsNeeded() <= context.spokenSlots().size())
                .toList();
        // A fresh line from a later category beats repeating one from the first; once every line
        // has been shown, repeating the first is better than showing nothing.
        Optional<Phrase> fresh = sayable.stream()
                .filter(p -> !context.alreadyShown().contains(p.id()))
                .findFirst();
        return fresh.or(() -> sayable.stream().findFirst()).map(p -> new Suggestion(p.id(), fill(p, context)));
    }

    private static List<PhraseCategory> categoriesFor(PromptContext context) {
        if (context.booked()) {
            return List.of(PhraseCategory.CONFIRM);
        }
        if (context.deferring()) {
            return List.of(PhraseCategory.BACK_OFF);
        }
        if (context.phase() == CallPhase.OVERTIME) {
            return List.of(PhraseCategory.OVERTIME_CLOSE, PhraseCategory.OFFER_CHOICE, PhraseCategory.ASK_TO_BOOK);
        }
        return List.of(PhraseCategory.OFFER_CHOICE, PhraseCategory.TIE_TO_ACTIONS, PhraseCategory.ASK_TO_BOOK);
    }

    private static String fill(Phrase phrase, PromptContext context) {
        String text = phrase.template();
        List<String> slots = context.spokenSlots();
        if (!slots.isEmpty()) {
            text = text.replace("{slot1}", slots.get(0));
        }
        if (slots.size() > 1) {
            text = text.replace("{slot2}", slots.get(1));
        }
        String name = context.prospectName().strip();
        text = name.isEmpty() ? text.replace(", {name}?", "?").replace("{name}", "") : text.replace("{name}", name);
        return text;
    }
}
