package dev.nextcall.adapters.google;

import com.google.api.services.calendar.model.Error;
import com.google.api.services.calendar.model.FreeBusyCalendar;
import com.google.api.services.calendar.model.TimePeriod;
import dev.nextcall.domain.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One calendar's part of a freeBusy answer → busy intervals, or what is wrong with it. Stateless. */
final class FreeBusyMapper {

    private FreeBusyMapper() {
    }

    static List<Interval> busy(FreeBusyCalendar calendar) {
        List<Interval> busy = new ArrayList<>();
        if (calendar != null && calendar.getBusy() != null) {
            for (TimePeriod period : calendar.getBusy()) {
                GoogleTimes.period(period).ifPresent(busy::add);
            }
        }
        return busy;
    }

    /**
     * Why the calendar's busy time is missing, in the rep's words; empty when it came back fine.
     * Google answers 200 for the whole query and puts per-calendar failures here.
     */
    static Optional<String> problem(FreeBusyCalendar calendar) {
        if (calendar == null) {
            return Optional.of("Google's answer left this calendar out");
        }
        if (calendar.getErrors() == null || calendar.getErrors().isEmpty()) {
            return Optional.empty();
        }
        Error error = calendar.getErrors().get(0);
        String reason = error.getReason() == null ? "" : error.getReason();
        return Optional.of(switch (reason) {
            case "notFound" -> "not found, or not shared with you (notFound)";
            case "internalError" -> "Google could not read it just now (internalError)";
            case "tooManyCalendarsRequested" -> "too many calendars in one query (tooManyCalendarsRequested)";
            case "groupTooBig" -> "the group has too many members to read (groupTooBig)";
            default -> "Google could not read it (" + (reason.isEmpty() ? "no reason given" : reason) + ")";
        });
    }
}
