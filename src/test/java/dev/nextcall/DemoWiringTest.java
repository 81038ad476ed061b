package dev.nextcall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.app.DemoData;
import dev.nextcall.app.demo.TryDemo;
import dev.nextcall.testing.MutableClock;
import dev.nextcall.testing.TestEnvironments;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo as the app wires it: real history.db, real local calendar, the app's own suggested lines. */
class DemoWiringTest {

    @TempDir
    Path folder;

    private CompositionRoot root() {
        return new CompositionRoot(TestEnvironments.in(folder,
                new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), TestEnvironments.BERLIN)));
    }

    @Test
    void theDemosBestLinesAreTheAppsOwnLines() {
        try (CompositionRoot root = root()) {
            root.fillDemo().fill(400, 3, false);
            assertThat(root.bestLines().top(5, 1)).isNotEmpty().allSatisfy(line -> {
                assertThat(root.promptLines().library().find(line.phraseId())).as(line.phraseId()).isPresent();
                assertThat(line.text()).doesNotContain("no longer in your lines");
            });
        }
    }

    @Test
    void tryingTheDemoTwiceNeverMixesItIntoDataThatIsThere() {
        try (CompositionRoot root = root()) {
            DemoData demo = new TryDemo(root.fillDemo());
            assertThat(demo.fill()).isInstanceOf(DemoData.Outcome.Filled.class);
            assertThat(demo.fill()).isInstanceOfSatisfying(DemoData.Outcome.Unavailable.class,
                    refused -> assertThat(refused.reason()).contains("nothing of yours gets mixed"));
        }
    }
}
