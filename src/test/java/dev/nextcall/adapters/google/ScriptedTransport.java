package dev.nextcall.adapters.google;

import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import com.google.api.client.testing.http.MockHttpTransport;
import com.google.api.client.testing.http.MockLowLevelHttpRequest;
import com.google.api.client.testing.http.MockLowLevelHttpResponse;
import com.google.api.client.json.Json;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A transport that answers from a script, for unit tests of request building and error handling:
 * each rule matches a method and a URL fragment and plays its answers in order, repeating the last.
 * Every request is recorded (bodies gunzipped).
 */
final class ScriptedTransport extends MockHttpTransport {

    record Seen(String method, String url, String body, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    @FunctionalInterface
    interface Answer {
        LowLevelHttpResponse answer(Seen request) throws IOException;
    }

    private record Rule(String method, String urlPart, Deque<Answer> answers) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    /** Answers requests whose method is {@code method} and whose URL contains {@code urlPart}. */
    synchronized ScriptedTransport on(String method, String urlPart, Answer... answers) {
        rules.add(new Rule(method, urlPart, new ArrayDeque<>(List.of(answers))));
        return this;
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    List<Seen> seen(String urlPart) {
        return seen.stream().filter(s -> s.url().contains(urlPart)).toList();
    }

    @Override
    public LowLevelHttpRequest buildRequest(String method, String url) {
        return new MockLowLevelHttpRequest(url) {
            @Override
            public LowLevelHttpResponse execute() throws IOException {
                Seen request = new Seen(method, url, getContentAsString(), getHeaders());
                seen.add(request);
                return next(request).answer(request);
            }
        };
    }

    private synchronized Answer next(Seen request) {
        for (Rule rule : rules) {
            if (rule.method().equals(request.method()) && request.url().contains(rule.urlPart())) {
                return rule.answers().size() > 1 ? rule.answers().poll() : rule.answers().peek();
            }
        }
        throw new AssertionError("no answer scripted for " + request.method() + " " + request.url());
    }

    static Answer json(int status, String body) {
        return request -> new MockLowLevelHttpResponse().setStatusCode(status)
                .setContentType(Json.MEDIA_TYPE).setContent(body);
    }

    /** Google's error body: {@code {"error":{"code":…,"message":…,"errors":[{domain, reason, message}]}}}. */
    static Answer error(int status, String domain, String reason) {
        return json(status, "{\"error\":{\"code\":" + status + ",\"message\":\"" + reason + " happened\","
                + "\"errors\":[{\"domain\":\"" + domain + "\",\"reason\":\"" + reason + "\",\"message\":\"" + reason
                + " happened\"}]}}");
    }

    static Answer fails(IOException failure) {
        return request -> {
            throw failure;
        };
    }

    static Answer token(String accessToken) {
        return json(200, "{\"access_token\":\"" + accessToken + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}");
    }

    static Answer tokenError(int status, String error) {
        return json(status, "{\"error\":\"" + error + "\",\"error_description\":\"Token has been expired or revoked.\"}");
    }
}
