package dev.nextcall.domain.prompt;

import dev.nextcall.domain.call.CallPhase;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the one line the panel shows.
 *
 * <ol>
 * <li>Nothing outside wrap-up and overtime: the rep should be listening, not reading.</li>
 * <li>The categories follow the moment, in order of preference: booked → confirm; the prospect
 *     defers → back off; overtime → a one-line close, then a choice, then an ask; the last minutes
 *     → a concrete choice; the start of the wrap-up → ask to book (tie the date to the follow-up
 *     actions first when one was noted).</li>
 * <li>Within the first category that has a line not yet shown in this call and sayable with what is
 *     at hand, lines whose conditions (first call, follow-up, other zone) match are preferred to
 *     general ones; among those, the {@link LineLearner} chooses.</li>
 * <li>A line is never repeated within a call: when every fitting line was shown, there is no new one.</li>
 * </ol>
 */
public final class PromptEngine {

    private final LineLearner learner;

    public PromptEngine(LineLearner learner) {
        this.learner = learner;
    }

    public Optional<Suggestion> suggest(PhraseLibrary library, PromptContext context, LineStats stats) {
        if (!context.phase().isClosing()) {
            return Optional.empty();
        }
        for (PhraseCategory category : categoriesFor(context)) {
            List<Phrase> fresh = library.in(category).stream()
                    .filter(p -> p.fits(context))
                    .filter(p -> !context.alreadyShown().contains(p.id()))
                    .toList();
            if (fresh.isEmpty()) {
                continue;
            }
            List<Phrase> specific = fresh.stream().filter(p -> !p.conditions().isEmpty()).toList();
            Phrase chosen = learner.choose(specific.isEmpty() ? fresh : specific, stats);
            return Optional.of(new Suggestion(chosen.id(), chosen.fill(context)));
        }
        return Optional.empty();
    }

    /** The categories that suit the moment, best first. */
    public static List<PhraseCategory> categoriesFor(PromptContext context) {
        if (context.booked()) {
            return List.of(PhraseCategory.CONFIRM);
        }
        if (context.deferring()) {
            return List.of(PhraseCategory.BACK_OFF);
        }
        if (context.phase() == CallPhase.OVERTIME) {
            return List.of(PhraseCategory.OVERTIME_CLOSE, PhraseCategory.OFFER_CHOICE, PhraseCategory.ASK_TO_BOOK);
        }
        if (context.escalated()) {
            return List.of(PhraseCategory.OFFER_CHOICE, PhraseCategory.TIE_TO_ACTIONS, PhraseCategory.ASK_TO_BOOK);
        }
        if (!context.followUpAction().isEmpty()) {
            return List.of(PhraseCategory.TIE_TO_ACTIONS, PhraseCategory.ASK_TO_BOOK, PhraseCategory.OFFER_CHOICE);
        }
        return List.of(PhraseCategory.ASK_TO_BOOK, PhraseCategory.OFFER_CHOICE, PhraseCategory.TIE_TO_ACTIONS);
    }
}
