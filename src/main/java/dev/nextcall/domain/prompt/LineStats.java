package dev.nextcall.domain.prompt;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The learning records of every line, by phrase id; a line never shown has a record of zeros. */
public record LineStats(Map<String, LineRecord> byPhrase) {

    public static final LineStats NONE = new LineStats(Map.of());

    public LineStats {
        byPhrase = Map.copyOf(byPhrase);
    }

    public static LineStats of(List<LineRecord> records) {
        return new LineStats(records.stream().collect(Collectors.toMap(LineRecord::phraseId, Function.identity(),
                (a, b) -> new LineRecord(a.phraseId(), a.calls() + b.calls(), a.booked() + b.booked(),
                        a.accepted() + b.accepted()))));
    }

    public LineRecord of(String phraseId) {
        return byPhrase.getOrDefault(phraseId, new LineRecord(phraseId, 0, 0, 0));
    }
}
