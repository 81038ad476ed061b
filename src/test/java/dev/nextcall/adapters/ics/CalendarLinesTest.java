package dev.nextcall.adapters.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarLinesTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String slice(String text, CalendarLines.Line line) {
        byte[] all = bytes(text);
        return new String(all, line.start(), line.end() - line.start(), StandardCharsets.UTF_8);
    }

    @Test
    void linesJoinFoldsAndKnowTheirBytesWhateverTheLineBreaks() {
        String text = "BEGIN:VCALENDAR\r\nDESCRIPTION:caf\r\n é\n\tand more\rSUMMARY:x\r\n\r\nEND:VCALENDAR";

        List<CalendarLines.Line> lines = CalendarLines.lines(bytes(text));

        assertThat(lines).extracting(CalendarLines.Line::text)
                .containsExactly("BEGIN:VCALENDAR", "DESCRIPTION:caféand more", "SUMMARY:x", "END:VCALENDAR");
        assertThat(lines).extracting(line -> slice(text, line))
                .containsExactly("BEGIN:VCALENDAR\r\n", "DESCRIPTION:caf\r\n é\n\tand more\r", "SUMMARY:x\r\n", "END:VCALENDAR");
    }

    @Test
    void aFoldThatSplitsACharacterIsJoinedBeforeDecoding() {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[] {'S', ':', euro[0], '\r', '\n', ' ', euro[1], euro[2]};

        assertThat(CalendarLines.lines(text)).extracting(CalendarLines.Line::text).containsExactly("S:€");
    }

    @Test
    void aBlankLineInsideAFoldBelongsToTheFoldedLine() {
        String text = "SUMMARY:a\r\n\r\n b\r\nX:y\r\n";

        List<CalendarLines.Line> lines = CalendarLines.lines(bytes(text));

        assertThat(lines).extracting(CalendarLines.Line::text).containsExactly("SUMMARY:ab", "X:y");
        assertThat(slice(text, lines.get(0))).isEqualTo("SUMMARY:a\r\n\r\n b\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "DTSTART;TZID=Europe/Berlin:20240305T150000 | DTSTART   | TZID=Europe/Berlin        | 20240305T150000",
        "dtstart;tzid=\"W. Europe: Standard\":2024 | DTSTART   | TZID=W. Europe: Standard  | 2024",
        "ATTENDEE;CN=\"Doe, Jane\";RSVP=TRUE:mailto:j@x | ATTENDEE | CN=Doe, Jane;RSVP=TRUE   | mailto:j@x",
        "X-LIST;MEMBER=a,b:value:with:colons      | X-LIST    | MEMBER=a,b                | value:with:colons",
    })
    void propertiesAreTakenApart(String line, String name, String parameters, String value) {
        CalendarLines.Property property = CalendarLines.Property.parse(line);

        assertThat(property.name()).isEqualTo(name);
        assertThat(property.value()).isEqualTo(value);
        assertThat(property.text()).isEqualTo(line);
        for (String parameter : parameters.split(";(?=[A-Z]+=)")) {
            String[] pair = parameter.split("=", 2);
            assertThat(property.parameter(pair[0].toLowerCase())).contains(pair[1]);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"no colon here", "X;BROKEN:value", "X;Q=\"unclosed:value", ":value"})
    void aLineItCannotTakeApartHasNoValue(String line) {
        CalendarLines.Property property = CalendarLines.Property.parse(line);

        assertThat(property.value()).isEmpty();
        assertThat(property.parameters()).isEqualTo(Map.of());
        assertThat(property.text()).isEqualTo(line);
    }

    @Test
    void componentsAreThoseDirectlyInsideTheCalendarWithTheirOwnProperties() {
        String text = String.join("\n",
                "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VTIMEZONE", "TZID:X", "BEGIN:STANDARD", "TZOFFSETTO:+0100", "END:STANDARD", "END:VTIMEZONE",
                "BEGIN:VEVENT", "UID:1", "BEGIN:VALARM", "ACTION:DISPLAY", "END:VALARM", "SUMMARY:after the alarm", "END:VEVENT",
                "END:VCALENDAR", "");

        List<CalendarLines.Component> components = CalendarLines.components(bytes(text));

        assertThat(components).extracting(CalendarLines.Component::type).containsExactly("VTIMEZONE", "VEVENT");
        CalendarLines.Component event = components.get(1);
        assertThat(event.properties()).extracting(CalendarLines.Line::text).containsExactly("UID:1", "SUMMARY:after the alarm");
        assertThat(text.substring(event.start(), event.end())).startsWith("BEGIN:VEVENT\n").endsWith("END:VEVENT\n");
        assertThat(text.substring(event.bodyEnd())).startsWith("BEGIN:VALARM");
        assertThat(event.lineBreak()).isEqualTo("\n");
        assertThat(event.first("SUMMARY")).map(CalendarLines.Property::value).contains("after the alarm");
    }
}
