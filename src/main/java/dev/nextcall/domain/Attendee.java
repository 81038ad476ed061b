package dev.nextcall.domain;

import java.util.Locale;
import java.util.Objects;

/** A person on a calendar event: a display name (may be empty) and an e-mail address. */
public record Attendee(String name, String email) {

    public Attendee {
        name = name == null ? "" : name.strip();
        Objects.requireNonNull(email, "email");
        email = email.strip();
        if (email.isEmpty() || !email.contains("@")) {
            throw new IllegalArgumentException("not an e-mail address: '" + email + "'");
        }
    }

    public static Attendee ofEmail(String email) {
        return new Attendee("", email);
    }

    /** E-mail addresses compare case-insensitively in practice; calendars disagree about case. */
    public boolean hasEmail(String other) {
        return other != null && email.toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
    }

    public String displayName() {
        return name.isEmpty() ? email : name;
    }
}
