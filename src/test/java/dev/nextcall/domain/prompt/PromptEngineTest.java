package dev.nextcall.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.call.CallPhase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PromptEngineTest {

    private static final String TUESDAY = "Tuesday at 10:00 your time (16:00 mine)";
    private static final String WEDNESDAY = "Wednesday at 09:00 your time (15:00 mine)";
    private static final List<String> TWO_SLOTS = List.of(TUESDAY, WEDNESDAY);

    private final PromptEngine engine = new PromptEngine(PhraseLibrary.builtInEnglish());

    private static PromptContext context(CallPhase phase, List<String> slots, boolean booked, boolean deferring,
                                         Set<String> shown) {
        return new PromptContext(phase, slots, "Dana", booked, deferring, shown);
    }

    private Optional<Suggestion> suggest(CallPhase phase, List<String> slots) {
        return engine.suggest(context(phase, slots, false, false, Set.of()));
    }

    @ParameterizedTest(name = "{0}, booked={1}, deferring={2}: nothing to read")
    @CsvSource({
            "OPENING, false, false", "MAIN, false, false", "ENDED, false, false",
            "OPENING, true, false",  "MAIN, true, false",  "ENDED, true, false",
            "OPENING, false, true",  "MAIN, false, true",  "ENDED, false, true",
    })
    void noLineOutsideWrapUpAndOvertime(CallPhase phase, boolean booked, boolean deferring) {
        assertThat(engine.suggest(context(phase, TWO_SLOTS, booked, deferring, Set.of()))).isEmpty();
    }

    @Test
    void wrapUpWithTwoSlotsOffersAChoiceOfBoth() {
        Suggestion line = suggest(CallPhase.WRAP_UP, TWO_SLOTS).orElseThrow();

        assertThat(PhraseLibrary.builtInEnglish().in(PhraseCategory.OFFER_CHOICE))
                .extracting(Phrase::id).contains(line.phraseId());
        assertThat(line.text()).contains(TUESDAY).contains(WEDNESDAY);
        assertThat(line.text()).isEqualTo("Would " + TUESDAY + " or " + WEDNESDAY + " work for you?");
    }

    @Test
    void wrapUpWithOneSlotOffersALineThatNeedsOnlyOne() {
        Suggestion line = suggest(CallPhase.WRAP_UP, List.of(TUESDAY)).orElseThrow();

        assertThat(line.phraseId()).isEqualTo("offer-3");
        assertThat(line.text()).isEqualTo("How does " + TUESDAY + " look on your side?");
    }

    @ParameterizedTest
    @EnumSource(value = CallPhase.class, names = {"WRAP_UP", "OVERTIME"})
    void withoutSlotsOnlyLinesWithoutSlotsAreOffered(CallPhase phase) {
        List<String> said = saySuccessively(phase, List.of(), false, false, 10);

        assertThat(said).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("ask-"));
    }

    @Test
    void overtimeClosesWithTheFirstSlot() {
        Suggestion line = suggest(CallPhase.OVERTIME, TWO_SLOTS).orElseThrow();

        assertThat(line.phraseId()).startsWith("overtime-");
        assertThat(line.text()).contains(TUESDAY).doesNotContain(WEDNESDAY);
    }

    @ParameterizedTest
    @EnumSource(value = CallPhase.class, names = {"WRAP_UP", "OVERTIME"})
    void bookedGivesAConfirmLine(CallPhase phase) {
        Suggestion line = engine.suggest(context(phase, TWO_SLOTS, true, false, Set.of())).orElseThrow();

        assertThat(line.phraseId()).startsWith("confirm-");
        assertThat(line.text()).contains("invite");
    }

    @ParameterizedTest
    @EnumSource(value = CallPhase.class, names = {"WRAP_UP", "OVERTIME"})
    void deferringBacksOff(CallPhase phase) {
        assertThat(engine.suggest(context(phase, List.of(), false, true, Set.of())).orElseThrow().phraseId())
                .isEqualTo("backoff-1");
        assertThat(saySuccessively(phase, List.of(TUESDAY), false, true, 2))
                .containsExactly("backoff-1", "backoff-2");
    }

    @Test
    void bookedWinsOverDeferring() {
        Suggestion line = engine.suggest(context(CallPhase.WRAP_UP, TWO_SLOTS, true, true, Set.of())).orElseThrow();
        assertThat(line.phraseId()).startsWith("confirm-");
    }

    @ParameterizedTest(name = "{0} with {1} slots: every sayable line once before any repeats")
    @CsvSource({
            "WRAP_UP,  2, 7",   // offer-1..3, tie-1..2, ask-1..2
            "WRAP_UP,  1, 5",   // offer-3, tie-1..2, ask-1..2
            "WRAP_UP,  0, 2",   // ask-1..2
            "OVERTIME, 2, 7",   // overtime-1..2, offer-1..3, ask-1..2
            "OVERTIME, 1, 5",   // overtime-1..2, offer-3, ask-1..2
    })
    void noRepeatsWhileUnusedLinesRemain(CallPhase phase, int slotCount, int sayable) {
        List<String> said = saySuccessively(phase, TWO_SLOTS.subList(0, slotCount), false, false, sayable);

        assertThat(said).hasSize(sayable).doesNotHaveDuplicates();
        // Once all have been shown, a line is still offered rather than nothing.
        Set<String> shown = new HashSet<>(said);
        assertThat(engine.suggest(context(phase, TWO_SLOTS.subList(0, slotCount), false, false, shown)))
                .get().extracting(Suggestion::phraseId).isIn(shown);
    }

    @Test
    void confirmLinesDoNotRepeatEither() {
        assertThat(saySuccessively(CallPhase.WRAP_UP, TWO_SLOTS, true, false, 2))
                .containsExactly("confirm-1", "confirm-2");
    }

    @Test
    void theProspectIsAddressedByNameOrNotAtAll() {
        Set<String> shown = Set.of("offer-1");
        Suggestion named = engine.suggest(
                new PromptContext(CallPhase.WRAP_UP, TWO_SLOTS, "Dana", false, false, shown)).orElseThrow();
        assertThat(named.phraseId()).isEqualTo("offer-2");
        assertThat(named.text()).endsWith("Which suits you, Dana?");

        for (String unknown : new String[] {"", null, "   "}) {
            Suggestion anonymous = engine.suggest(
                    new PromptContext(CallPhase.WRAP_UP, TWO_SLOTS, unknown, false, false, shown)).orElseThrow();
            assertThat(anonymous.text()).as("name %s", unknown)
                    .isEqualTo("I can do " + TUESDAY + ", or " + WEDNESDAY + " if that's easier. Which suits you?");
        }
    }

    @Test
    void slotsNeededFollowsThePlaceholders() {
        assertThat(new Phrase("a", PhraseCategory.ASK_TO_BOOK, "Shall we book?").slotsNeeded()).isZero();
        assertThat(new Phrase("b", PhraseCategory.TIE_TO_ACTIONS, "Is {slot1} fine?").slotsNeeded()).isOne();
        assertThat(new Phrase("c", PhraseCategory.OFFER_CHOICE, "{slot1} or {slot2}?").slotsNeeded()).isEqualTo(2);
    }

    /** Asks {@code times} times in one call, remembering what was shown, as the panel does. */
    private List<String> saySuccessively(CallPhase phase, List<String> slots, boolean booked, boolean deferring,
                                         int times) {
        List<String> said = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (int i = 0; i < times; i++) {
            Optional<Suggestion> line = engine.suggest(context(phase, slots, booked, deferring, shown));
            if (line.isEmpty()) {
                break;
            }
            said.add(line.get().phraseId());
            shown.add(line.get().phraseId());
        }
        return said;
    }
}
