package dev.condor.ibkr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.condor.api.error.BrokerException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The HTTP layer over the gateway: paces every request, renews an expired session once and retries
 * once, waits out one 429 per call as its {@code Retry-After} asks, and turns every failure into a
 * typed {@link BrokerException} that names the operation (never a query, a cookie or a body).
 */
final class IbkrGateway {

  /** The longest {@code Retry-After} the gateway waits out itself before giving up with 429. */
  static final Duration MAX_RATE_LIMIT_WAIT = Duration.ofSeconds(30);
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

  private final IbkrConfig config;
  private final HttpClient http;
  private final ObjectMapper json;
  private final Object pacing = new Object();
  private long nextSlotNanos = System.nanoTime();

  IbkrGateway(IbkrConfig config) {
    this.config = config;
    HttpClient.Builder b = HttpClient.newBuilder()
        // the gateway speaks HTTP/1.1; no h2c upgrade attempt on a plain-HTTP base URL
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.timeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        // the gateway keeps its session in cookies; they stay in this client, never in a log
        .cookieHandler(new java.net.CookieManager());
    if (config.trustSelfSignedCertificate()) {
      b.sslContext(selfSignedTrust());
    }
    this.http = b.build();
    this.json = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  ObjectMapper json() {
    return json;
  }

  /** A request to the gateway; {@code operation} is what errors print. */
  record Call(String method, String path, Object body, String operation) {
    static Call get(String path, String operation) {
      return new Call("GET", path, null, operation);
    }

    static Call post(String path, Object body, String operation) {
      return new Call("POST", path, body, operation);
    }

    static Call delete(String path, String operation) {
      return new Call("DELETE", path, null, operation);
    }
  }

  /** Sends a call with the session and rate-limit policies, and reads the answer as {@code type}. */
  <T> T call(Call call, Class<T> type) {
    return convert(call, call(call), json.constructType(type));
  }

  /** Sends a call and reads the answer as a list of {@code element}. */
  <T> java.util.List<T> callList(Call call, Class<T> element) {
    JsonNode node = call(call);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return java.util.List.of();
    }
    if (!node.isArray()) {
      throw malformed(call, "expected a JSON array", null);
    }
    return convert(call, node,
        json.getTypeFactory().constructCollectionType(java.util.List.class, element));
  }

  <T> T convert(Call call, JsonNode node, JavaType type) {
    try {
      return json.convertValue(node, type);
    } catch (IllegalArgumentException e) {
      throw malformed(call, "unexpected shape", e);
    }
  }

  /**
   * Sends a call: one re-authentication and one retry on 401; one wait and one retry on a 429
   * whose {@code Retry-After} is at most {@link #MAX_RATE_LIMIT_WAIT}; never a retry otherwise.
   */
  JsonNode call(Call call) {
    boolean reauthenticated = false;
    boolean waited = false;
    while (true) {
      HttpResponse<String> response = send(call);
      int status = response.statusCode();
      if (status == 401) {
        if (reauthenticated) {
          throw BrokerException.of(BrokerException.Kind.AUTHENTICATION, IbkrBrokerProvider.ID)
              .operation(call.operation())
              .venueMessage("the gateway refused the session after re-authenticating; log in to"
                  + " the gateway again in a browser")
              .build();
        }
        reauthenticated = true;
        reauthenticate();
        continue;
      }
      if (status == 429) {
        Duration retryAfter = retryAfter(response);
        holdOff(retryAfter);
        if (waited || retryAfter.compareTo(MAX_RATE_LIMIT_WAIT) > 0) {
          throw BrokerException.of(BrokerException.Kind.RATE_LIMITED, IbkrBrokerProvider.ID)
              .operation(call.operation()).retryAfter(retryAfter)
              .venueMessage(errorText(response.body())).build();
        }
        waited = true;
        continue;
      }
      if (status >= 500) {
        throw BrokerException.of(BrokerException.Kind.UNAVAILABLE, IbkrBrokerProvider.ID)
            .operation(call.operation()).venueCode("HTTP " + status)
            .venueMessage(errorText(response.body())).build();
      }
      if (status == 404) {
        throw BrokerException.of(BrokerException.Kind.NOT_FOUND, IbkrBrokerProvider.ID)
            .operation(call.operation()).venueCode("HTTP 404")
            .venueMessage(errorText(response.body())).build();
      }
      if (status == 403) {
        throw BrokerException.of(BrokerException.Kind.AUTHENTICATION, IbkrBrokerProvider.ID)
            .operation(call.operation()).venueCode("HTTP 403")
            .venueMessage(errorText(response.body())).build();
      }
      if (status < 200 || status >= 300) {
        throw rejected(call, "HTTP " + status, errorText(response.body()));
      }
      JsonNode node = parse(call, response.body());
      if (node.isObject() && node.hasNonNull("error") && !node.has("order_id")) {
        throw rejected(call, node.hasNonNull("code") ? node.get("code").asText() : null,
            node.get("error").asText());
      }
      return node;
    }
  }

  /** {@code POST /iserver/reauthenticate}, outside the policies: its own failure is not retried. */
  private void reauthenticate() {
    Call reauth = Call.post("/iserver/reauthenticate", null, "POST /iserver/reauthenticate");
    HttpResponse<String> response = send(reauth);
    if (response.statusCode() >= 500) {
      throw BrokerException.of(BrokerException.Kind.UNAVAILABLE, IbkrBrokerProvider.ID)
          .operation(reauth.operation()).venueCode("HTTP " + response.statusCode())
          .venueMessage(errorText(response.body())).build();
    }
  }

  private HttpResponse<String> send(Call call) {
    pace();
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(call.path()))
        .timeout(config.timeout())
        .header("Accept", "application/json")
        .header("User-Agent", "condor-ibkr");
    if (call.body() != null) {
      String body;
      try {
        body = json.writeValueAsString(call.body());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write the body of " + call.operation(), e);
      }
      b.header("Content-Type", "application/json").method(call.method(),
          HttpRequest.BodyPublishers.ofString(body));
    } else if ("POST".equals(call.method())) {
      b.header("Content-Type", "application/json")
          .method("POST", HttpRequest.BodyPublishers.ofString("{}"));
    } else {
      b.method(call.method(), HttpRequest.BodyPublishers.noBody());
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw BrokerException.of(BrokerException.Kind.TIMEOUT, IbkrBrokerProvider.ID)
          .operation(call.operation())
          .venueMessage("no answer within " + config.timeout().toMillis() + " ms").cause(e).build();
    } catch (javax.net.ssl.SSLHandshakeException e) {
      throw BrokerException.of(BrokerException.Kind.UNAVAILABLE, IbkrBrokerProvider.ID)
          .operation(call.operation())
          .venueMessage("the gateway's TLS certificate is not trusted: import it into the Java"
              + " trust store, or set trustSelfSignedCertificate: true for the local gateway")
          .cause(e).build();
    } catch (IOException e) {
      throw BrokerException.of(BrokerException.Kind.UNAVAILABLE, IbkrBrokerProvider.ID)
          .operation(call.operation()).venueMessage("gateway unreachable: " + e.getClass()
              .getSimpleName()).cause(e).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BrokerException.of(BrokerException.Kind.UNAVAILABLE, IbkrBrokerProvider.ID)
          .operation(call.operation()).venueMessage("interrupted").cause(e).build();
    }
  }

  private URI uri(String path) {
    return URI.create(config.baseUrl().toString() + path);
  }

  /** Waits for this request's slot: at most one request per {@code minRequestInterval}. */
  private void pace() {
    long wait;
    synchronized (pacing) {
      long now = System.nanoTime();
      long slot = Math.max(now, nextSlotNanos);
      nextSlotNanos = slot + config.minRequestInterval().toNanos();
      wait = slot - now;
    }
    sleep(wait);
  }

  /** Pushes every later request back until {@code delay} has passed (a 429 applies to all). */
  private void holdOff(Duration delay) {
    synchronized (pacing) {
      nextSlotNanos = Math.max(nextSlotNanos, System.nanoTime() + delay.toNanos());
    }
  }

  private static void sleep(long nanos) {
    if (nanos <= 0) {
      return;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BrokerException.of(BrokerException.Kind.UNAVAILABLE, IbkrBrokerProvider.ID)
          .venueMessage("interrupted while pacing requests").cause(e).build();
    }
  }

  static Duration retryAfter(HttpResponse<?> response) {
    String value = response.headers().firstValue("Retry-After").orElse(null);
    if (value == null || value.isBlank()) {
      return DEFAULT_RETRY_AFTER;
    }
    String v = value.strip();
    try {
      return Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(v) * 1000)));
    } catch (NumberFormatException notSeconds) {
      try {
        Duration d = Duration.between(ZonedDateTime.now(),
            ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notADate) {
        return DEFAULT_RETRY_AFTER;
      }
    }
  }

  private JsonNode parse(Call call, String body) {
    if (body == null || body.isBlank()) {
      return json.nullNode();
    }
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      throw malformed(call, "not JSON", e);
    }
  }

  /** The gateway's {@code {"error": "..."}} text, or a short excerpt of a non-JSON body. */
  private String errorText(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode node = json.readTree(body);
      if (node.hasNonNull("error")) {
        return node.get("error").asText();
      }
      if (node.hasNonNull("detail")) {
        return node.get("detail").asText();
      }
      if (node.hasNonNull("message")) {
        return node.get("message").asText();
      }
    } catch (JsonProcessingException notJson) {
      // an HTML error page from a proxy: keep a short excerpt for the user
    }
    String flat = body.replaceAll("\\s+", " ").strip();
    return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
  }

  static BrokerException rejected(Call call, String code, String message) {
    return BrokerException.of(BrokerException.Kind.REJECTED, IbkrBrokerProvider.ID)
        .operation(call.operation()).venueCode(code).venueMessage(message).build();
  }

  static BrokerException malformed(Call call, String what, Throwable cause) {
    return BrokerException.of(BrokerException.Kind.MALFORMED_RESPONSE, IbkrBrokerProvider.ID)
        .operation(call.operation()).venueMessage("the answer could not be read: " + what)
        .cause(cause).build();
  }

  /**
   * Trusts any certificate the gateway presents, and skips the host name check: the Client Portal
   * gateway serves a self-signed certificate for its local address. Used only when the user opts
   * in, and only by this broker's client.
   */
  private static SSLContext selfSignedTrust() {
    TrustManager trustAll = new X509ExtendedTrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType,
          java.net.Socket socket) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType,
          java.net.Socket socket) {}

      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build the TLS context for the gateway", e);
    }
  }
}
