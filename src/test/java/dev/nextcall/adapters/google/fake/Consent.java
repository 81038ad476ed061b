package dev.nextcall.adapters.google.fake;

/** What the fake's consent screen does when the browser opens the authorization URL. */
public enum Consent {
    /** Redirects to {@code redirect_uri?code=…&scope=…&state=<echoed>}. */
    APPROVE,
    /** Redirects to {@code redirect_uri?error=access_denied&state=<echoed>}. */
    DENY,
    /** Approves, but the redirect carries a different {@code state}: a forged callback. */
    WRONG_STATE,
    /** Shows a page and never redirects: the user walked away; the app's receiver must time out. */
    NO_REDIRECT
}
