package dev.nextcall.adapters.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentLinesTest {

    @Test
    void unfoldsCrlfLfAndTabFoldsAndSkipsBlankLines() {
        String text = "SUMMARY:one\r\n  two\r\n\r\nDESCRIPTION:a\n\tb\nUID:x\r   \rEND:VEVENT";

        assertThat(ContentLines.unfold(text)).containsExactly(
                new ContentLines.Line(1, "SUMMARY:one two"),
                new ContentLines.Line(4, "DESCRIPTION:ab"),
                new ContentLines.Line(6, "UID:x"),
                new ContentLines.Line(8, "END:VEVENT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UID:abc",
            "DTSTART;TZID=Europe/Berlin:20240305T090000",
            "ATTENDEE;CN=\"Doe, Jane: Sales\";RSVP=TRUE:mailto:jane@acme.example",
            "X-GOOGLE-CONFERENCE:https://meet.google.com/abc",
            "DESCRIPTION:",
            "RESOURCES;X-A=1,\"b;c\":projector",
    })
    void acceptsWellFormedLines(String line) {
        assertThat(ContentLines.syntaxProblem(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the contract",
            "l Latham;CUTYPE=INDIVIDUAL:mailto:dlatham@example.com",
            " continued:without a line before",
            "DTSTART;TZID=\"W. Europe Standard Time:20200609T090000\"",
            "ATTENDEE;CN=\"unclosed:mailto:a@b.example",
            "DTSTART;TZID:20240305T090000",
            "SUMMARY",
    })
    void rejectsBrokenLines(String line) {
        assertThat(ContentLines.syntaxProblem(line)).isPresent();
    }

    @Test
    void nameAndValueSkipColonsInQuotedParameters() {
        String line = "attendee;CN=\"Doe: Jane\":mailto:jane@acme.example";

        assertThat(ContentLines.name(line)).isEqualTo("ATTENDEE");
        assertThat(ContentLines.value(line)).isEqualTo("mailto:jane@acme.example");
        assertThat(ContentLines.unfold("")).isEqualTo(List.of());
    }

    /** The unfolding as first written, with a regex split: slow on big files, but plainly right. */
    private static List<ContentLines.Line> unfoldByRegex(String text) {
        String[] physical = text.split("\r\n|\n|\r", -1);
        List<ContentLines.Line> logical = new ArrayList<>();
        StringBuilder current = null;
        int currentNumber = 0;
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            if (line.isBlank()) {
                continue;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && current != null) {
                current.append(line, 1, line.length());
                continue;
            }
            if (current != null) {
                logical.add(new ContentLines.Line(currentNumber, current.toString()));
            }
            current = new StringBuilder(line);
            currentNumber = i + 1;
        }
        if (current != null) {
            logical.add(new ContentLines.Line(currentNumber, current.toString()));
        }
        return logical;
    }

    @Test
    void unfoldingMatchesTheRegexVersionOnRandomTexts() {
        String[] pieces = {"A", "b:", "x", " ", "\t", "\r\n", "\n", "\r", "\r\n ", "\n\t", "\r\r\n", "é", ";"};
        for (long seed = 1; seed <= 2_000; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(ContentLines.unfold(text.toString())).as("seed %d: %s", seed, text).isEqualTo(unfoldByRegex(text.toString()));
        }
    }
}
