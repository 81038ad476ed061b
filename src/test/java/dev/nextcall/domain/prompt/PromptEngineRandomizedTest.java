package dev.nextcall.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.SeedBlock;
import dev.nextcall.domain.call.CallPhase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What must hold for any moment of any call. Inputs come from {@link Random} with fixed seeds (see
 * {@link SeedBlock}), so every run checks the same cases; a failure names its seed, and
 * {@code context(new Random(seed))} rebuilds the failing case.
 */
class PromptEngineRandomizedTest {

    private static final PhraseLibrary LIBRARY = PhraseLibrary.builtInEnglish();
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

    private final PromptEngine engine = new PromptEngine(LIBRARY);

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
        return new PromptContext(phase, slots, name, random.nextBoolean(), random.nextBoolean(), shown(random));
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
        seeds.check(PromptEngineRandomizedTest::context, (context, random) -> engine.suggest(context)
                .ifPresent(line -> assertThat(line.text()).doesNotContain("{").doesNotContain("}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void aLineIsShownInTheClosingPhasesAndOnlyThere(SeedBlock seeds) {
        seeds.check(PromptEngineRandomizedTest::context, (context, random) ->
                assertThat(engine.suggest(context).isPresent()).isEqualTo(context.phase().isClosing()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theLineFitsTheMomentAndIsFreshWhileFreshLinesRemain(SeedBlock seeds) {
        seeds.check(PromptEngineRandomizedTest::context, (context, random) -> {
            Optional<Suggestion> line = engine.suggest(context);
            if (line.isEmpty()) {
                return;
            }
            List<Phrase> sayable = fitting(context).stream().flatMap(c -> LIBRARY.in(c).stream())
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
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theChoiceIsDeterministic(SeedBlock seeds) {
        seeds.check(PromptEngineRandomizedTest::context, (context, random) ->
                assertThat(new PromptEngine(PhraseLibrary.builtInEnglish()).suggest(context))
                        .isEqualTo(engine.suggest(context)));
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
