package dev.nextcall.adapters.google.fake;

/**
 * An insert, patch or delete the API applied, with the notification choice the client made: the fake sends
 * no mail, so tests assert {@code sendUpdates} here. Null fields were absent from the request.
 */
public record EventWrite(Kind kind, String calendarId, String eventId, String sendUpdates,
        Integer conferenceDataVersion) {

    public enum Kind { INSERT, PATCH, DELETE }
}
