package dev.nextcall.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.prompt.PhraseLibrary;
import dev.nextcall.testing.InMemoryPromptMemory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BestLinesTest {

    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    private final PhraseLibrary library = PhraseLibrary.builtIn("""
            ask: Shall we book?
            offer: {slot1} or {slot2}?
            confirm: Accept it, please.
            """);
    private final InMemoryPromptMemory memory = new InMemoryPromptMemory();
    private final BestLines best = new BestLines(memory, () -> library);

    private void call(String id, String phraseId, boolean booked, boolean accepted) {
        memory.lineShown(id, phraseId, AT);
        memory.ended(id, booked, accepted);
    }

    @Test
    void topLinesByBookedRateWithTheirWordsAndCounts() {
        String ask = library.phrases().get(0).id();
        String offer = library.phrases().get(1).id();
        String confirm = library.phrases().get(2).id();
        for (int i = 0; i < 4; i++) {
            call("a" + i, ask, i == 0, false);          // 1 of 4 booked
            call("o" + i, offer, i < 3, i < 2);         // 3 of 4 booked, 2 accepted
        }
        call("c0", confirm, true, true);                // 1 of 1: too few calls to rank
        call("gone", "ask-00000000", true, true);
        call("gone2", "ask-00000000", true, false);
        call("gone3", "ask-00000000", false, false);
        memory.lineShown("running", ask, AT);           // a running call does not count yet

        var top = best.top(5, 3);

        assertThat(top).extracting(BestLines.BestLine::phraseId).containsExactly(offer, "ask-00000000", ask);
        assertThat(top.get(0).text()).isEqualTo("{slot1} or {slot2}?");
        assertThat(top.get(0).category()).isEqualTo("offer");
        assertThat(top.get(0).calls()).isEqualTo(4);
        assertThat(top.get(0).bookedRate()).isEqualTo(0.75);
        assertThat(top.get(0).acceptedRate()).isEqualTo(0.5);
        assertThat(top.get(1).text()).isEqualTo("(no longer in your lines)");
        assertThat(top.get(1).category()).isEqualTo("ask");
        assertThat(best.top(1, 3)).hasSize(1);
    }
}
