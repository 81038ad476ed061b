package dev.nextcall.adapters.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsTextTest {

    @Test
    void escapesTextAndUnescapesItBack() {
        String text = "a\\b;c,d\ne\r\nf\rg";

        assertThat(IcsText.escape(text)).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(IcsText.unescape(IcsText.escape(text))).isEqualTo("a\\b;c,d\ne\nf\ng");
    }

    @Test
    void dropsControlCharactersThatWouldBreakTheLine() {
        assertThat(IcsText.escape("bell\u0007\ttab")).isEqualTo("bell \ttab");
    }

    @Test
    void quotesParameterValuesOnlyWhenNeeded() {
        assertThat(IcsText.parameterValue("Rita Rep")).isEqualTo("Rita Rep");
        assertThat(IcsText.parameterValue("Doe, Jane")).isEqualTo("\"Doe, Jane\"");
        assertThat(IcsText.parameterValue("Acme: \"Sales\"")).isEqualTo("\"Acme: 'Sales'\"");
    }

    @Test
    void aLineOf75OctetsIsNotFolded() {
        String line = "X".repeat(75);

        assertThat(IcsText.fold(List.of(line))).isEqualTo(line + "\r\n");
    }

    @Test
    void longerLinesAreFoldedWithALeadingSpaceCountedInTheNext75() {
        String folded = IcsText.fold(List.of("X".repeat(75 + 74 + 3)));

        assertThat(folded).isEqualTo("X".repeat(75) + "\r\n " + "X".repeat(74) + "\r\n " + "XXX" + "\r\n");
    }

    @Test
    void aMultiByteCharacterIsNeverSplit() {
        String folded = IcsText.fold(List.of("X".repeat(74) + "é" + "Y"));

        assertThat(folded).isEqualTo("X".repeat(74) + "\r\n é" + "Y\r\n");
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }
}
