package dev.nextcall.adapters.ics;

/**
 * Something in a calendar text is not valid iCalendar. Carries the physical line (1-based, 0 when
 * unknown) so that the adapter can tell the rep where to look; the file name is added by the caller.
 */
final class MalformedIcsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String problem;

    MalformedIcsException(int line, String problem) {
        this(line, problem, null);
    }

    MalformedIcsException(int line, String problem, Throwable cause) {
        super(line > 0 ? "line " + line + ": " + problem : problem, cause);
        this.line = line;
        this.problem = problem;
    }

    int line() {
        return line;
    }

    String problem() {
        return problem;
    }
}
