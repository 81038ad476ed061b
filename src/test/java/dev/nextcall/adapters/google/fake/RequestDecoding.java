package dev.nextcall.adapters.google.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Turns an exchange into a {@link RecordedRequest} the way google-calendar.md §1 and §10.1 say a server must:
 * chunked bodies (the JDK server de-chunks), gzip bodies gunzipped, {@code POST + X-HTTP-Method-Override}
 * taken as the overriding method (a GET override carries its query as a form body), path segments
 * percent-decoded one by one (so {@code %2F} stays inside a calendar id), query values form-decoded.
 */
final class RequestDecoding {

    private RequestDecoding() {
    }

    static RecordedRequest decode(HttpExchange exchange, Instant now) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
        String body = readBody(exchange.getRequestBody(), first(headers, "content-encoding"));

        String wireMethod = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String override = first(headers, "x-http-method-override");
        String method = "POST".equals(wireMethod) && override != null ? override.toUpperCase(Locale.ROOT) : wireMethod;

        String rawPath = exchange.getRequestURI().getRawPath();
        Map<String, List<String>> query = parseQuery(exchange.getRequestURI().getRawQuery());
        String contentType = first(headers, "content-type");
        if ("GET".equals(method) && !"GET".equals(wireMethod) && contentType != null
                && contentType.startsWith("application/x-www-form-urlencoded")) {
            parseQuery(body).forEach((name, values) ->
                    query.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        }

        List<String> segments = pathSegments(rawPath);
        Optional<Route.Match> match = Route.match(method, segments);
        return new RecordedRequest(match.map(Route.Match::route).orElse(null), method, wireMethod, rawPath,
                match.map(Route.Match::pathParams).orElse(Map.of()), query, headers, body, now);
    }

    private static String readBody(InputStream in, String contentEncoding) throws IOException {
        byte[] raw = in.readAllBytes();
        if (contentEncoding != null && contentEncoding.toLowerCase(Locale.ROOT).contains("gzip") && raw.length > 0) {
            try (InputStream gunzip = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                gunzip.transferTo(out);
                return out.toString(StandardCharsets.UTF_8);
            }
        }
        return new String(raw, StandardCharsets.UTF_8);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Path segments, each percent-decoded ({@code +} stays a plus, as in any path). */
    static List<String> pathSegments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(percentDecode(segment));
            }
        }
        return segments;
    }

    static String percentDecode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** A query string or form body: {@code +} is a space, {@code %2B} a plus; repeated names keep every value. */
    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return params;
    }

    static Map<String, List<String>> parseForm(String body) {
        return parseQuery(body);
    }
}
