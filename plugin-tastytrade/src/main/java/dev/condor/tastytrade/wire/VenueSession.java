package dev.condor.tastytrade.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.condor.api.error.BrokerException;
import dev.condor.api.plugin.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The authenticated conversation with tastytrade's REST API: OAuth2 access tokens minted from the
 * refresh token (and kept in an owner-only file between runs), the {@code Authorization} and
 * {@code User-Agent} headers, and the rules for what goes wrong.
 *
 * <ul>
 *   <li>An access token is refreshed a minute before it expires; a 401 invalidates it, and the
 *       request is retried once with a fresh token; a second 401 is an authentication error, never
 *       a loop.
 *   <li>A 429 waits as long as {@code Retry-After} says (or 1 s, 2 s, 4 s without one) and retries,
 *       at most three times and never longer than the configured limit; then it is a
 *       rate-limit error carrying the delay. A 429 means the venue did not take the request, so
 *       this is safe for placements too.
 *   <li>A timeout, a lost connection or a 5xx is reported (with {@link
 *       BrokerException#outcomeUnknown()} true) and never retried here.
 *   <li>Any other refusal keeps the venue's error code and message; a 2xx body that is not JSON is
 *       a malformed response naming the endpoint.
 * </ul>
 *
 * <p>Secrets are sent, never written into messages: every venue message is scrubbed of them.
 */
final class VenueSession {

  static final String VENUE = "tastytrade";
  private static final System.Logger LOG = System.getLogger(VenueSession.class.getName());
  private static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);
  private static final int MAX_RATE_LIMIT_RETRIES = 3;

  /** Waits; replaced in tests. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final HttpClient http;
  private final ObjectMapper json;
  private final URI baseUrl;
  private final Duration timeout;
  private final String userAgent;
  private final Path tokenFile;
  private final Secret clientSecret;
  private final Secret configuredRefreshToken;
  private final Secret clientId;
  private final Duration rateLimitWait;
  private final Sleeper sleeper;

  private String accessToken;
  private Instant expiresAt = Instant.EPOCH;
  private Secret refreshToken;
  private boolean loaded;

  VenueSession(HttpClient http, ObjectMapper json, URI baseUrl, Duration timeout, String userAgent,
      Path tokenFile, Secret clientSecret, Secret refreshToken, Secret clientId,
      Duration rateLimitWait, Sleeper sleeper) {
    this.http = http;
    this.json = json;
    this.baseUrl = baseUrl;
    this.timeout = timeout;
    this.userAgent = userAgent;
    this.tokenFile = tokenFile;
    this.clientSecret = clientSecret;
    this.configuredRefreshToken = refreshToken;
    this.refreshToken = refreshToken;
    this.clientId = clientId;
    this.rateLimitWait = rateLimitWait;
    this.sleeper = sleeper;
  }

  /**
   * Sends a request and answers its {@code data} (a {@link NullNode} for an empty body).
   *
   * @param operation the request as errors show it, e.g. {@code POST /accounts/{account}/orders}
   * @param path the path with its values and query
   * @param body the JSON body, or null
   */
  JsonNode send(String method, String operation, String path, Object body) {
    JsonNode root = sendForEnvelope(method, operation, path, body);
    return root.isNull() ? root : root.get("data");
  }

  /**
   * As {@link #send}, answering the whole envelope ({@code data}, and {@code pagination} on list
   * endpoints).
   */
  JsonNode sendForEnvelope(String method, String operation, String path, Object body) {
    String payload = body == null ? null : write(body);
    boolean renewed = false;
    int rateLimited = 0;
    while (true) {
      String token = accessToken();
      HttpRequest.Builder r = HttpRequest.newBuilder(baseUrl.resolve(path))
          .timeout(timeout)
          .header("Authorization", "Bearer " + token)
          .header("User-Agent", userAgent)
          .header("Accept", "application/json");
      if (payload != null) {
        r.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(payload));
      } else {
        r.method(method, HttpRequest.BodyPublishers.noBody());
      }
      HttpResponse<String> response = exchange(r.build(), operation);
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return envelope(operation, response.body());
      }
      if (status == 401 && !renewed) {
        invalidate(token);
        renewed = true;
        continue;
      }
      if (status == 429) {
        Duration wait = retryAfter(response).orElse(Duration.ofSeconds(1L << rateLimited));
        if (rateLimited < MAX_RATE_LIMIT_RETRIES && wait.compareTo(rateLimitWait) <= 0) {
          rateLimited++;
          LOG.log(System.Logger.Level.INFO, "tastytrade rate-limited {0}; retrying in {1} ms",
              operation, wait.toMillis());
          pause(wait, operation);
          continue;
        }
        throw failure(BrokerException.Kind.RATE_LIMITED, operation, response).retryAfter(wait)
            .build();
      }
      if (status == 401) {
        invalidate(token);
        throw failure(BrokerException.Kind.AUTHENTICATION, operation, response).build();
      }
      if (status == 404) {
        throw failure(BrokerException.Kind.NOT_FOUND, operation, response).build();
      }
      if (status >= 500) {
        throw failure(BrokerException.Kind.UNAVAILABLE, operation, response).build();
      }
      throw failure(BrokerException.Kind.REJECTED, operation, response).build();
    }
  }

  private HttpResponse<String> exchange(HttpRequest request, String operation) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw BrokerException.of(BrokerException.Kind.TIMEOUT, VENUE).operation(operation)
          .venueMessage("no answer within " + timeout.toMillis() + " ms").cause(e).build();
    } catch (IOException e) {
      throw BrokerException.of(BrokerException.Kind.UNAVAILABLE, VENUE).operation(operation)
          .venueMessage("connection failed: " + e.getClass().getSimpleName()).cause(e).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BrokerException.of(BrokerException.Kind.UNAVAILABLE, VENUE).operation(operation)
          .venueMessage("interrupted while waiting for the venue").cause(e).build();
    }
  }

  private void pause(Duration wait, String operation) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BrokerException.of(BrokerException.Kind.RATE_LIMITED, VENUE).operation(operation)
          .retryAfter(wait).cause(e).build();
    }
  }

  private JsonNode envelope(String operation, String body) {
    if (body == null || body.isBlank()) {
      return NullNode.getInstance();
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw malformed(operation, "the body is not JSON", e);
    }
    if (root == null || !root.isObject()) {
      throw malformed(operation, "the body is not a JSON object", null);
    }
    JsonNode data = root.get("data");
    if (data == null || data.isNull()) {
      throw malformed(operation, "the body has no \"data\"", null);
    }
    return root;
  }

  /** A malformed-response error naming the endpoint. */
  static BrokerException malformed(String operation, String what, Throwable cause) {
    return BrokerException.of(BrokerException.Kind.MALFORMED_RESPONSE, VENUE).operation(operation)
        .venueMessage(what).cause(cause).build();
  }

  private BrokerException.Builder failure(BrokerException.Kind kind, String operation,
      HttpResponse<String> response) {
    BrokerException.Builder b = BrokerException.of(kind, VENUE).operation(operation);
    String code = "HTTP " + response.statusCode();
    String message = null;
    try {
      JsonNode root = response.body() == null || response.body().isBlank() ? null
          : json.readTree(response.body());
      JsonNode error = root == null ? null : root.get("error");
      if (error != null && error.isObject()) {
        Wire.ErrorBody parsed = json.treeToValue(root, Wire.ErrorBody.class);
        Wire.Error e = parsed.error();
        code = e.code() == null ? code : e.code();
        List<String> parts = new ArrayList<>();
        if (e.message() != null) {
          parts.add(e.message());
        }
        if (e.errors() != null) {
          for (Wire.Message m : e.errors()) {
            parts.add(WireMapper.INSTANCE.line(m));
          }
        }
        message = parts.isEmpty() ? null : String.join("; ", parts);
      } else if (error != null && error.isTextual()) {
        // the OAuth endpoint answers in RFC 6749's shape
        code = error.asText();
        JsonNode description = root.get("error_description");
        message = description == null ? null : description.asText();
      }
    } catch (JsonProcessingException e) {
      message = null;
    }
    b.venueCode(scrub(code));
    if (message != null) {
      b.venueMessage(scrub(message));
    }
    return b;
  }

  private static Optional<Duration> retryAfter(HttpResponse<String> response) {
    Optional<String> header = response.headers().firstValue("Retry-After");
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String v = header.get().strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException e) {
      try {
        Duration d = Duration.between(Instant.now(),
            ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (java.time.format.DateTimeParseException unreadable) {
        return Optional.empty();
      }
    }
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a request body", e);
    }
  }

  private String scrub(String text) {
    if (text == null) {
      return null;
    }
    String s = text;
    for (Secret secret : new Secret[] {clientSecret, refreshToken, configuredRefreshToken, clientId}) {
      if (secret != null && secret.occursIn(s)) {
        s = s.replace(secret.reveal(), "****");
      }
    }
    String token = accessToken;
    if (token != null && s.contains(token)) {
      s = s.replace(token, "****");
    }
    return s;
  }

  // ---------------------------------------------------------------------------------------------
  // OAuth2

  private synchronized String accessToken() {
    if (!loaded) {
      loaded = true;
      load();
    }
    if (accessToken == null || !Instant.now().plus(REFRESH_MARGIN).isBefore(expiresAt)) {
      refresh();
    }
    return accessToken;
  }

  private synchronized void invalidate(String token) {
    if (token != null && token.equals(accessToken)) {
      accessToken = null;
      expiresAt = Instant.EPOCH;
    }
  }

  private void refresh() {
    String operation = "POST /oauth/token";
    ObjectNode body = json.createObjectNode();
    body.put("grant_type", "refresh_token");
    body.put("refresh_token", refreshToken.reveal());
    body.put("client_secret", clientSecret.reveal());
    if (clientId != null) {
      body.put("client_id", clientId.reveal());
    }
    HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/oauth/token"))
        .timeout(timeout)
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
    HttpResponse<String> response = exchange(request, operation);
    int status = response.statusCode();
    if (status == 429) {
      throw failure(BrokerException.Kind.RATE_LIMITED, operation, response)
          .retryAfter(retryAfter(response).orElse(Duration.ofSeconds(1))).build();
    }
    if (status >= 500) {
      throw failure(BrokerException.Kind.UNAVAILABLE, operation, response).build();
    }
    if (status < 200 || status >= 300) {
      throw failure(BrokerException.Kind.AUTHENTICATION, operation, response).build();
    }
    Wire.Token token;
    try {
      token = json.readValue(response.body(), Wire.Token.class);
    } catch (JsonProcessingException e) {
      throw malformed(operation, "the token answer is not JSON", e);
    }
    if (token == null || token.accessToken() == null || token.accessToken().isBlank()) {
      throw malformed(operation, "the token answer has no access_token", null);
    }
    accessToken = token.accessToken();
    long seconds = token.expiresIn() == null ? 900 : token.expiresIn();
    expiresAt = Instant.now().plusSeconds(seconds);
    if (token.refreshToken() != null && !token.refreshToken().isBlank()
        && !token.refreshToken().equals(refreshToken.reveal())) {
      refreshToken = Secret.of("refreshToken", token.refreshToken());
    }
    save();
  }

  private void load() {
    if (tokenFile == null) {
      return;
    }
    try {
      Optional<String> text = OwnerOnlyFiles.read(tokenFile);
      if (text.isEmpty()) {
        return;
      }
      JsonNode node = json.readTree(text.get());
      if (!baseUrl.toString().equals(node.path("base-url").asText())) {
        return;
      }
      String token = node.path("access-token").asText(null);
      long expires = node.path("expires-at").asLong(0);
      if (token != null && !token.isBlank()) {
        accessToken = token;
        expiresAt = Instant.ofEpochSecond(expires);
      }
      String rotated = node.path("refresh-token").asText(null);
      if (rotated != null && !rotated.isBlank()) {
        refreshToken = Secret.of("refreshToken", rotated);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "ignoring the unreadable tastytrade token file {0} ({1})",
          tokenFile, e.getClass().getSimpleName());
    }
  }

  private void save() {
    if (tokenFile == null) {
      return;
    }
    ObjectNode node = json.createObjectNode();
    node.put("base-url", baseUrl.toString());
    node.put("access-token", accessToken);
    node.put("expires-at", expiresAt.getEpochSecond());
    if (refreshToken != configuredRefreshToken) {
      node.put("refresh-token", refreshToken.reveal());
    }
    try {
      OwnerOnlyFiles.write(tokenFile, node.toString());
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING,
          "could not keep the tastytrade access token in {0} ({1}); it stays in memory",
          tokenFile, e.getClass().getSimpleName());
    }
  }

  @Override
  public String toString() {
    return "VenueSession[" + baseUrl + "]";
  }
}
