package dev.nextcall.app;

/** Where new ids come from; tests pass a predictable one. */
public interface IdSource {

    String newCallId();

    /**
     * An event id valid for every calendar we write to. Google's rule is the strictest: characters
     * a–v and 0–9 (base32hex), length 5 to 1024.
     */
    String newEventId();
}
