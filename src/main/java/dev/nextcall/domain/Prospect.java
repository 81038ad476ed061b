package dev.nextcall.domain;

import java.time.ZoneId;
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
}
