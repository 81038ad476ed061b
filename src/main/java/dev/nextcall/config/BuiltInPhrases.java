package dev.nextcall.config;

import dev.nextcall.domain.prompt.PhraseLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The built-in lines, one resource per language ({@code prompts/phrases_en.txt}, later {@code _de},
 * {@code _fr} …) in the same format as the rep's {@code phrases.txt}. A language without its own file
 * gets English.
 */
public final class BuiltInPhrases {

    private BuiltInPhrases() {
    }

    public static PhraseLibrary forLocale(Locale locale) {
        String text = resource("prompts/phrases_" + locale.getLanguage() + ".txt");
        return PhraseLibrary.builtIn(text != null ? text : resource("prompts/phrases_en.txt"));
    }

    public static PhraseLibrary english() {
        return forLocale(Locale.ENGLISH);
    }

    private static String resource(String name) {
        try (InputStream in = BuiltInPhrases.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in " + name, e);
        }
    }
}
