package dev.nextcall.adapters.google;

/**
 * The pages the browser shows after Google sends it back to NextCall. Fixed texts only: nothing from
 * the request (code, state, error text) is echoed, so nothing secret or injected ends up in them.
 */
record CallbackPage(String html) {

    static CallbackPage connected() {
        return page("NextCall is connected", "NextCall can now read your free/busy time and book follow-ups in"
                + " Google Calendar. You can close this tab and go back to NextCall.");
    }

    static CallbackPage failed() {
        return page("Sign-in did not finish", "Google sent you back, but NextCall could not complete the"
                + " sign-in. Go back to NextCall to see why and try again.");
    }

    static CallbackPage denied(String error) {
        boolean refused = "access_denied".equals(error);
        return page(refused ? "Access was not given" : "Sign-in did not finish",
                refused ? "NextCall was not connected to Google Calendar. You can close this tab; sign in again"
                        + " from NextCall when you are ready."
                        : "Google reported a problem with the sign-in. Go back to NextCall and try again.");
    }

    static CallbackPage wrongState() {
        return page("This sign-in link is not NextCall's", "This page does not belong to the sign-in NextCall is"
                + " waiting for, so it was ignored. Start signing in again from NextCall.");
    }

    static CallbackPage alreadyUsed() {
        return page("Already handled", "NextCall has already received this sign-in. You can close this tab.");
    }

    static CallbackPage closed() {
        return page("Go back to NextCall", "NextCall is no longer waiting for this sign-in. Go back to NextCall"
                + " to see whether it finished.");
    }

    static CallbackPage notHere() {
        return page("Not found", "Nothing here.");
    }

    private static CallbackPage page(String title, String text) {
        return new CallbackPage("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " – NextCall</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;"
                + "color:#1f2937}h1{font-size:1.4rem}</style></head>"
                + "<body><h1>" + title + "</h1><p>" + text + "</p></body></html>\n");
    }
}
