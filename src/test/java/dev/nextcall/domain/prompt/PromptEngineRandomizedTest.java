package dev.nextcall.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.config.BuiltInPhrases;
import dev.nextcall.domain.SeedBlock;
import dev.nextcall.domain.call.CallPhase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What must hold for any moment of any call. Inputs come from {@link Random} with fixed seeds (see
 * {@link SeedBlock}), so every run checks the same cases; a failure names its seed, and
 * {@code context(new Random(seed))} rebuilds the failing case.
 */
class PromptEngineRandomizedTest {

    private static final PhraseLibrary LIBRARY = BuiltInPhrases.english();
    private static final List<String> SHOWABLE_IDS =
            Stream.concat(LIBRARY.phrases().stream().map(Phrase::id), Stream.of("custom-1")).toList();
    private static final List<String> SLOT_TEXTS = List.of("Tuesday at 10:00",
            "tomorrow at 09:00 your time (15:00 mine)", "Monday 9 February at 16:30",
            "today at 13:30 your time (Wednesday 02:00 mine)");
    private static final List<String> NAMES = List.of("", "   ", "Dana", "María José", "O'Neill", "Dr. Chen");
    /** a-z plus characters that mean something to a regex replacement or look like a time. */
    private static final String SLOT_CHARS = chars('a', 'z') + " :(),?$\\";
    /** A-z (including [\]^_` between the cases) plus characters that mean something to a replacement. */
    private static final String NAME_CHARS = chars('A', 'z') + " -$\\";

    private final PromptEngine engine = new PromptEngine(new LineLearner(new SplittableRandom(7)));

    static Stream<SeedBlock> seeds() {
        return SeedBlock.upTo(500);
    }

    // ---- generators --------------------------------------------------------------------------

    static PromptContext context(Random random) {
        CallPhase phase = pick(random, List.of(CallPhase.values()));
        int slotCount = random.nextInt(4);
        List<String> slots = new ArrayList<>(slotCount);
        for (int i = 0; i < slotCount; i++) {
            slots.add(random.nextBoolean() ? pick(random, SLOT_TEXTS) : string(random, SLOT_CHARS, 1, 30));
        }
        String name = random.nextBoolean() ? pick(random, NAMES) : string(random, NAME_CHARS, 0, 20);
        String zone = random.nextBoolean() ? "" : random.nextBoolean() ? "New York" : string(random, NAME_CHARS, 1, 15);
        String action = random.nextBoolean() ? "" : string(random, NAME_CHARS, 1, 25);
        return new PromptContext(phase, random.nextBoolean(), slots, name, zone,
                pick(random, List.of(ProspectHistory.values())), action,
                random.nextBoolean(), random.nextBoolean(), shown(random));
    }

    /** Any subset of the library's ids and one unknown id, from none to all of them. */
    private static Set<String> shown(Random random) {
        List<String> ids = new ArrayList<>(SHOWABLE_IDS);
        Collections.shuffle(ids, random);
        int roll = random.nextInt(10);
        int size = roll == 0 ? 0 : roll == 1 ? ids.size() : random.nextInt(ids.size() + 1);
        return new HashSet<>(ids.subList(0, size));
    }

    private static String string(Random random, String alphabet, int minLength, int maxLength) {
        int length = random.nextInt(minLength, maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String chars(char first, char last) {
        StringBuilder all = new StringBuilder();
        for (char c = first; c <= last; c++) {
            all.append(c);
        }
        return all.toString();
    }

    // ---- properties --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void noPlaceholderIsEverLeftUnreplaced(SeedBlock seeds) {
        seeds.check(PromptEngineRandomizedTest::context, (context, random) -> engine.suggest(LIBRARY, context, LineStats.NONE)
                .ifPresent(line -> assertThat(line.text().replace(context.prospectZone(), "")
                        .replace(context.followUpAction(), "")).doesNotContain("{").doesNotContain("}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void aLineIsShownInTheClosingPhasesAndOnlyThere(SeedBlock seeds) {
        seeds.check(PromptEngineRandomizedTest::context, (context, random) -> {
            boolean freshLineFits = fitting(context).stream().flatMap(c -> LIBRARY.in(c).stream())
                    .anyMatch(p -> p.fits(context) && !context.alreadyShown().contains(p.id()));
            assertThat(engine.suggest(LIBRARY, context, LineStats.NONE).isPresent())
                    .isEqualTo(context.phase().isClosing() && freshLineFits);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theLineFitsTheMomentAndIsFreshWhileFreshLinesRemain(SeedBlock seeds) {
        seeds.check(PromptEngineRandomizedTest::context, (context, random) -> {
            Optional<Suggestion> line = engine.suggest(LIBRARY, context, LineStats.NONE);
            if (line.isEmpty()) {
                return;
            }
            Phrase chosen = LIBRARY.find(line.get().phraseId()).orElseThrow();
            // from the first suitable category with a fresh line that fits; specific lines before general ones
            PhraseCategory first = fitting(context).stream()
                    .filter(c -> LIBRARY.in(c).stream().anyMatch(p -> p.fits(context)
                            && !context.alreadyShown().contains(p.id())))
                    .findFirst().orElseThrow();
            assertThat(chosen.category()).isEqualTo(first);
            assertThat(chosen.fits(context)).isTrue();
            assertThat(context.alreadyShown()).doesNotContain(chosen.id());
            boolean specificExists = LIBRARY.in(first).stream().anyMatch(p -> p.fits(context)
                    && !context.alreadyShown().contains(p.id()) && !p.conditions().isEmpty());
            assertThat(chosen.conditions().isEmpty()).isNotEqualTo(specificExists);
            for (int i = 0; i < chosen.slotsNeeded(); i++) {
                assertThat(line.get().text()).contains(context.spokenSlots().get(i));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theChoiceIsDeterministic(SeedBlock seeds) {
        seeds.check(PromptEngineRandomizedTest::context, (context, random) ->
                assertThat(new PromptEngine(new LineLearner(new SplittableRandom(99)))
                        .suggest(LIBRARY, context, LineStats.NONE))
                        .as("without records the choice does not depend on chance")
                        .isEqualTo(engine.suggest(LIBRARY, context, LineStats.NONE)));
    }

    /** The categories product.md asks for at each moment of the call. */
    private static List<PhraseCategory> fitting(PromptContext context) {
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
        return context.followUpAction().isEmpty()
                ? List.of(PhraseCategory.ASK_TO_BOOK, PhraseCategory.OFFER_CHOICE, PhraseCategory.TIE_TO_ACTIONS)
                : List.of(PhraseCategory.TIE_TO_ACTIONS, PhraseCategory.ASK_TO_BOOK, PhraseCategory.OFFER_CHOICE);
    }
}
