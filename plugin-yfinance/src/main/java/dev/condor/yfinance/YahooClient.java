package dev.condor.yfinance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.condor.api.error.DataException;
import dev.condor.api.error.DataException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Speaks HTTP to Yahoo: one cookie jar, the crumb (fetched once, refreshed once when Yahoo
 * refuses it), 429 back-off, and the mapping of every failure to a {@link DataException} naming the
 * endpoint. Never blocks: everything runs on the HTTP client's threads.
 *
 * <p>The handshake, as Yahoo's web pages and the maintained clients do it: a GET of the cookie page
 * ({@code https://fc.yahoo.com}, which answers 404 with a {@code Set-Cookie} for the session), then
 * {@code GET /v1/test/getcrumb} with that cookie, whose plain-text body is the crumb, then {@code
 * crumb=} on every v7 call. When a v7 call answers 401/403 or "Invalid Crumb", the cookie jar is
 * emptied, cookie and crumb are fetched again and the call is retried once; a second refusal fails
 * the call as {@link Kind#AUTHENTICATION} (no loop). Fallback: the chart endpoint needs no crumb, so
 * quotes and history keep working when the handshake does not (as in EU consent walls, which this
 * plugin does not click through).
 */
final class YahooClient {

  static final String CRUMB_PATH = "/v1/test/getcrumb";
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(2);

  private final YahooConfig config;
  /**
   * The session cookies by name, as Yahoo set them ({@code name=value}, attributes dropped), sent
   * back verbatim: the JDK's {@code CookieManager} re-quotes cookies that carry only {@code
   * Max-Age} in the RFC 2965 style, which Yahoo does not read. Only the configured Yahoo hosts are
   * ever called, so no domain scoping is needed.
   */
  private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final Object lock = new Object();
  private CompletableFuture<String> crumb; // guarded by lock

  YahooClient(YahooConfig config) {
    this.config = config;
    this.http = HttpClient.newBuilder()
        .connectTimeout(config.timeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /**
   * The body of a 200 answer to {@code path} (a decoded path such as {@code
   * /v8/finance/chart/^GSPC}) with the query parameters, with a crumb if the endpoint needs one.
   */
  CompletableFuture<String> get(String path, Map<String, String> query, boolean withCrumb) {
    return attempt(path, query, withCrumb, false, false);
  }

  /** Reads a body into a wire record; failures are {@link Kind#MALFORMED} naming the field. */
  <T> T parse(String body, Class<T> type, String path) {
    try {
      T value = json.readValue(body, type);
      if (value == null) {
        throw malformed(path, null, "empty body");
      }
      return value;
    } catch (JsonMappingException e) {
      String field = e.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      throw DataException.of(Kind.MALFORMED, YahooHistoricalDataProvider.ID).location(path)
          .field(field.isEmpty() ? null : field).detail("not in Yahoo's shape: "
              + e.getOriginalMessage()).cause(e).build();
    } catch (JsonProcessingException e) {
      throw malformed(path, null, "not JSON: " + e.getOriginalMessage());
    }
  }

  static DataException malformed(String path, String field, String detail) {
    return DataException.of(Kind.MALFORMED, YahooHistoricalDataProvider.ID).location(path)
        .field(field).detail(detail).build();
  }

  static DataException error(Kind kind, String path, String detail) {
    return DataException.of(kind, YahooHistoricalDataProvider.ID).location(path).detail(detail)
        .build();
  }

  private CompletableFuture<String> attempt(String path, Map<String, String> query,
      boolean withCrumb, boolean refreshed, boolean waited) {
    CompletableFuture<String> crumbStage =
        withCrumb ? crumb() : CompletableFuture.completedFuture(null);
    return crumbStage.thenCompose(c -> send(uri(config.baseUrl(), path, query, c), path)
        .thenCompose(response -> {
          int status = response.statusCode();
          String body = response.body() == null ? "" : response.body();
          boolean invalidCrumb = body.contains("Invalid Crumb") || body.contains("Invalid Cookie");
          if (status == 200 && !invalidCrumb) {
            return CompletableFuture.completedFuture(body);
          }
          if (withCrumb && (status == 401 || status == 403 || invalidCrumb)) {
            if (refreshed) {
              return CompletableFuture.failedFuture(error(Kind.AUTHENTICATION, path,
                  "Yahoo refused a freshly fetched cookie and crumb too (HTTP " + status
                      + describe(body, "") + "); Yahoo may be blocking this network or showing"
                      + " a consent page; quotes and history (chart endpoint) need no crumb"));
            }
            forgetCrumb(c);
            return attempt(path, query, true, true, waited);
          }
          if (status == 429) {
            Duration wait = retryAfter(response);
            if (!waited && wait.compareTo(config.rateLimitWait()) <= 0) {
              return CompletableFuture.runAsync(() -> { },
                      CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS))
                  .thenCompose(x -> attempt(path, query, withCrumb, refreshed, true));
            }
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            return CompletableFuture.failedFuture(DataException.of(Kind.RATE_LIMITED,
                    YahooHistoricalDataProvider.ID).location(path).retryAfter(wait)
                .detail("Yahoo is rate-limiting this machine; wait " + seconds + " s").build());
          }
          if (status >= 500) {
            return CompletableFuture.failedFuture(error(Kind.UNAVAILABLE, path,
                "Yahoo failed with HTTP " + status + describe(body, "")));
          }
          if (status == 401 || status == 403) {
            return CompletableFuture.failedFuture(error(Kind.AUTHENTICATION, path,
                "Yahoo refused the request (HTTP " + status + describe(body, "") + ")"));
          }
          String description = description(body);
          if (status == 404 || description != null) {
            return CompletableFuture.failedFuture(error(Kind.NOT_FOUND, path,
                description != null ? description : "Yahoo has nothing here (HTTP 404)"));
          }
          return CompletableFuture.failedFuture(error(Kind.UNAVAILABLE, path,
              "unexpected HTTP " + status));
        }));
  }

  private CompletableFuture<String> crumb() {
    synchronized (lock) {
      if (crumb == null || crumb.isCompletedExceptionally()) {
        crumb = fetchCrumb();
      }
      return crumb;
    }
  }

  private void forgetCrumb(String used) {
    synchronized (lock) {
      if (crumb != null && crumb.isDone() && !crumb.isCompletedExceptionally()
          && crumb.join().equals(used)) {
        crumb = null;
        cookies.clear();
      }
    }
  }

  private CompletableFuture<String> fetchCrumb() {
    String cookiePath = config.cookieUrl().getPath().isEmpty() ? "/" : config.cookieUrl().getPath();
    return send(config.cookieUrl(), cookiePath)
        .thenCompose(ignoredStatus -> send(uri(config.baseUrl(), CRUMB_PATH, Map.of(), null),
            CRUMB_PATH))
        .thenApply(response -> {
          String body = response.body() == null ? "" : response.body().strip();
          if (response.statusCode() == 429) {
            throw DataException.of(Kind.RATE_LIMITED, YahooHistoricalDataProvider.ID)
                .location(CRUMB_PATH).retryAfter(retryAfter(response))
                .detail("Yahoo is rate-limiting this machine; wait "
                    + Math.max(1, retryAfter(response).toSeconds()) + " s").build();
          }
          if (response.statusCode() != 200 || body.isEmpty() || body.contains("<")
              || body.contains("{") || body.contains(" ")) {
            throw DataException.of(Kind.AUTHENTICATION, YahooHistoricalDataProvider.ID)
                .location(CRUMB_PATH).field("crumb")
                .detail("Yahoo gave no crumb (HTTP " + response.statusCode()
                    + "); its cookie page " + config.cookieUrl() + " set no usable cookie")
                .build();
          }
          return body;
        });
  }

  private CompletableFuture<HttpResponse<String>> send(URI uri, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(config.timeout())
        .header("User-Agent", config.userAgent())
        .header("Accept", "application/json,text/plain,*/*")
        .GET();
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).sorted()
          .collect(Collectors.joining("; ")));
    }
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
        .thenApply(response -> {
          for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
              cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
          }
          return response;
        })
        .exceptionallyCompose(t -> {
          Throwable cause = t instanceof CompletionException && t.getCause() != null
              ? t.getCause() : t;
          Kind kind = cause instanceof HttpTimeoutException ? Kind.TIMEOUT : Kind.UNAVAILABLE;
          String detail = kind == Kind.TIMEOUT
              ? "no answer within " + config.timeout().toMillis() + " ms"
              : "cannot reach " + uri.getHost() + ": " + cause;
          return CompletableFuture.failedFuture(DataException.of(kind,
              YahooHistoricalDataProvider.ID).location(path).detail(detail).cause(cause).build());
        });
  }

  static URI uri(URI base, String path, Map<String, String> query, String crumb) {
    StringBuilder s = new StringBuilder(base.toString());
    for (String segment : path.substring(1).split("/", -1)) {
      s.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8));
    }
    char sep = '?';
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(query).entrySet()) {
      s.append(sep).append(e.getKey()).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    if (crumb != null) {
      s.append(sep).append("crumb=").append(URLEncoder.encode(crumb, StandardCharsets.UTF_8));
    }
    return URI.create(s.toString());
  }

  private static Duration retryAfter(HttpResponse<?> response) {
    return response.headers().firstValue("Retry-After").map(v -> {
      try {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(v.strip())));
      } catch (NumberFormatException e) {
        return DEFAULT_RETRY_AFTER;
      }
    }).orElse(DEFAULT_RETRY_AFTER);
  }

  private String describe(String body, String prefix) {
    String d = description(body);
    return d == null ? "" : prefix + ": " + d;
  }

  /** Yahoo's own words from {@code {"chart"|"optionChain"|"finance": {"error": {...}}}}. */
  private String description(String body) {
    try {
      JsonNode root = json.readTree(body);
      if (root == null || !root.isObject()) {
        return null;
      }
      for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
        JsonNode error = it.next().path("error");
        if (error.isObject()) {
          String d = error.path("description").asText("");
          return d.isEmpty() ? error.path("code").asText(null) : d;
        }
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }
}
