package dev.nextcall.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseParserTest {

    @Test
    void readsCategoriesConditionsCommentsAndReplacements() {
        ParsedPhrases parsed = PhraseParser.parse("""
                # my lines
                \s
                ask: Shall we pencil in the next one?
                Offer , other-zone,follow-up :  Would {slot1} or {slot2} work in {zone}, {name}?
                tie: We said: {action}. Check in {slot1}?
                replace overtime
                overtime: Out of time: {slot1}?
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.replaced()).containsExactly(PhraseCategory.OVERTIME_CLOSE);
        assertThat(parsed.phrases()).extracting(Phrase::category).containsExactly(PhraseCategory.ASK_TO_BOOK,
                PhraseCategory.OFFER_CHOICE, PhraseCategory.TIE_TO_ACTIONS, PhraseCategory.OVERTIME_CLOSE);
        Phrase offer = parsed.phrases().get(1);
        assertThat(offer.template()).isEqualTo("Would {slot1} or {slot2} work in {zone}, {name}?");
        assertThat(offer.conditions()).containsExactlyInAnyOrder(PhraseCondition.OTHER_ZONE, PhraseCondition.FOLLOW_UP);
        assertThat(offer.id()).startsWith("offer-");
    }

    @Test
    void theSameWordsGiveTheSameIdWhereverTheyAre() {
        Phrase a = PhraseParser.parse("ask: Shall we book?").phrases().get(0);
        Phrase b = PhraseParser.parse("# moved\n\nask:   Shall we book?  ").phrases().get(0);
        Phrase c = PhraseParser.parse("ask: Shall we book now?").phrases().get(0);
        assertThat(a.id()).isEqualTo(b.id()).isNotEqualTo(c.id());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ofer: Would {slot1} work? | unknown category 'ofer' (use ask, offer, tie, confirm, backoff or overtime)",
            "Would {slot1} work?       | no ':' after the category; write it as 'offer: Would {slot1} work?'",
            "offer, vip: Hello         | unknown condition 'vip' (use first-call, follow-up or other-zone)",
            "offer:                    | there are no words after the ':'",
            "offer: {slot3} then?      | unknown placeholder {slot3} (use {name}, {slot1}, {slot2}, {zone}, {action})",
            "offer: {slot1 then?       | a '{' or '}' without its partner",
            "offer: Or {slot2}?        | {slot2} needs {slot1} too: the first time is the best one",
            "ask, first-call, follow-up: Hi | a line cannot be for both first-call and follow-up",
            "replace everything        | unknown category 'everything' (use ask, offer, tie, confirm, backoff or overtime)",
    })
    void aBadLineIsNamedWithItsNumberAndSkipped(String bad, String message) {
        ParsedPhrases parsed = PhraseParser.parse("# header\nask: Shall we book?\n" + bad + "\nconfirm: Accept it?\n");

        assertThat(parsed.problems()).containsExactly(new PhraseProblem(3, message));
        assertThat(parsed.problems().get(0).describe("phrases.txt")).isEqualTo("phrases.txt line 3: " + message);
        assertThat(parsed.phrases()).extracting(Phrase::template).containsExactly("Shall we book?", "Accept it?");
    }

    @Test
    void tooLongToSayInOneBreath() {
        ParsedPhrases parsed = PhraseParser.parse("ask: " + "very ".repeat(50) + "long?");
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("255 characters").contains("one breath");
        });
    }

    @Test
    void aRepeatedLineIsReportedOnce() {
        ParsedPhrases parsed = PhraseParser.parse("ask: Book?\r\nask: Book?\r\n");
        assertThat(parsed.phrases()).hasSize(1);
        assertThat(parsed.problems()).containsExactly(new PhraseProblem(2, "the same line appears earlier in the file"));
    }

    @Test
    void aBrokenBuiltInFileIsABug() {
        assertThatThrownBy(() -> PhraseLibrary.builtIn("ask: fine\nnonsense\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
        assertThat(PhraseLibrary.builtIn("ask: fine").phrases()).hasSize(1);
        assertThat(PhraseParser.parse("").phrases()).isEmpty();
        assertThat(Phrase.of(PhraseCategory.ASK_TO_BOOK, "x", Set.of()).conditions()).isEmpty();
    }
}
