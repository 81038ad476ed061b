package dev.nextcall.app.port;

/**
 * The calendar refused us because of the sign-in: never signed in, the grant was revoked or has
 * expired, or a permission was not given on the consent screen. The message tells the rep to sign in
 * (again); the panel can offer the sign-in right there.
 */
public class CalendarSignInException extends CalendarException {

    private static final long serialVersionUID = 1L;

    public CalendarSignInException(String message) {
        super(message);
    }

    public CalendarSignInException(String message, Throwable cause) {
        super(message, cause);
    }
}
