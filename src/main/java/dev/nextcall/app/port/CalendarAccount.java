package dev.nextcall.app.port;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The rep's connection to a calendar that needs signing in (Google): whether it is connected, signing
 * in through the system browser, and forgetting the sign-in.
 *
 * <p>{@link #status()} is cheap and local (it reads the stored sign-in, never the network), so a
 * grant revoked at the provider shows as {@link Status.NeedsSignIn} once the first calendar call has
 * found out; until then it still reads {@link Status.SignedIn}.
 */
public interface CalendarAccount {

    Status status();

    /**
     * Signs in: builds the provider's authorization address, hands it to {@code openBrowser} (the
     * desktop opens the system browser; {@code login --no-browser} prints it on a line of its own), and
     * waits for the browser to come back to a receiver on this machine. Blocks, so it belongs on a
     * background thread.
     *
     * @param openBrowser called once with the address the rep has to open
     * @param timeout     how long to wait for the browser to come back
     * @param cancelled   polled while waiting; true ends the wait with {@link SignInResult.Cancelled}
     */
    SignInResult signIn(Consumer<URI> openBrowser, Duration timeout, BooleanSupplier cancelled);

    /** Forgets the stored sign-in on this machine and, where it can, withdraws it at the provider too. */
    SignOutResult signOut();

    /** Where the account stands, in words the panel and {@code doctor} can show. */
    sealed interface Status {

        /**
         * Not signed in (never, or signed out).
         *
         * @param hint what to do first: sign in, or put the OAuth client file in place
         */
        record SignedOut(String hint) implements Status {
            public SignedOut {
                Objects.requireNonNull(hint, "hint");
            }
        }

        /**
         * Signed in.
         *
         * @param email              the account's address when known, else empty
         * @param missingPermissions what the rep did not allow on the consent screen, in plain words;
         *                           the calls that need them fail until the rep signs in again
         */
        record SignedIn(String email, List<String> missingPermissions) implements Status {
            public SignedIn {
                email = email == null ? "" : email;
                missingPermissions = List.copyOf(missingPermissions);
            }
        }

        /** Was signed in, but the sign-in stopped working (revoked, expired, client changed): sign in again. */
        record NeedsSignIn(String reason) implements Status {
            public NeedsSignIn {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    /** How a sign-in attempt ended. */
    sealed interface SignInResult {

        /** Signed in; see {@link Status.SignedIn}. */
        record SignedIn(String email, List<String> missingPermissions) implements SignInResult {
            public SignedIn {
                email = email == null ? "" : email;
                missingPermissions = List.copyOf(missingPermissions);
            }
        }

        /** The rep (or the app, closing) cancelled the wait. Nothing was stored. */
        record Cancelled() implements SignInResult {
        }

        /** The browser did not come back in time. Nothing was stored. */
        record TimedOut(Duration waited) implements SignInResult {
            public TimedOut {
                Objects.requireNonNull(waited, "waited");
            }
        }

        /** Sign-in did not work, and why (refused on the consent screen, no OAuth client file, offline…). */
        record Failed(String reason) implements SignInResult {
            public Failed {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    /**
     * @param forgotten true when a stored sign-in was deleted (false: there was none)
     * @param revoked   true when the provider confirmed it withdrew the grant
     * @param note      one line for the rep: what was done, and what to do if withdrawing it failed
     */
    record SignOutResult(boolean forgotten, boolean revoked, String note) {
        public SignOutResult {
            Objects.requireNonNull(note, "note");
        }
    }
}
