package dev.nextcall.ui.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The checks of the settings window's free-text fields; each gives a message, or "" when the text is fine. */
final class FieldChecks {

    private FieldChecks() {
    }

    /** The rep's own meeting link: empty (none, or Google Meet) or a web address. */
    static String meetingLink(String text) {
        String link = text == null ? "" : text.strip();
        if (link.isEmpty()) {
            return "";
        }
        return isWebAddress(link, "https", "http") ? ""
                : "Enter a web address starting with https:// (or leave it empty)";
    }

    static String email(String text) {
        String email = text == null ? "" : text.strip();
        if (email.isEmpty()) {
            return "";
        }
        int at = email.indexOf('@');
        boolean ok = at > 0 && at == email.lastIndexOf('@') && at < email.length() - 1 && !email.contains(" ");
        return ok ? "" : "Enter an e-mail address like you@example.com";
    }

    /** An .ics file or a subscription address (https, http or webcal). */
    static String icsSource(String text) {
        String entry = text == null ? "" : text.strip();
        if (entry.isEmpty()) {
            return "Enter an .ics file or a calendar address";
        }
        if (entry.contains("://")) {
            return isWebAddress(entry, "https", "http", "webcal") ? ""
                    : "A calendar address starts with https:// or webcal://";
        }
        return entry.toLowerCase(Locale.ROOT).endsWith(".ics") ? ""
                : "Enter a calendar file ending in .ics, or an address starting with https:// or webcal://";
    }

    private static boolean isWebAddress(String text, String... schemes) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return java.util.List.of(schemes).contains(scheme) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
