package dev.nextcall.domain.prompt;

import java.util.Objects;

/**
 * One suggested line. The template may name {@code {name}}, {@code {slot1}} and {@code {slot2}};
 * a line that names a slot is only offered when that many proposals exist.
 */
public record Phrase(String id, PhraseCategory category, String template) {

    public Phrase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(template, "template");
        if (template.isBlank()) {
            throw new IllegalArgumentException("phrase " + id + " is empty");
        }
    }

    /** How many proposals this line needs to be said. */
    public int slotsNeeded() {
        if (template.contains("{slot2}")) {
            return 2;
        }
        return template.contains("{slot1}") ? 1 : 0;
    }
}
