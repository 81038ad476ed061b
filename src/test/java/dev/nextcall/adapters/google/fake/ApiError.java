package dev.nextcall.adapters.google.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Google error answer in the §6.1 shape ({@code {"error":{code,message,errors[{domain,reason,message,…}],
 * status?,details?}}}), with the catalogue of §6.2 as factories. Handlers throw it; faults inject it. On the
 * OAuth endpoints it is rendered as {@code {"error":reason,"error_description":message}} instead.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final String domain;
    private final String reason;
    private final String location;
    private final String locationType;
    private final String status;
    private final transient JsonArray details;
    private final transient Map<String, String> headers;

    private ApiError(int code, String domain, String reason, String message, String location, String locationType,
            String status, JsonArray details, Map<String, String> headers) {
        super(message, null, false, false);
        this.code = code;
        this.domain = domain;
        this.reason = reason;
        this.location = location;
        this.locationType = locationType;
        this.status = status;
        this.details = details;
        this.headers = Map.copyOf(headers);
    }

    /** Any error: HTTP code, {@code errors[0].domain}, {@code errors[0].reason}, message. */
    public static ApiError of(int code, String domain, String reason, String message) {
        return new ApiError(code, domain, reason, message, null, null, null, null, Map.of());
    }

    public int code() {
        return code;
    }

    public String reason() {
        return reason;
    }

    public String domain() {
        return domain;
    }

    ApiError at(String newLocation, String newLocationType) {
        return new ApiError(code, domain, reason, getMessage(), newLocation, newLocationType, status, details,
                headers);
    }

    ApiError withStatus(String newStatus) {
        return new ApiError(code, domain, reason, getMessage(), location, locationType, newStatus, details, headers);
    }

    ApiError withDetails(JsonArray newDetails) {
        return new ApiError(code, domain, reason, getMessage(), location, locationType, status, newDetails, headers);
    }

    ApiError withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiError(code, domain, reason, getMessage(), location, locationType, status, details, more);
    }

    // ---- 400

    public static ApiError timeRangeEmpty(String location) {
        return of(400, "calendar", "timeRangeEmpty", "The specified time range is empty.").at(location, "parameter");
    }

    public static ApiError timeRangeTooLong() {
        return of(400, "calendar", "timeRangeTooLong", "The requested time range is too long.");
    }

    public static ApiError invalid(String message, String location) {
        return of(400, "global", "invalid", message).at(location, location == null ? null : "parameter");
    }

    public static ApiError invalidEventId() {
        return of(400, "global", "invalid", "Invalid resource id value.");
    }

    public static ApiError required(String message, String location) {
        return of(400, "global", "required", message).at(location, location == null ? null : "parameter");
    }

    public static ApiError badRequest(String message) {
        return of(400, "global", "badRequest", message);
    }

    public static ApiError orderingNotAvailable() {
        return badRequest("The requested ordering is not available for the particular query.");
    }

    static ApiError parseError() {
        return of(400, "global", "parseError", "Parse Error");
    }

    // ---- 401 / 403

    /** 401 for a missing Authorization header. */
    public static ApiError loginRequired() {
        return of(401, "global", "required", "Login Required.").at("Authorization", "header")
                .withStatus("UNAUTHENTICATED");
    }

    /**
     * 401 for an unknown, expired or revoked token, with the {@code WWW-Authenticate} header that still lets
     * the Java client refresh (google-calendar.md §10.2).
     */
    public static ApiError authError() {
        return authErrorWithoutChallenge().withHeader("WWW-Authenticate",
                "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
    }

    /** The same 401 without any {@code WWW-Authenticate} header. */
    public static ApiError authErrorWithoutChallenge() {
        return of(401, "global", "authError", "Invalid Credentials").at("Authorization", "header")
                .withStatus("UNAUTHENTICATED");
    }

    /** 403 for a token lacking every scope the method accepts, with the ErrorInfo Google adds. */
    public static ApiError insufficientPermissions(String rpcMethod) {
        JsonObject metadata = Json.of("service", "calendar-json.googleapis.com", "method", rpcMethod);
        JsonObject info = Json.of("@type", "type.googleapis.com/google.rpc.ErrorInfo",
                "reason", "ACCESS_TOKEN_SCOPE_INSUFFICIENT", "domain", "googleapis.com");
        info.add("metadata", metadata);
        JsonArray details = new JsonArray();
        details.add(info);
        return new ApiError(403, "global", "insufficientPermissions",
                "Request had insufficient authentication scopes.", null, null, "PERMISSION_DENIED", details,
                Map.of());
    }

    public static ApiError rateLimitExceeded403() {
        return of(403, "usageLimits", "rateLimitExceeded", "Rate Limit Exceeded");
    }

    public static ApiError userRateLimitExceeded403() {
        return of(403, "usageLimits", "userRateLimitExceeded", "User Rate Limit Exceeded");
    }

    public static ApiError quotaExceeded403() {
        return of(403, "usageLimits", "quotaExceeded", "Calendar usage limits exceeded.");
    }

    public static ApiError rateLimitExceeded429() {
        return of(429, "usageLimits", "rateLimitExceeded", "Rate Limit Exceeded");
    }

    public static ApiError forbiddenForNonOrganizer() {
        return of(403, "calendar", "forbiddenForNonOrganizer",
                "Shared properties can only be changed by the organizer of the event.");
    }

    public static ApiError requiredAccessLevel() {
        return of(403, "calendar", "requiredAccessLevel", "You need to have writer access to this calendar.");
    }

    // ---- 404 / 409 / 410 / 412

    public static ApiError notFound() {
        return of(404, "global", "notFound", "Not Found");
    }

    public static ApiError duplicate() {
        return of(409, "global", "duplicate", "The requested identifier already exists.");
    }

    public static ApiError deleted() {
        return of(410, "global", "deleted", "Resource has been deleted");
    }

    public static ApiError fullSyncRequired() {
        return of(410, "calendar", "fullSyncRequired", "Sync token is no longer valid, a full sync is required.")
                .at("syncToken", "parameter");
    }

    public static ApiError conditionNotMet() {
        return of(412, "global", "conditionNotMet", "Precondition Failed").at("If-Match", "header");
    }

    // ---- 5xx

    public static ApiError backendError(int code) {
        return of(code, "global", "backendError", "Backend Error");
    }

    /** The §6.1 body. */
    JsonObject toJson() {
        JsonObject item = Json.of("domain", domain, "reason", reason, "message", getMessage());
        if (location != null) {
            item.addProperty("location", location);
            item.addProperty("locationType", locationType);
        }
        JsonArray errors = new JsonArray();
        errors.add(item);
        JsonObject error = Json.of("code", code, "message", getMessage());
        error.add("errors", errors);
        if (status != null) {
            error.addProperty("status", status);
        }
        if (details != null) {
            error.add("details", details.deepCopy());
        }
        JsonObject body = new JsonObject();
        body.add("error", error);
        return body;
    }

    Reply toReply() {
        Reply reply = Reply.json(code, toJson());
        for (Map.Entry<String, String> header : headers.entrySet()) {
            reply = reply.withHeader(header.getKey(), header.getValue());
        }
        return reply;
    }

    /** The same error the way OAuth endpoints answer: {@code {"error":…,"error_description":…}}. */
    Reply toOAuthReply() {
        return Reply.json(code, Json.of("error", reason, "error_description", getMessage()));
    }

    @Override
    public String toString() {
        return code + " " + domain + "/" + reason + ": " + getMessage();
    }
}
