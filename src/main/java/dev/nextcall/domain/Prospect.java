package dev.nextcall.domain;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The person the rep is selling to. Name and e-mail may be unknown for a manual call; the zone is
 * always known (it defaults to the rep's) because every proposal is spoken in it.
 */
public record Prospect(String name, String email, String company, ZoneId zone) {

    public Prospect {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
        company = company == null ? "" : company.strip();
        Objects.requireNonNull(zone, "zone");
    }

    public static Prospect unknown(ZoneId zone) {
        return new Prospect("", "", "", zone);
    }

    public static Prospect of(Attendee attendee, ZoneId zone) {
        return new Prospect(attendee.name(), attendee.email(), "", zone);
    }

    public boolean isKnown() {
        return !name.isEmpty() || !email.isEmpty();
    }

    public Optional<Attendee> asAttendee() {
        return email.isEmpty() ? Optional.empty() : Optional.of(new Attendee(name, email));
    }

    /** What the panel calls this person: the name, else the address, else "the prospect". */
    public String displayName() {
        if (!name.isEmpty()) {
            return name;
        }
        return email.isEmpty() ? "the prospect" : email;
    }

    public Prospect withZone(ZoneId newZone) {
        return new Prospect(name, email, company, newZone);
    }

    /**
     * What a search looks in: name, e-mail and company, folded to lower case, with a separator no search
     * text contains so that a match never spans two fields. The history stores it beside each call, so
     * SQL searches exactly what {@link #contains} does in Java.
     */
    public String searchKey() {
        return fold(name) + '\u001f' + fold(email) + '\u001f' + fold(company);
    }

    /** True when the name, e-mail or company contains {@code text}, in any case; blank text matches all. */
    public boolean contains(String text) {
        String needle = fold(text == null ? "" : text.strip());
        return needle.isEmpty() || searchKey().contains(needle);
    }

    /** The one case folding of searches: Unicode lower case, independent of the machine's locale. */
    public static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
