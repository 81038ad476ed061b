package dev.nextcall.domain.history;

/** Which calendar a next step lives in. */
public enum CalendarKind {
    LOCAL,
    GOOGLE
}
