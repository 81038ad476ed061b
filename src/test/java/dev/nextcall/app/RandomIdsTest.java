package dev.nextcall.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RandomIdsTest {

    /** Google Calendar's rule for client-chosen event ids. */
    private static final String GOOGLE_EVENT_ID = "[a-v0-9]{5,1024}";

    private final RandomIds ids = new RandomIds();

    @Test
    void eventIdsFollowGooglesRule() {
        for (int i = 0; i < 1_000; i++) {
            String id = ids.newEventId();
            assertThat(id).matches(GOOGLE_EVENT_ID);
        }
    }

    @Test
    void eventIdsAreDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ids.newEventId())).isTrue();
        }
    }

    @Test
    void eventIdsCarryAllTheirRandomBits() {
        // 128 random bits need 26 base32hex characters; fewer would mean bits were dropped.
        assertThat(ids.newEventId().length()).isGreaterThanOrEqualTo(26);
    }

    /** RFC 4648 section 10 test vectors, lower case and without padding. */
    @ParameterizedTest(name = "base32hex(\"{0}\") = {1}")
    @CsvSource({
            "f,      co",
            "fo,     cpng",
            "foo,    cpnmu",
            "foob,   cpnmuog",
            "fooba,  cpnmuoj1",
            "foobar, cpnmuoj1e8",
    })
    void base32hexOfKnownBytes(String text, String expected) {
        assertThat(RandomIds.base32hex(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(expected);
    }

    @Test
    void base32hexOfEdgeBytes() {
        assertThat(RandomIds.base32hex(new byte[0])).isEmpty();
        assertThat(RandomIds.base32hex(new byte[] {0, 0, 0, 0, 0})).isEqualTo("00000000");
        byte ff = (byte) 0xff;
        assertThat(RandomIds.base32hex(new byte[] {ff, ff, ff, ff, ff})).isEqualTo("vvvvvvvv");
        assertThat(RandomIds.base32hex(new byte[16])).hasSize(26).matches("0+");
    }

    @Test
    void callIdsAreDistinct() {
        assertThat(ids.newCallId()).isNotEqualTo(ids.newCallId());
    }
}
