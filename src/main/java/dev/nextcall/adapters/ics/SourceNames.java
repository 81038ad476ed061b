package dev.nextcall.adapters.ics;

import java.nio.file.Path;

/**
 * Puts the rep's name for a calendar into a message that names the file it was read from. A
 * subscription is read from its cached copy, {@code subscriptions/3f2a….ics}, which means nothing to
 * the rep; the message must name the address instead (redacted), and keep the line and the problem.
 */
final class SourceNames {

    private SourceNames() {
    }

    /**
     * The message with {@code file} replaced by {@code label}: {@code "/…/3f2a.ics line 7: unknown time zone"}
     * becomes {@code "https://example.com/…/basic.ics line 7: unknown time zone"}. A message that does not
     * name the file gets the label in front.
     */
    static String renamed(String message, Path file, String label) {
        String text = message == null ? "could not be read" : message;
        String full = file.toString();
        if (text.contains(full)) {
            return text.replace(full, label);
        }
        String name = file.getFileName().toString();
        if (text.contains(name)) {
            return text.replace(name, label);
        }
        return label + ": " + text;
    }

    /**
     * What is wrong, without the calendar's name in front ({@code "line 7: unknown time zone"}), for a
     * problem that names the calendar separately. A message that names it elsewhere keeps the name there.
     */
    static String reason(String message, Path file, String label) {
        String text = renamed(message, file, label);
        if (text.startsWith(label)) {
            String rest = text.substring(label.length()).replaceFirst("^[:,]?\\s*", "");
            return rest.isEmpty() ? text : rest;
        }
        return text;
    }
}
