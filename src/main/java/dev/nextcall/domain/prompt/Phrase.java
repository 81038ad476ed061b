package dev.nextcall.domain.prompt;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One suggested line. The template may name the placeholders in {@link #PLACEHOLDERS}; a line that
 * names a slot is only offered when that many proposals exist, one that names {@code {action}} only
 * when a follow-up action was noted, and one that names {@code {zone}} only when the prospect is in
 * another zone.
 *
 * @param id         stable name of the line, the key its learning record is kept under
 * @param conditions when the line fits (empty: always)
 */
public record Phrase(String id, PhraseCategory category, String template, Set<PhraseCondition> conditions) {

    /** Everything a template may name. */
    public static final List<String> PLACEHOLDERS = List.of("{name}", "{slot1}", "{slot2}", "{zone}", "{action}");

    public Phrase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(template, "template");
        if (template.isBlank()) {
            throw new IllegalArgumentException("phrase " + id + " is empty");
        }
        conditions = conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
    }

    public Phrase(String id, PhraseCategory category, String template) {
        this(id, category, template, Set.of());
    }

    /**
     * A line named by its category and words: the same words give the same id wherever they come from
     * (the built-ins or the rep's file), so a line's record survives moving it, and a reworded line
     * starts afresh, as it should.
     */
    public static Phrase of(PhraseCategory category, String template, Set<PhraseCondition> conditions) {
        String words = template.strip();
        String hash = String.format(Locale.ROOT, "%08x", words.hashCode());
        return new Phrase(category.key() + "-" + hash, category, words, conditions);
    }

    /** How many proposals this line needs to be said. */
    public int slotsNeeded() {
        if (template.contains("{slot2}")) {
            return 2;
        }
        return template.contains("{slot1}") ? 1 : 0;
    }

    /** True when the line can be said in this context: its conditions hold and its placeholders can be filled. */
    public boolean fits(PromptContext context) {
        return slotsNeeded() <= context.spokenSlots().size()
                && (!template.contains("{action}") || !context.followUpAction().isEmpty())
                && (!template.contains("{zone}") || !context.prospectZone().isEmpty())
                && conditions.stream().allMatch(c -> c.holdsFor(context));
    }

    /** The words to say, with the placeholders filled from the context. */
    public String fill(PromptContext context) {
        String text = template;
        List<String> slots = context.spokenSlots();
        if (!slots.isEmpty()) {
            text = text.replace("{slot1}", slots.get(0));
        }
        if (slots.size() > 1) {
            text = text.replace("{slot2}", slots.get(1));
        }
        text = text.replace("{zone}", context.prospectZone()).replace("{action}", context.followUpAction());
        String name = context.prospectName().strip();
        if (name.isEmpty()) {
            // "Which suits you, {name}?" reads as "Which suits you?" without a name
            text = text.replace(", {name}", "").replace(" {name}", "").replace("{name}, ", "").replace("{name}", "");
            text = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        } else {
            text = text.replace("{name}", name);
        }
        return text;
    }
}
