package dev.nextcall.adapters.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The receiver the browser comes back to: loopback only, state checked, bounded wait, no secrets shown. */
class LoopbackReceiverTest {

    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LoopbackReceiver receiver;

    @BeforeEach
    void start() throws IOException {
        receiver = LoopbackReceiver.start(new SecureRandom());
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private HttpResponse<String> get(String query) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(receiver.redirectUri() + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> getLater(String query) {
        return browser.sendAsync(HttpRequest.newBuilder(URI.create(receiver.redirectUri() + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void itListensOn127001OnlyOnAFreePortWithACallbackPath() {
        assertThat(receiver.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(receiver.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(receiver.address().getPort()).isPositive();
        assertThat(receiver.redirectUri().toString())
                .isEqualTo("http://127.0.0.1:" + receiver.address().getPort() + "/oauth2/callback");
    }

    @Test
    void itCannotBeReachedThroughAnotherInterface() throws IOException {
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address instanceof Inet4Address) {
                    others.add(address);
                }
            }
        }
        assumeTrue(!others.isEmpty(), "this machine has no other IPv4 interface");
        for (InetAddress address : others) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, receiver.address().getPort()), 2000))
                        .as(address.toString()).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void theStateIsLongAndRandom() throws IOException {
        try (LoopbackReceiver other = LoopbackReceiver.start(new SecureRandom())) {
            assertThat(receiver.state()).hasSize(43).isNotEqualTo(other.state());
        }
    }

    @Test
    void aCallbackWithTheRightStateDeliversTheDecodedCodeAndShowsThePageTheAppChose() throws Exception {
        CompletableFuture<HttpResponse<String>> page = getLater("?code=" + encode("4/0Abc-secret") + "&state="
                + encode(receiver.state()) + "&scope=x");
        LoopbackReceiver.Callback callback = receiver.await(Duration.ofSeconds(5), () -> false);
        assertThat(callback).isEqualTo(new LoopbackReceiver.Callback.Code("4/0Abc-secret"));
        receiver.finish(CallbackPage.connected());
        HttpResponse<String> response = page.get();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("NextCall is connected").doesNotContain("secret").doesNotContain("4/0Abc");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void aWrongOrMissingStateIsRefusedAndTheWaitGoesOn() throws Exception {
        HttpResponse<String> wrong = get("?code=forged&state=guess");
        HttpResponse<String> missing = get("?code=forged");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("not NextCall's").doesNotContain("forged");

        CompletableFuture<HttpResponse<String>> real = getLater("?code=real&state=" + encode(receiver.state()));
        assertThat(receiver.await(Duration.ofSeconds(5), () -> false)).isEqualTo(new LoopbackReceiver.Callback.Code("real"));
        receiver.finish(CallbackPage.connected());
        assertThat(real.get().statusCode()).isEqualTo(200);
    }

    @Test
    void aRefusalOnTheConsentScreenEndsTheWait() throws Exception {
        HttpResponse<String> response = get("?error=access_denied&state=" + encode(receiver.state()));
        assertThat(receiver.await(Duration.ofSeconds(5), () -> false))
                .isEqualTo(new LoopbackReceiver.Callback.Denied("access_denied"));
        assertThat(response.body()).contains("Access was not given");
    }

    @Test
    void aSecondCallbackIsNotTakenAsAnotherCode() throws Exception {
        get("?error=access_denied&state=" + encode(receiver.state()));
        HttpResponse<String> again = get("?code=late&state=" + encode(receiver.state()));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(receiver.await(Duration.ofSeconds(1), () -> false))
                .isEqualTo(new LoopbackReceiver.Callback.Denied("access_denied"));
    }

    @Test
    void theWaitEndsAtTheTimeout() {
        long start = System.nanoTime();
        assertThat(receiver.await(Duration.ofMillis(200), () -> false)).isEqualTo(new LoopbackReceiver.Callback.TimedOut());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void theWaitCanBeCancelled() {
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<LoopbackReceiver.Callback> waiting =
                CompletableFuture.supplyAsync(() -> receiver.await(Duration.ofMinutes(5), cancelled::get));
        cancelled.set(true);
        assertThat(waiting.join()).isEqualTo(new LoopbackReceiver.Callback.Cancelled());
    }

    @Test
    void otherPathsAndMethodsAreNotTheCallback() throws Exception {
        HttpResponse<String> other = browser.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + receiver.address().getPort() + "/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(404);
        HttpResponse<String> post = browser.send(HttpRequest.newBuilder(URI.create(receiver.redirectUri()
                + "?code=x&state=" + encode(receiver.state()))).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(receiver.await(Duration.ofMillis(100), () -> false)).isEqualTo(new LoopbackReceiver.Callback.TimedOut());
    }

    @Test
    void theCodeIsNotInTheCallbacksText() {
        assertThat(new LoopbackReceiver.Callback.Code("4/secret").toString()).doesNotContain("secret");
    }
}
