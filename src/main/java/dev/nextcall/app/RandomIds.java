package dev.nextcall.app;

import java.security.SecureRandom;
import java.util.UUID;

/** 128 random bits per id: collisions are not a practical concern. */
public final class RandomIds implements IdSource {

    private static final char[] BASE32HEX = "0123456789abcdefghijklmnopqrstuv".toCharArray();

    private final SecureRandom random = new SecureRandom();

    @Override
    public String newCallId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public String newEventId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return "nc" + base32hex(bytes);
    }

    /** Five bits per character, most significant first; 128 bits give 26 characters. */
    static String base32hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32HEX[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32HEX[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }
}
