package dev.nextcall.adapters.ics;

import dev.nextcall.domain.Attendee;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.time.zone.ZoneRulesException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Maps one ical4j {@link VEvent} to an {@link IcsEvent}. ical4j resolves values lazily, so a bad
 * TZID or date only shows up here; such problems are reported with the line they are on.
 */
final class IcsEventMapper {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@:]+@[^\\s@:]+");

    private final ZoneId floatingZone;
    private final IcsSource source;

    IcsEventMapper(ZoneId floatingZone, IcsSource source) {
        this.floatingZone = floatingZone;
        this.source = source;
    }

    /** Empty for a VEVENT without DTSTART: it cannot be placed on the timeline, so it is ignored. */
    Optional<IcsEvent> map(VEvent event) throws MalformedIcsException {
        Optional<DateProperty<?>> dtStart = event.getProperty(Property.DTSTART);
        if (dtStart.isEmpty()) {
            return Optional.empty();
        }
        Temporal startValue = dateOf(dtStart.get());
        boolean allDay = startValue instanceof LocalDate;
        ZonedDateTime start = IcsTimes.toZoned(startValue, floatingZone);
        // UID is required, but hand-made files sometimes lack it; the id then only has to be stable per file version.
        String uid = event.getUid().map(Property::getValue)
                .orElse("no-uid-" + start.toInstant());
        return Optional.of(new IcsEvent(
                uid,
                textOf(event, Property.SUMMARY),
                start,
                endOf(event, start, allDay),
                allDay,
                "CANCELLED".equalsIgnoreCase(textOf(event, Property.STATUS).strip()),
                transparencyOf(event),
                attendeesOf(event),
                recurrenceIdOf(event),
                sequenceOf(event),
                excludesItsStart(event, start, allDay)));
    }

    private ZonedDateTime endOf(VEvent event, ZonedDateTime start, boolean allDay) throws MalformedIcsException {
        Optional<DateProperty<?>> dtEnd = event.getProperty(Property.DTEND);
        if (dtEnd.isPresent()) {
            return IcsTimes.toZoned(dateOf(dtEnd.get()), floatingZone);
        }
        Optional<Property> duration = event.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            return durationOf(duration.get()).endFrom(start);
        }
        // RFC 5545 3.6.1: a DATE with neither lasts one day, a DATE-TIME lasts no time at all.
        return allDay ? start.toLocalDate().plusDays(1).atStartOfDay(start.getZone()) : start;
    }

    private IcsDuration durationOf(Property property) throws MalformedIcsException {
        if (!(property instanceof RawDurationProperty raw)) {
            // ical4j's own DURATION has lost the text (PT24H reads back as P1D); see IcsFileParser.
            throw new IllegalStateException("DURATION was parsed without RawDurationProperty");
        }
        try {
            return raw.duration();
        } catch (IllegalArgumentException e) {
            throw new MalformedIcsException(source.lineOf(Property.DURATION, raw.getValue()), e.getMessage(), e);
        }
    }

    private Optional<Instant> recurrenceIdOf(VEvent event) throws MalformedIcsException {
        Optional<DateProperty<?>> recurrenceId = event.getProperty(Property.RECURRENCE_ID);
        if (recurrenceId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IcsTimes.toZoned(dateOf(recurrenceId.get()), floatingZone).toInstant());
    }

    /**
     * Recurrences are expanded in a later version; until then a series contributes its DTSTART
     * instance, so an EXDATE that removes exactly that instance must be honoured. A DATE EXDATE on
     * a timed event removes the instance on that local date.
     */
    private boolean excludesItsStart(VEvent event, ZonedDateTime start, boolean allDay) throws MalformedIcsException {
        List<DateListProperty<?>> exDates = event.getProperties(Property.EXDATE);
        for (DateListProperty<?> exDate : exDates) {
            for (Temporal excluded : datesOf(exDate)) {
                boolean sameDay = excluded instanceof LocalDate date && !allDay && date.equals(start.toLocalDate());
                if (sameDay || IcsTimes.toZoned(excluded, floatingZone).toInstant().equals(start.toInstant())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static IcsEvent.Transparency transparencyOf(VEvent event) {
        String value = textOf(event, Property.TRANSP).strip().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "OPAQUE" -> IcsEvent.Transparency.OPAQUE;
            case "TRANSPARENT" -> IcsEvent.Transparency.TRANSPARENT;
            default -> IcsEvent.Transparency.UNSPECIFIED;
        };
    }

    private static int sequenceOf(VEvent event) {
        String value = textOf(event, Property.SEQUENCE).strip();
        try {
            return value.isEmpty() ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            // ical4j has already checked SEQUENCE while parsing; a value it accepts but we cannot read ranks lowest.
            return 0;
        }
    }

    /** ATTENDEEs with an e-mail address, in file order, each address once. ORGANIZER is not one of them. */
    private static List<Attendee> attendeesOf(VEvent event) {
        List<Attendee> attendees = new ArrayList<>();
        for (Property property : event.getProperties(Property.ATTENDEE)) {
            Optional<String> email = emailOf(property.getValue());
            if (email.isEmpty() || attendees.stream().anyMatch(a -> a.hasEmail(email.get()))) {
                continue;
            }
            String name = property.getParameter(Parameter.CN).map(Parameter::getValue).orElse("");
            attendees.add(new Attendee(name, email.get()));
        }
        return attendees;
    }

    /** The address of a {@code mailto:} (or scheme-less) calendar user; empty for rooms, URNs and the like. */
    static Optional<String> emailOf(String calAddress) {
        String value = calAddress == null ? "" : calAddress.strip();
        if (value.regionMatches(true, 0, "mailto:", 0, 7)) {
            value = value.substring(7).strip();
        }
        return EMAIL.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    private static String textOf(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse("");
    }

    private Temporal dateOf(DateProperty<?> property) throws MalformedIcsException {
        try {
            Temporal value = property.getDate();
            if (value == null) {
                throw new DateTimeException("no value");
            }
            return value;
        } catch (DateTimeException e) {
            throw malformed(property, e);
        }
    }

    private List<? extends Temporal> datesOf(DateListProperty<?> property) throws MalformedIcsException {
        try {
            return property.getDates();
        } catch (DateTimeException e) {
            throw malformed(property, e);
        }
    }

    private MalformedIcsException malformed(Property property, DateTimeException e) {
        Optional<String> tzid = property.getParameter(Parameter.TZID).map(Parameter::getValue);
        if (e instanceof ZoneRulesException && tzid.isPresent()) {
            return new MalformedIcsException(source.lineOf(property.getName(), tzid.get()),
                    property.getName() + ": unknown time zone '" + tzid.get()
                            + "' (no VTIMEZONE of that TZID in the file and no IANA zone of that name)", e);
        }
        Optional<String> value = rawValueOf(property);
        String shown = value.orElse("?");
        String problem = e instanceof DateTimeParseException
                ? property.getName() + ": invalid date or date-time '" + shown + "'"
                : property.getName() + ": cannot read '" + shown + "': " + e.getMessage();
        int line = value.map(v -> source.lineOf(property.getName(), v)).orElse(0);
        return new MalformedIcsException(line, problem, e);
    }

    /**
     * The value as written, to show it and find its line. ical4j falls back to the raw text when
     * the zone is unknown, but formats from the parsed date otherwise, which can fail the same way
     * getDate() did; the message then goes without the value (the cause keeps the details).
     */
    private static Optional<String> rawValueOf(Property property) {
        try {
            return Optional.ofNullable(property.getValue());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
