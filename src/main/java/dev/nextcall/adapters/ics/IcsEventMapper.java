package dev.nextcall.adapters.ics;

import dev.nextcall.domain.Attendee;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Maps one ical4j {@link VEvent} to an {@link IcsEvent}. Dates are read from the property text
 * (see {@link PropertyValues}); a bad date, zone, duration or rule is reported with its line.
 */
final class IcsEventMapper {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@:]+@[^\\s@:]+");

    private final PropertyValues values;

    IcsEventMapper(PropertyValues values) {
        this.values = values;
    }

    /** Empty for a VEVENT without DTSTART: it cannot be placed on the timeline, so it is ignored. */
    Optional<IcsEvent> map(VEvent vevent) throws MalformedIcsException {
        Properties event = new Properties(vevent);
        Optional<Property> dtStart = event.first(Property.DTSTART);
        if (dtStart.isEmpty()) {
            return Optional.empty();
        }
        PropertyValues.Placed start = values.single(dtStart.get());
        boolean allDay = start.written().isDate();
        ZonedDateTime startTime = start.time();
        // UID is required, but hand-made files sometimes lack it; the id then only has to be stable per file version.
        String uid = event.first(Property.UID).map(Property::getValue)
                .orElse("no-uid-" + startTime.toInstant());
        return Optional.of(new IcsEvent(
                uid,
                textOf(event, Property.SUMMARY),
                startTime,
                start.written().local(),
                lengthOf(event, startTime, allDay),
                allDay,
                "CANCELLED".equalsIgnoreCase(textOf(event, Property.STATUS).strip()),
                transparencyOf(event),
                attendeesOf(event),
                recurrenceIdOf(event),
                sequenceOf(event),
                recurrenceOf(event, start, allDay)));
    }

    /** DTEND wins over DURATION when a file (wrongly) has both, as the exporters that write both intend. */
    private InstanceLength lengthOf(Properties event, ZonedDateTime start, boolean allDay) throws MalformedIcsException {
        Optional<Property> dtEnd = event.first(Property.DTEND);
        if (dtEnd.isPresent()) {
            PropertyValues.Placed end = values.single(dtEnd.get());
            if (allDay && end.written().isDate()) {
                return new InstanceLength(ChronoUnit.DAYS.between(start.toLocalDate(), end.written().date()), Duration.ZERO);
            }
            return new InstanceLength(0, Duration.between(start, end.time()));
        }
        Optional<Property> duration = event.first(Property.DURATION);
        if (duration.isPresent()) {
            return InstanceLength.of(durationOf(duration.get()));
        }
        // RFC 5545 3.6.1: a DATE with neither lasts one day, a DATE-TIME lasts no time at all.
        return allDay ? InstanceLength.ONE_DAY : InstanceLength.NONE;
    }

    private IcsDuration durationOf(Property property) throws MalformedIcsException {
        if (!(property instanceof RawDurationProperty raw)) {
            // ical4j's own DURATION has lost the text (PT24H reads back as P1D); see IcsFileParser.
            throw new IllegalStateException("DURATION was parsed without RawDurationProperty");
        }
        try {
            return raw.duration();
        } catch (IllegalArgumentException e) {
            throw values.malformed(property, e.getMessage(), e);
        }
    }

    private Optional<Instant> recurrenceIdOf(Properties event) throws MalformedIcsException {
        Optional<Property> recurrenceId = event.first(Property.RECURRENCE_ID);
        if (recurrenceId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(values.single(recurrenceId.get()).time().toInstant());
    }

    private IcsRecurrence recurrenceOf(Properties event, PropertyValues.Placed start, boolean allDay) throws MalformedIcsException {
        List<RecurrenceRule> rules = new ArrayList<>();
        for (Property rrule : event.all(Property.RRULE)) {
            try {
                rules.add(RecurrenceRule.parse(values.text(rrule)));
            } catch (IllegalArgumentException e) {
                throw values.malformed(rrule, "RRULE: " + e.getMessage(), e);
            }
        }
        List<IcsRecurrence.Instance> extra = new ArrayList<>();
        for (Property rdate : event.all(Property.RDATE)) {
            if (values.isPeriodList(rdate)) {
                extra.addAll(values.periods(rdate));
                continue;
            }
            for (PropertyValues.Placed date : values.list(rdate)) {
                extra.add(new IcsRecurrence.Instance(extraStart(date, start, allDay), Optional.empty()));
            }
        }
        Set<Instant> excludedInstants = new HashSet<>();
        Set<LocalDate> excludedDates = new HashSet<>();
        for (Property exdate : event.all(Property.EXDATE)) {
            for (PropertyValues.Placed date : values.list(exdate)) {
                if (date.written().isDate()) {
                    excludedDates.add(date.written().date());
                } else {
                    excludedInstants.add(date.time().toInstant());
                }
            }
        }
        if (rules.isEmpty() && extra.isEmpty() && excludedInstants.isEmpty() && excludedDates.isEmpty()) {
            return IcsRecurrence.NONE;
        }
        return new IcsRecurrence(rules, extra, excludedInstants, excludedDates);
    }

    /**
     * An RDATE of the other kind than DTSTART, which RFC 5545 does not allow but files have: a date
     * on a timed series adds an instance at DTSTART's time of day on that date (as a DATE EXDATE
     * removes the instances of its date); a date-time on an all-day series adds its date.
     */
    private ZonedDateTime extraStart(PropertyValues.Placed date, PropertyValues.Placed start, boolean allDay) {
        if (date.written().isDate() && !allDay) {
            return ZonedDateTime.ofLocal(date.written().date().atTime(start.written().local().toLocalTime()), start.zone(), null);
        }
        if (!date.written().isDate() && allDay) {
            return date.time().toLocalDate().atStartOfDay(values.floatingZone());
        }
        return date.time();
    }

    private static IcsEvent.Transparency transparencyOf(Properties event) {
        String value = textOf(event, Property.TRANSP).strip().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "OPAQUE" -> IcsEvent.Transparency.OPAQUE;
            case "TRANSPARENT" -> IcsEvent.Transparency.TRANSPARENT;
            default -> IcsEvent.Transparency.UNSPECIFIED;
        };
    }

    private static int sequenceOf(Properties event) {
        String value = textOf(event, Property.SEQUENCE).strip();
        try {
            return value.isEmpty() ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            // ical4j has already checked SEQUENCE while parsing; a value it accepts but we cannot read ranks lowest.
            return 0;
        }
    }

    /** ATTENDEEs with an e-mail address, in file order, each address once. ORGANIZER is not one of them. */
    private static List<Attendee> attendeesOf(Properties event) {
        List<Attendee> attendees = new ArrayList<>();
        for (Property property : event.all(Property.ATTENDEE)) {
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

    private static String textOf(Properties event, String name) {
        return event.first(name).map(Property::getValue).orElse("");
    }

    /**
     * A VEVENT's properties by name, gathered in one pass: ical4j looks a property up by scanning
     * the component's list each time, and an event is asked for a dozen of them.
     */
    private static final class Properties {

        private final Map<String, List<Property>> byName = new HashMap<>();

        Properties(VEvent event) {
            for (Property property : event.getProperties()) {
                byName.computeIfAbsent(property.getName().toUpperCase(Locale.ROOT), name -> new ArrayList<>(1)).add(property);
            }
        }

        Optional<Property> first(String name) {
            List<Property> properties = byName.get(name);
            return properties == null ? Optional.empty() : Optional.of(properties.get(0));
        }

        List<Property> all(String name) {
            return byName.getOrDefault(name, List.of());
        }
    }
}
