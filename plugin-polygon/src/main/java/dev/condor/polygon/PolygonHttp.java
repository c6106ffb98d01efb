package dev.condor.polygon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The REST plumbing both Polygon services share: requests on the plugin's own worker threads,
 * spaced by the plan's budget ({@code requestsPerMinute}); a 429 waited out as long as {@code
 * Retry-After} says, up to {@code rateLimitWait}; the API key only in the {@code Authorization}
 * header (never in a URL, a message or a {@code toString}); every {@code next_url} page fetched on
 * the configured host; failures as {@link DataException}s naming the endpoint and field.
 */
final class PolygonHttp implements AutoCloseable {

  private static final int MAX_PAGES = 10_000;

  private final PolygonConfig config;
  private final Secret apiKey;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final TokenBucket bucket;
  private final ExecutorService worker;

  PolygonHttp(PolygonConfig config, Secret apiKey) {
    this.config = config;
    this.apiKey = apiKey;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.timeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.bucket = TokenBucket.shared(config.baseUrl().toString(), digest(apiKey),
        config.requestsPerMinute());
    this.worker = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "condor-polygon");
      t.setDaemon(true);
      return t;
    });
  }

  /** A digest of the key, so the shared budget's index never holds the key itself. */
  private static String digest(Secret key) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(key.reveal().getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** The configured host, for building first-page URLs. */
  URI baseUrl() {
    return config.baseUrl();
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }

  @Override
  public String toString() {
    return config.baseUrl() + ", " + apiKey;
  }

  /** Reads one page after another, following {@code next_url} on the configured host only. */
  <P> void paginate(String path, Map<String, String> query, Class<P> type,
      Function<P, String> next, PageReader<P> reader) throws InterruptedException {
    URI uri = URI.create(config.baseUrl() + path + "?" + encode(query));
    for (int pages = 0; uri != null; pages++) {
      if (pages == MAX_PAGES) {
        throw malformed(path, "next_url", "more than " + MAX_PAGES + " pages; next_url loops", null);
      }
      P page = get(uri, path, type);
      reader.read(page, path);
      String nextUrl = next.apply(page);
      uri = nextUrl == null || nextUrl.isBlank() ? null : rebase(nextUrl, path);
    }
  }

  /** The next page's path and cursor on our own host, so the key is never sent elsewhere. */
  private URI rebase(String nextUrl, String path) {
    URI next;
    try {
      next = URI.create(nextUrl);
    } catch (IllegalArgumentException e) {
      throw malformed(path, "next_url", "not a URL", e);
    }
    String rawQuery = next.getRawQuery() == null ? "" : List.of(next.getRawQuery().split("&"))
        .stream().filter(p -> !p.startsWith("apiKey=") && !p.startsWith("apikey="))
        .collect(Collectors.joining("&"));
    return URI.create(config.baseUrl() + next.getRawPath()
        + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
  }

  <T> T get(URI uri, String location, Class<T> type) throws InterruptedException {
    Duration waited = Duration.ZERO;
    while (true) {
      bucket.acquire();
      HttpRequest request = HttpRequest.newBuilder(uri)
          .timeout(config.timeout())
          .header("Authorization", "Bearer " + apiKey.reveal())
          .header("Accept", "application/json")
          .GET()
          .build();
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (HttpTimeoutException e) {
        throw error(DataException.Kind.TIMEOUT, location)
            .detail("no answer within " + config.timeout().toMillis() + " ms").build();
      } catch (IOException e) {
        throw error(DataException.Kind.UNAVAILABLE, location)
            .detail("unreachable: " + scrub(String.valueOf(e.getMessage()))).build();
      }
      int status = response.statusCode();
      if (status == 429) {
        Duration retryAfter = retryAfter(response);
        if (waited.plus(retryAfter).compareTo(config.rateLimitWait()) > 0) {
          throw error(DataException.Kind.RATE_LIMITED, location).retryAfter(retryAfter)
              .detail("the plan's request budget is spent (HTTP 429); lower requestsPerMinute"
                  + " or raise rateLimitWait").build();
        }
        Thread.sleep(retryAfter.toMillis());
        waited = waited.plus(retryAfter);
        continue;
      }
      if (status == 401 || status == 403) {
        throw error(DataException.Kind.AUTHENTICATION, location)
            .detail("the API key was refused (HTTP " + status + "): check apiKey and that the plan"
                + " covers this data; " + venueMessage(response.body())).build();
      }
      if (status == 404) {
        throw error(DataException.Kind.NOT_FOUND, location)
            .detail("HTTP 404; " + venueMessage(response.body())).build();
      }
      if (status >= 500) {
        throw error(DataException.Kind.UNAVAILABLE, location)
            .detail("Polygon failed (HTTP " + status + ")").build();
      }
      if (status != 200) {
        throw error(DataException.Kind.UNAVAILABLE, location)
            .detail("unexpected HTTP " + status + "; " + venueMessage(response.body())).build();
      }
      try {
        T body = json.readValue(response.body(), type);
        if (body == null) {
          throw malformed(location, null, "empty body", null);
        }
        return body;
      } catch (JsonMappingException e) {
        throw malformed(location, fieldOf(e), "not the expected JSON", e);
      } catch (IOException e) {
        throw malformed(location, null, "not JSON", e);
      }
    }
  }

  private static Duration retryAfter(HttpResponse<?> response) {
    String header = response.headers().firstValue("Retry-After").orElse("").strip();
    try {
      long seconds = Long.parseLong(header);
      return Duration.ofSeconds(Math.max(0, seconds));
    } catch (NumberFormatException e) {
      // no (or an HTTP-date) Retry-After: wait one plan interval
      return Duration.ofSeconds(12);
    }
  }

  private String venueMessage(String body) {
    try {
      Wire.Error e = json.readValue(body, Wire.Error.class);
      String text = e.error() != null ? e.error() : e.message();
      return text == null ? "no message" : "Polygon says: " + scrub(text);
    } catch (IOException | RuntimeException e) {
      return "no readable message";
    }
  }

  private String scrub(String text) {
    return apiKey.occursIn(text) ? text.replace(apiKey.reveal(), "****") : text;
  }

  private static String fieldOf(JsonMappingException e) {
    String path = e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining());
    return path.isEmpty() ? null : path.startsWith(".") ? path.substring(1) : path;
  }

  <T> T read(String location, String field, Supplier<T> mapping) {
    try {
      return mapping.get();
    } catch (WireMapper.MissingField e) {
      throw malformed(location, e.field(), "required field missing", null);
    } catch (InvalidValueException e) {
      throw malformed(location, field, scrub(e.getMessage()), e);
    }
  }

  static DataException.Builder error(DataException.Kind kind, String location) {
    return DataException.of(kind, PolygonHistoricalDataProvider.ID).location(location);
  }

  static DataException malformed(String location, String field, String detail,
      Throwable cause) {
    DataException.Builder b = error(DataException.Kind.MALFORMED, location).detail(detail);
    if (field != null) {
      b.field(field);
    }
    // Jackson's messages quote the body; keep only the cause's type
    if (cause instanceof InvalidValueException) {
      b.cause(cause);
    }
    return b.build();
  }

  static <T> T require(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, null, "is required");
    }
    return value;
  }

  static String encode(Map<String, String> query) {
    return query.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  <T> CompletionStage<T> call(Work<T> work) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return work.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw DataException.of(DataException.Kind.UNAVAILABLE, PolygonHistoricalDataProvider.ID)
            .detail("interrupted (the service was closed)").build();
      }
    }, worker);
  }

  /** A call's work on the worker thread. */
  interface Work<T> {
    T run() throws InterruptedException;
  }

  /** Reads one page into the result being built. */
  interface PageReader<P> {
    void read(P page, String location);
  }
}
