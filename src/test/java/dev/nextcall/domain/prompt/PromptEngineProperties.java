package dev.nextcall.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.call.CallPhase;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PromptEngineProperties {

    private static final PhraseLibrary LIBRARY = PhraseLibrary.builtInEnglish();
    private final PromptEngine engine = new PromptEngine(LIBRARY);

    @Provide
    Arbitrary<PromptContext> contexts() {
        Arbitrary<String> slotTexts = Arbitraries.oneOf(
                Arbitraries.of("Tuesday at 10:00", "tomorrow at 09:00 your time (15:00 mine)",
                        "Monday 9 February at 16:30", "today at 13:30 your time (Wednesday 02:00 mine)"),
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ':', '(', ')', ',', '?', '$', '\\')
                        .ofMinLength(1).ofMaxLength(30));
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.of("", "   ", "Dana", "María José", "O'Neill", "Dr. Chen"),
                Arbitraries.strings().withCharRange('A', 'z').withChars(' ', '-', '$', '\\').ofMaxLength(20));
        Arbitrary<Set<String>> shown = Arbitraries.of(
                        Stream.concat(LIBRARY.phrases().stream().map(Phrase::id), Stream.of("custom-1")).toList())
                .set().ofMaxSize(LIBRARY.phrases().size() + 1);
        return Combinators.combine(Arbitraries.of(CallPhase.class), slotTexts.list().ofMaxSize(3), names,
                        Arbitraries.of(true, false), Arbitraries.of(true, false), shown)
                .as(PromptContext::new);
    }

    @Property(tries = 2000)
    void noPlaceholderIsEverLeftUnreplaced(@ForAll("contexts") PromptContext context) {
        engine.suggest(context).ifPresent(line -> assertThat(line.text()).doesNotContain("{").doesNotContain("}"));
    }

    @Property(tries = 1000)
    void aLineIsShownInTheClosingPhasesAndOnlyThere(@ForAll("contexts") PromptContext context) {
        assertThat(engine.suggest(context).isPresent()).isEqualTo(context.phase().isClosing());
    }

    @Property(tries = 1000)
    void theLineFitsTheMomentAndIsFreshWhileFreshLinesRemain(@ForAll("contexts") PromptContext context) {
        Optional<Suggestion> line = engine.suggest(context);
        if (line.isEmpty()) {
            return;
        }
        List<PhraseCategory> fitting = fitting(context);
        List<Phrase> sayable = fitting.stream().flatMap(c -> LIBRARY.in(c).stream())
                .filter(p -> p.slotsNeeded() <= context.spokenSlots().size()).toList();
        Phrase chosen = LIBRARY.phrases().stream().filter(p -> p.id().equals(line.get().phraseId()))
                .findFirst().orElseThrow();

        assertThat(sayable).contains(chosen);
        if (sayable.stream().anyMatch(p -> !context.alreadyShown().contains(p.id()))) {
            assertThat(context.alreadyShown()).doesNotContain(chosen.id());
        }
        for (int i = 0; i < chosen.slotsNeeded(); i++) {
            assertThat(line.get().text()).contains(context.spokenSlots().get(i));
        }
    }

    @Property(tries = 500)
    void theChoiceIsDeterministic(@ForAll("contexts") PromptContext context) {
        assertThat(new PromptEngine(PhraseLibrary.builtInEnglish()).suggest(context)).isEqualTo(engine.suggest(context));
    }

    /** The categories product.md asks for at each moment of the call. */
    private static List<PhraseCategory> fitting(PromptContext context) {
        if (context.booked()) {
            return List.of(PhraseCategory.CONFIRM);
        }
        if (context.deferring()) {
            return List.of(PhraseCategory.BACK_OFF);
        }
        return context.phase() == CallPhase.OVERTIME
                ? List.of(PhraseCategory.OVERTIME_CLOSE, PhraseCategory.OFFER_CHOICE, PhraseCategory.ASK_TO_BOOK)
                : List.of(PhraseCategory.OFFER_CHOICE, PhraseCategory.TIE_TO_ACTIONS, PhraseCategory.ASK_TO_BOOK);
    }
}
