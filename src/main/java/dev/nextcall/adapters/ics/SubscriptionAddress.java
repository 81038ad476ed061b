package dev.nextcall.adapters.ics;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A subscribed calendar address: what is fetched, what it is called in messages, and its file name
 * in the cache.
 *
 * <p>Published calendar addresses are secrets: Google, Outlook and iCloud put the key to a private
 * calendar in the path or the query. So the address is never shown or logged as given; {@link #redacted()}
 * keeps the host and the path segments that are plain words ({@code calendar}, {@code ical},
 * {@code basic.ics}) and masks everything else with "…".
 */
final class SubscriptionAddress {

    private static final String MASK = "…";
    /**
     * A path segment safe to show: a word, perhaps with a file extension, or anything of up to three
     * letters and digits ("v1", "2"), too short to be a key. Longer ones with digits or % suggest an id.
     */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z][A-Za-z_-]{0,31}(\\.[A-Za-z]{1,5})?|[A-Za-z0-9]{1,3}");
    /** Google's "private-0123abcd…": the word before the dash says what the segment is, the rest is the key. */
    private static final Pattern WORD_DASH_KEY = Pattern.compile("([A-Za-z]{2,16}-)[^/]{6,}");

    private final String given;
    private final URI uri;

    private SubscriptionAddress(String given, URI uri) {
        this.given = given;
        this.uri = uri;
    }

    /** True for the texts that name an address rather than a file: http, https and webcal. */
    static boolean isAddress(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("webcal://")
                || lower.startsWith("webcals://");
    }

    /**
     * Parses an address as the rep gave it. {@code webcal://} (Apple's name for "subscribe to this")
     * is fetched over https: webcal servers are web servers, and the feed is private.
     *
     * @throws IllegalArgumentException when the text is not a usable http(s) address; the message says
     *                                  why, without the address (the caller names it, redacted)
     */
    static SubscriptionAddress parse(String text) {
        String given = text.strip();
        URI uri;
        try {
            uri = new URI(fetchable(given));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid web address (" + e.getReason() + ")", e);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("not a valid web address: it names no host");
        }
        return new SubscriptionAddress(given, uri);
    }

    /** The text to fetch: webcal:// and webcals:// become https://; http and https stay as they are. */
    static String fetchable(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        if (lower.startsWith("webcal://")) {
            return "https://" + address.substring("webcal://".length());
        }
        if (lower.startsWith("webcals://")) {
            return "https://" + address.substring("webcals://".length());
        }
        return address;
    }

    /** The address to fetch (http or https). */
    URI uri() {
        return uri;
    }

    /** The address as the rep typed it, secrets included: for the metadata file only, never for messages. */
    String given() {
        return given;
    }

    /** The address safe to show and log, with the scheme the rep typed (webcal stays webcal). */
    String redacted() {
        return redact(given);
    }

    /**
     * A file name stem for the cache: a hash of the fetched address, so that webcal:// and https:// of the
     * same feed share one copy, and no secret appears in a file name.
     */
    String cacheKey() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(uri.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Masks the secret-looking parts of an address given as text, even one that does not parse. */
    static String redact(String address) {
        String text = address.strip();
        int schemeEnd = text.indexOf("://");
        if (schemeEnd < 0) {
            return MASK;
        }
        String scheme = text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        URI parsed;
        try {
            parsed = new URI(fetchable(text));
        } catch (URISyntaxException e) {
            // Not an address we can take apart: show only what cannot be a secret.
            return scheme + "://" + MASK;
        }
        if (parsed.getHost() == null) {
            return scheme + "://" + MASK;
        }
        StringBuilder shown = new StringBuilder(scheme).append("://");
        if (parsed.getRawUserInfo() != null) {
            shown.append(MASK).append('@');
        }
        shown.append(parsed.getHost());
        if (parsed.getPort() >= 0) {
            shown.append(':').append(parsed.getPort());
        }
        String path = parsed.getRawPath() == null ? "" : parsed.getRawPath();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            shown.append(i == 0 ? "" : "/").append(segments[i].isEmpty() ? "" : maskSegment(segments[i]));
        }
        if (parsed.getRawQuery() != null) {
            shown.append('?').append(MASK);
        }
        return shown.toString();
    }

    /**
     * {@code text} with every secret of this address masked: the address itself, its query, user-info and
     * secret-looking path segments. A last guard for reasons built from library messages.
     */
    String scrub(String text) {
        String clean = text.replace(given, redacted()).replace(uri.toString(), redacted());
        for (String secret : new String[] {uri.getRawQuery(), uri.getRawUserInfo(), uri.getQuery(), uri.getUserInfo()}) {
            if (secret != null && secret.length() >= 4) {
                clean = clean.replace(secret, MASK);
            }
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        for (String segment : path.split("/")) {
            if (segment.length() >= 6 && !maskSegment(segment).equals(segment)) {
                clean = clean.replace(segment, maskSegment(segment));
            }
        }
        return clean;
    }

    private static String maskSegment(String segment) {
        if (PLAIN_WORD.matcher(segment).matches()) {
            return segment;
        }
        var keyed = WORD_DASH_KEY.matcher(segment);
        if (keyed.matches()) {
            return keyed.group(1) + MASK;
        }
        return MASK;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubscriptionAddress address && address.uri.equals(uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    /** Redacted, so that an address can never leak through string concatenation. */
    @Override
    public String toString() {
        return redacted();
    }
}
