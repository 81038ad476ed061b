package dev.nextcall.ui.common;

import dev.nextcall.app.port.CalendarAccount.SignInResult;

/** How a Google sign-in ended, in one sentence for the rep; the same words wherever the rep signs in. */
public final class SignInWords {

    private SignInWords() {
    }

    /** @param signedIn what to say when it worked (the caller knows what happens next) */
    public static String of(SignInResult result, String signedIn) {
        if (result instanceof SignInResult.SignedIn) {
            return signedIn;
        }
        if (result instanceof SignInResult.Failed failed) {
            return "Sign-in failed: " + failed.reason() + ".";
        }
        if (result instanceof SignInResult.TimedOut) {
            return "Sign-in timed out: the browser did not come back. Try again.";
        }
        return "Sign-in cancelled.";
    }
}
