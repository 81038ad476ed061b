package dev.nextcall.adapters.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which texts are addresses, how webcal is fetched, and that no secret of an address is ever shown. */
class SubscriptionAddressTest {

    private static final String GOOGLE = "https://calendar.google.com/calendar/ical/jane.doe%40gmail.com/"
            + "private-0123456789abcdef0123456789abcdef/basic.ics";

    @ParameterizedTest
    @CsvSource({
            "webcal://p12-caldav.icloud.com/published/2/abc, https://p12-caldav.icloud.com/published/2/abc",
            "WEBCAL://example.com/cal.ics,                   https://example.com/cal.ics",
            "webcals://example.com/cal.ics,                  https://example.com/cal.ics",
            "http://example.com/cal.ics,                     http://example.com/cal.ics",
            "https://example.com/cal.ics?key=1,              https://example.com/cal.ics?key=1",
    })
    void webcalIsFetchedOverHttpsAndHttpStaysAsItIs(String given, String fetched) {
        assertThat(SubscriptionAddress.fetchable(given)).isEqualTo(fetched);
        assertThat(SubscriptionAddress.parse(given).uri()).hasToString(fetched);
    }

    @ParameterizedTest
    @CsvSource({
            "https://example.com/a.ics, true",
            "HTTP://example.com/a.ics,  true",
            "webcal://example.com/a,    true",
            "/home/ana/work.ics,        false",
            "work.ics,                  false",
            "C:\\Users\\ana\\work.ics,  false",
            "httpd.ics,                 false",
    })
    void addressesAreToldFromFiles(String text, boolean address) {
        assertThat(SubscriptionAddress.isAddress(text)).isEqualTo(address);
    }

    @Test
    void googlesPrivateAddressKeepsItsShapeButNotItsSecrets() {
        assertThat(SubscriptionAddress.parse(GOOGLE).redacted())
                .isEqualTo("https://calendar.google.com/calendar/ical/…/private-…/basic.ics");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://outlook.office365.com/owa/calendar/4f1c2e9a0b7d4c3e@acme.com/9a8b7c6d5e4f3a2b1c0d/calendar.ics"
                    + "| https://outlook.office365.com/owa/calendar/…/…/calendar.ics",
            "webcal://p12-caldav.icloud.com/published/2/MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3"
                    + "| webcal://p12-caldav.icloud.com/published/2/…",
            "https://ana:s3cret@dav.example.com/cal.ics | https://…@dav.example.com/cal.ics",
            "https://example.com/feed.ics?token=abcdef123456&user=ana | https://example.com/feed.ics?…",
            "http://127.0.0.1:8080/holidays.ics | http://127.0.0.1:8080/holidays.ics",
            "https://example.com/cal/ | https://example.com/cal/",
            "https://example.com/cal.ics#section | https://example.com/cal.ics",
    })
    void secretLookingPartsAreMasked(String given, String shown) {
        assertThat(SubscriptionAddress.parse(given).redacted()).isEqualTo(shown);
        assertThat(SubscriptionAddress.redact(given)).isEqualTo(shown);
    }

    @Test
    void anAddressThatDoesNotParseShowsOnlyItsScheme() {
        assertThat(SubscriptionAddress.redact("https://exa mple.com/private-abc?k=secret")).isEqualTo("https://…");
        assertThat(SubscriptionAddress.redact("no address at all")).isEqualTo("…");
    }

    @Test
    void anInvalidAddressIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> SubscriptionAddress.parse("https://exa mple.com/k=secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid web address")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> SubscriptionAddress.parse("https:///cal.ics"))
                .hasMessageContaining("names no host");
    }

    @Test
    void toStringNeverLeaksTheAddress() {
        assertThat(SubscriptionAddress.parse(GOOGLE)).hasToString(SubscriptionAddress.parse(GOOGLE).redacted());
    }

    @Test
    void scrubMasksTheAddressAndItsPartsInAnyText() {
        SubscriptionAddress address = SubscriptionAddress.parse(GOOGLE + "?pw=hunter22");
        String text = "failed for " + GOOGLE + "?pw=hunter22 (key private-0123456789abcdef0123456789abcdef, pw=hunter22)";

        assertThat(address.scrub(text))
                .doesNotContain("0123456789abcdef").doesNotContain("hunter22").doesNotContain("jane.doe")
                .contains("https://calendar.google.com/calendar/ical/…/private-…/basic.ics?…");
    }

    @Test
    void webcalAndHttpsOfOneFeedShareOneCacheFileNamedByAHash() {
        String https = SubscriptionAddress.parse("https://example.com/private-abcdef123/cal.ics").cacheKey();
        String webcal = SubscriptionAddress.parse("webcal://example.com/private-abcdef123/cal.ics").cacheKey();
        String other = SubscriptionAddress.parse("https://example.com/private-abcdef124/cal.ics").cacheKey();

        assertThat(https).isEqualTo(webcal).matches("[0-9a-f]{32}").isNotEqualTo(other);
    }
}
