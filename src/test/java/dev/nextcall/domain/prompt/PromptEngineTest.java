package dev.nextcall.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.config.BuiltInPhrases;
import dev.nextcall.domain.call.CallPhase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The selection rules, one context at a time, on the built-in English lines. */
class PromptEngineTest {

    private static final String TUESDAY = "Tuesday at 10:00 your time (16:00 mine)";
    private static final String WEDNESDAY = "Wednesday at 09:00 your time (15:00 mine)";
    private static final List<String> TWO_SLOTS = List.of(TUESDAY, WEDNESDAY);
    private static final PhraseLibrary LIBRARY = BuiltInPhrases.english();

    private final PromptEngine engine = new PromptEngine(new LineLearner(new SplittableRandom(1)));

    /** A context built up field by field, so each test names only what it is about. */
    private record Ctx(CallPhase phase, boolean escalated, List<String> slots, String name, String zone,
                       ProspectHistory history, String action, boolean booked, boolean deferring, Set<String> shown) {
        static Ctx wrapUp() {
            return new Ctx(CallPhase.WRAP_UP, false, TWO_SLOTS, "Dana", "", ProspectHistory.FIRST_CALL, "", false, false,
                    Set.of());
        }

        Ctx phase(CallPhase p) {
            return new Ctx(p, escalated, slots, name, zone, history, action, booked, deferring, shown);
        }

        Ctx inLastMinutes() {
            return new Ctx(phase, true, slots, name, zone, history, action, booked, deferring, shown);
        }

        Ctx slots(List<String> s) {
            return new Ctx(phase, escalated, s, name, zone, history, action, booked, deferring, shown);
        }

        Ctx name(String n) {
            return new Ctx(phase, escalated, slots, n, zone, history, action, booked, deferring, shown);
        }

        Ctx zone(String z) {
            return new Ctx(phase, escalated, slots, name, z, history, action, booked, deferring, shown);
        }

        Ctx metBefore() {
            return new Ctx(phase, escalated, slots, name, zone, ProspectHistory.FOLLOW_UP, action, booked, deferring, shown);
        }

        Ctx action(String a) {
            return new Ctx(phase, escalated, slots, name, zone, history, a, booked, deferring, shown);
        }

        Ctx afterBooking() {
            return new Ctx(phase, escalated, slots, name, zone, history, action, true, deferring, shown);
        }

        Ctx whileDeferring() {
            return new Ctx(phase, escalated, slots, name, zone, history, action, booked, true, shown);
        }

        Ctx shown(Set<String> s) {
            return new Ctx(phase, escalated, slots, name, zone, history, action, booked, deferring, s);
        }

        PromptContext context() {
            return new PromptContext(phase, escalated, slots, name, zone, history, action, booked, deferring, shown);
        }
    }

    private Optional<Suggestion> suggest(Ctx ctx) {
        return engine.suggest(LIBRARY, ctx.context(), LineStats.NONE);
    }

    private String say(Ctx ctx) {
        return suggest(ctx).orElseThrow().text();
    }

    private static Phrase phrase(String id) {
        return LIBRARY.find(id).orElseThrow();
    }

    @Test
    void theBuiltInLibraryHasAtLeastThirtyLinesInEveryCategory() {
        assertThat(LIBRARY.phrases()).hasSizeGreaterThanOrEqualTo(30);
        for (PhraseCategory category : PhraseCategory.values()) {
            assertThat(LIBRARY.in(category)).as(category.key()).hasSizeGreaterThanOrEqualTo(5);
        }
        assertThat(LIBRARY.phrases()).allSatisfy(p -> assertThat(p.template().length())
                .as("one breath: %s", p.template()).isLessThanOrEqualTo(100));
    }

    @ParameterizedTest(name = "{0}, booked={1}, deferring={2}: nothing to read")
    @CsvSource({
            "OPENING, false, false", "MAIN, false, false", "ENDED, false, false",
            "OPENING, true, false",  "MAIN, true, false",  "ENDED, true, false",
            "OPENING, false, true",  "MAIN, false, true",  "ENDED, false, true",
    })
    void noLineOutsideWrapUpAndOvertime(CallPhase phase, boolean booked, boolean deferring) {
        Ctx ctx = Ctx.wrapUp().phase(phase);
        ctx = booked ? ctx.afterBooking() : ctx;
        ctx = deferring ? ctx.whileDeferring() : ctx;
        assertThat(suggest(ctx)).isEmpty();
    }

    @Test
    void aFirstCallAsksToBookWithAFirstCallLine() {
        assertThat(say(Ctx.wrapUp()))
                .isEqualTo("This was a good first conversation, Dana. Shall we set the next one now?");
    }

    @Test
    void aFollowUpCallAsksWithAFollowUpLine() {
        assertThat(say(Ctx.wrapUp().metBefore())).isEqualTo("Like last time, let's fix the next date before we go.");
    }

    @Test
    void aProspectInAnotherZoneHearsTheirZone() {
        String line = say(Ctx.wrapUp().metBefore().zone("New York"));
        assertThat(line).isEqualTo("Like last time, let's fix the next date before we go.");
        // the second line of the wrap-up start is the other specific one: their zone by name
        Suggestion first = suggest(Ctx.wrapUp().metBefore().zone("New York")).orElseThrow();
        assertThat(say(Ctx.wrapUp().metBefore().zone("New York").shown(Set.of(first.phraseId()))))
                .isEqualTo("Let's find a time that suits you in New York before we go.");
        assertThat(say(Ctx.wrapUp().inLastMinutes().zone("New York").metBefore()))
                .isEqualTo("In your time, " + TUESDAY + " or " + WEDNESDAY + ". Which is better?");
    }

    @Test
    void inTheLastMinutesTheLineOffersAConcreteChoice() {
        Suggestion line = suggest(Ctx.wrapUp().inLastMinutes()).orElseThrow();
        assertThat(phrase(line.phraseId()).category()).isEqualTo(PhraseCategory.OFFER_CHOICE);
        assertThat(line.text()).isEqualTo("For our next step, " + TUESDAY + " or " + WEDNESDAY
                + ". Which do you prefer?");
    }

    @Test
    void aNotedFollowUpActionTiesTheDateToIt() {
        Suggestion line = suggest(Ctx.wrapUp().action("send the security questionnaire")).orElseThrow();
        assertThat(phrase(line.phraseId()).category()).isEqualTo(PhraseCategory.TIE_TO_ACTIONS);
        assertThat(line.text()).isEqualTo("We said: send the security questionnaire. Shall we check in on it "
                + TUESDAY + "?");
    }

    @Test
    void linesNamingAnActionOrAZoneNeedOne() {
        List<String> said = saySuccessively(Ctx.wrapUp().slots(List.of(TUESDAY)), 40);
        assertThat(said).isNotEmpty().allSatisfy(id -> {
            assertThat(phrase(id).template()).doesNotContain("{action}").doesNotContain("{zone}")
                    .doesNotContain("{slot2}");
            assertThat(phrase(id).conditions()).doesNotContain(PhraseCondition.OTHER_ZONE, PhraseCondition.FOLLOW_UP);
        });
    }

    @ParameterizedTest
    @EnumSource(value = CallPhase.class, names = {"WRAP_UP", "OVERTIME"})
    void withoutSlotsOnlyLinesWithoutSlotsAreOffered(CallPhase phase) {
        List<String> said = saySuccessively(Ctx.wrapUp().phase(phase).slots(List.of()), 40);

        assertThat(said).isNotEmpty().allSatisfy(id -> assertThat(phrase(id).slotsNeeded()).isZero());
    }

    @Test
    void overtimeClosesWithTheFirstSlot() {
        Suggestion line = suggest(Ctx.wrapUp().phase(CallPhase.OVERTIME)).orElseThrow();

        assertThat(phrase(line.phraseId()).category()).isEqualTo(PhraseCategory.OVERTIME_CLOSE);
        assertThat(line.text()).isEqualTo("I'm conscious of your time: " + TUESDAY
                + " for the next one, and we'll finish there?");
        assertThat(say(Ctx.wrapUp().phase(CallPhase.OVERTIME).zone("Chicago")))
                .isEqualTo("Let's stop here. " + TUESDAY + " works in Chicago; shall I book it?");
    }

    @ParameterizedTest
    @EnumSource(value = CallPhase.class, names = {"WRAP_UP", "OVERTIME"})
    void bookedGivesAConfirmLineNotAnAsk(CallPhase phase) {
        Suggestion line = suggest(Ctx.wrapUp().phase(phase).afterBooking()).orElseThrow();

        assertThat(phrase(line.phraseId()).category()).isEqualTo(PhraseCategory.CONFIRM);
        assertThat(line.text()).contains("invite");
    }

    @ParameterizedTest
    @EnumSource(value = CallPhase.class, names = {"WRAP_UP", "OVERTIME"})
    void deferringBacksOff(CallPhase phase) {
        List<String> said = saySuccessively(Ctx.wrapUp().phase(phase).whileDeferring(), 3);
        assertThat(said).hasSize(3).allSatisfy(id ->
                assertThat(phrase(id).category()).isEqualTo(PhraseCategory.BACK_OFF));
        assertThat(phrase(said.get(0)).template())
                .isEqualTo("No problem. When should I check back if I haven't heard from you?");
    }

    @Test
    void bookedWinsOverDeferring() {
        Suggestion line = suggest(Ctx.wrapUp().afterBooking().whileDeferring()).orElseThrow();
        assertThat(phrase(line.phraseId()).category()).isEqualTo(PhraseCategory.CONFIRM);
    }

    @ParameterizedTest(name = "{0}, escalated={1}: every fitting line once, then no more")
    @CsvSource({"WRAP_UP, false", "WRAP_UP, true", "OVERTIME, true"})
    void noLineRepeatsWithinACall(CallPhase phase, boolean escalated) {
        Ctx ctx = Ctx.wrapUp().phase(phase);
        ctx = escalated ? ctx.inLastMinutes() : ctx;
        PromptContext context = ctx.context();
        long fitting = PromptEngine.categoriesFor(context).stream().flatMap(c -> LIBRARY.in(c).stream())
                .filter(p -> p.fits(context)).count();

        List<String> said = saySuccessively(ctx, 100);

        assertThat(said).hasSize((int) fitting).doesNotHaveDuplicates();
    }

    @Test
    void theProspectIsAddressedByNameOrNotAtAll() {
        Phrase offer = LIBRARY.phrases().stream()
                .filter(p -> p.template().startsWith("I can do {slot1}")).findFirst().orElseThrow();
        PromptContext named = Ctx.wrapUp().context();
        assertThat(offer.fill(named)).endsWith("Which suits you, Dana?");
        for (String unknown : new String[] {"", null, "   "}) {
            assertThat(offer.fill(Ctx.wrapUp().name(unknown).context())).as("name %s", unknown)
                    .isEqualTo("I can do " + TUESDAY + ", or " + WEDNESDAY + " if that's easier. Which suits you?");
        }
        Phrase first = LIBRARY.phrases().stream()
                .filter(p -> p.template().startsWith("This was a good first")).findFirst().orElseThrow();
        assertThat(first.fill(Ctx.wrapUp().name("").context()))
                .isEqualTo("This was a good first conversation. Shall we set the next one now?");
    }

    @Test
    void slotsNeededFollowsThePlaceholders() {
        assertThat(new Phrase("a", PhraseCategory.ASK_TO_BOOK, "Shall we book?").slotsNeeded()).isZero();
        assertThat(new Phrase("b", PhraseCategory.TIE_TO_ACTIONS, "Is {slot1} fine?").slotsNeeded()).isOne();
        assertThat(new Phrase("c", PhraseCategory.OFFER_CHOICE, "{slot1} or {slot2}?").slotsNeeded()).isEqualTo(2);
    }

    @Test
    void theRepsLinesComeFirstAndCanReplaceACategory() {
        ParsedPhrases mine = PhraseParser.parse("""
                ask: Shall we pencil in the next one?
                replace overtime
                overtime: Out of time: {slot1}?
                """);
        PhraseLibrary library = LIBRARY.withRepLines(mine);

        assertThat(engine.suggest(library, Ctx.wrapUp().metBefore().zone("").context(), LineStats.NONE)
                .orElseThrow().text()).as("specific built-in lines still come before general ones")
                .isEqualTo("Like last time, let's fix the next date before we go.");
        assertThat(library.in(PhraseCategory.ASK_TO_BOOK).get(0).template()).isEqualTo("Shall we pencil in the next one?");
        assertThat(library.in(PhraseCategory.OVERTIME_CLOSE)).extracting(Phrase::template)
                .containsExactly("Out of time: {slot1}?");
        assertThat(library.in(PhraseCategory.OFFER_CHOICE)).isEqualTo(LIBRARY.in(PhraseCategory.OFFER_CHOICE));
    }

    /** Asks up to {@code times} times in one call, remembering what was shown, as the panel does. */
    private List<String> saySuccessively(Ctx ctx, int times) {
        List<String> said = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (int i = 0; i < times; i++) {
            Optional<Suggestion> line = suggest(ctx.shown(shown));
            if (line.isEmpty()) {
                break;
            }
            said.add(line.get().phraseId());
            shown.add(line.get().phraseId());
        }
        return said;
    }
}
