package dev.nextcall.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.NoNextStepMark;
import dev.nextcall.domain.history.NoNextStepReason;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CallCsvTest {

    private static final Instant START = Instant.parse("2026-11-26T14:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "=1+1|'=1+1",
        "+49 30 1234|'+49 30 1234",
        "-2|'-2",
        "@SUM(A1)|'@SUM(A1)",
        "=HYPERLINK(\"http://evil\";\"x\")|\"'=HYPERLINK(\"\"http://evil\"\";\"\"x\"\")\"",
        "plain|plain",
        "a = b|a = b",
        "Müller, Zoë|\"Müller, Zoë\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
    })
    void formulasAreNeutralisedAndSpecialCharactersQuoted(String raw, String expected) {
        assertThat(CallCsv.cell(raw)).isEqualTo(expected);
    }

    @Test
    void aLeadingTabOrCarriageReturnIsNeutralisedToo() {
        assertThat(CallCsv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CallCsv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(CallCsv.cell("line 1\nline 2")).isEqualTo("\"line 1\nline 2\"");
        assertThat(CallCsv.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CallCsv.cell("")).isEmpty();
        assertThat(CallCsv.cell(null)).isEmpty();
    }

    @Test
    void theFileHasAHeaderRowAndCrlfLineEnds() {
        Call call = new Call("c1", CallTiming.startingAt(START, Duration.ofMinutes(30)), START.plusSeconds(1500),
                CallSource.manual(), new Prospect("=Evil", "ana@acme.example", "-Acme", ZoneId.of("Asia/Tokyo")),
                Outcome.FOLLOW_UP_PROMISED, "line 1\nline 2");
        CallRecord record = new CallRecord(call, null,
                new NoNextStepMark(NoNextStepReason.OTHER, "@them", START.plusSeconds(3600)));
        StringBuilder out = new StringBuilder();

        CallCsv.write(List.of(record), out);

        assertThat(out.toString()).isEqualTo(String.join(",", CallCsv.HEADER) + "\r\n"
                + "c1,2026-11-26T14:00:00Z,2026-11-26T14:25:00Z,'=Evil,ana@acme.example,'-Acme,Asia/Tokyo,"
                + "follow_up_promised,,,,,false,other,'@them,\"line 1\nline 2\"\r\n");
    }
}
