package dev.nextcall.domain.prompt;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a suggested line is for; see product.md for the guidance behind each. The key is the word a
 * phrase file uses for the category.
 */
public enum PhraseCategory {
    ASK_TO_BOOK("ask"),
    OFFER_CHOICE("offer"),
    TIE_TO_ACTIONS("tie"),
    CONFIRM("confirm"),
    BACK_OFF("backoff"),
    OVERTIME_CLOSE("overtime");

    private final String key;

    PhraseCategory(String key) {
        this.key = key;
    }

    /** The word for this category in a phrase file. */
    public String key() {
        return key;
    }

    public static Optional<PhraseCategory> ofKey(String word) {
        String wanted = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.key.equals(wanted)).findFirst();
    }

    /** "ask, offer, tie, confirm, backoff or overtime", for messages. */
    static String allKeys() {
        String all = Arrays.stream(values()).map(PhraseCategory::key).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
