package dev.nextcall.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.prompt.ParsedPhrases;
import dev.nextcall.domain.prompt.PhraseCategory;
import dev.nextcall.domain.prompt.PhraseLibrary;
import dev.nextcall.domain.prompt.PhraseParser;
import dev.nextcall.domain.prompt.PhraseProblem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhraseFileTest {

    @TempDir
    Path folder;

    private Path file() {
        return new DataFolder(folder).phrasesFile();
    }

    /** Writes the file and moves its modified time on, as a save a second later would. */
    private void save(String text, int second) throws Exception {
        Files.writeString(file(), text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file(), FileTime.from(Instant.parse("2026-11-30T09:00:00Z").plusSeconds(second)));
    }

    @Test
    void theFirstReadCreatesAnExplainedFileWithNoLinesInUse() throws Exception {
        PhraseFile phrases = new PhraseFile(file());

        Optional<ParsedPhrases> first = phrases.readIfChanged();

        assertThat(file()).exists();
        String header = Files.readString(file());
        assertThat(header).contains("category[, condition...]: the words to say").contains("replace <category>")
                .contains("{slot1}").contains("other-zone");
        assertThat(first).get().satisfies(p -> {
            assertThat(p.phrases()).as("the examples are commented out").isEmpty();
            assertThat(p.problems()).isEmpty();
        });
        // the examples in the header are valid once uncommented
        String uncommented = header.lines().filter(l -> l.matches("# (ask|offer|overtime|replace).*"))
                .map(l -> l.substring(2)).reduce("", (a, b) -> a + b + "\n");
        assertThat(PhraseParser.parse(uncommented).problems()).isEmpty();
        assertThat(PhraseParser.parse(uncommented).phrases()).hasSize(3);
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        save("ask: Mine?\n", 1);
        PhraseFile phrases = new PhraseFile(file());

        assertThat(phrases.readIfChanged()).get().extracting(p -> p.phrases().size()).isEqualTo(1);
        assertThat(Files.readString(file())).isEqualTo("ask: Mine?\n");
    }

    @Test
    void readAgainOnlyWhenTheFileChanges() throws Exception {
        save("ask: One?\n", 1);
        PhraseFile phrases = new PhraseFile(file());
        assertThat(phrases.readIfChanged()).isPresent();
        assertThat(phrases.readIfChanged()).isEmpty();

        save("ask: One?\nask: Two?\n", 2);

        assertThat(phrases.readIfChanged()).get().extracting(p -> p.phrases().size()).isEqualTo(2);
        assertThat(phrases.readIfChanged()).isEmpty();
    }

    @Test
    void aMalformedFileNamesTheLineAndTheBuiltInsKeepWorking() throws Exception {
        save("# mine\nask: Shall we?\nofer: Would {slot1} work?\n", 1);
        PhraseFile phrases = new PhraseFile(file());

        ParsedPhrases parsed = phrases.readIfChanged().orElseThrow();
        PhraseLibrary library = BuiltInPhrases.english().withRepLines(parsed);

        assertThat(parsed.problems()).extracting(p -> p.describe(PhraseFile.NAME)).containsExactly(
                "phrases.txt line 3: unknown category 'ofer' (use ask, offer, tie, confirm, backoff or overtime)");
        assertThat(library.in(PhraseCategory.ASK_TO_BOOK).get(0).template()).isEqualTo("Shall we?");
        assertThat(library.in(PhraseCategory.OFFER_CHOICE)).hasSameSizeAs(
                BuiltInPhrases.english().in(PhraseCategory.OFFER_CHOICE));
        assertThat(Files.readString(file())).as("nothing lost").contains("ofer: Would {slot1} work?");
    }

    @Test
    void notUtf8IsSaidPlainly() throws Exception {
        Files.write(file(), new byte[] {'a', 's', 'k', ':', ' ', (byte) 0xff, (byte) 0xfe});
        ParsedPhrases parsed = new PhraseFile(file()).readIfChanged().orElseThrow();
        assertThat(parsed.problems()).singleElement().extracting(PhraseProblem::line).isEqualTo(0);
        assertThat(parsed.problems().get(0).describe("phrases.txt")).startsWith("phrases.txt: is not UTF-8 text");
    }

    @Test
    void aDeletedFileMeansNoLinesOfTheRep() throws Exception {
        save("ask: Mine?\n", 1);
        PhraseFile phrases = new PhraseFile(file());
        phrases.readIfChanged();
        Files.delete(file());

        assertThat(phrases.readIfChanged()).get().extracting(p -> p.phrases().size()).isEqualTo(0);
        assertThat(file()).doesNotExist();
    }

    @Test
    void otherLanguagesFallBackToEnglish() {
        assertThat(BuiltInPhrases.forLocale(Locale.GERMAN)).isEqualTo(BuiltInPhrases.english());
        assertThat(BuiltInPhrases.forLocale(Locale.UK)).isEqualTo(BuiltInPhrases.english());
    }
}
