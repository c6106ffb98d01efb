package dev.condor.tck.reference;

import dev.condor.api.data.HistoricalData;
import dev.condor.api.error.DataException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.OptionChain;
import dev.condor.api.plugin.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Wren's historical data over HTTP: every page fetched, or the call fails. */
final class WrenData implements HistoricalData {

  private final WrenDataProvider.Config config;
  private final Secret key;
  private final Set<DataFlaw> flaws;
  private final HttpClient http;

  WrenData(WrenDataProvider.Config config, Secret key, Set<DataFlaw> flaws) {
    this.config = config;
    this.key = key;
    this.flaws = flaws;
    this.http = HttpClient.newBuilder().connectTimeout(config.requestTimeout()).build();
  }

  @Override
  public CompletionStage<List<Bar>> bars(Underlying underlying, Duration interval, LocalDate from,
      LocalDate to) {
    return bars(underlying.symbol(), interval, from, to);
  }

  @Override
  public CompletionStage<List<Bar>> optionBars(OptionContract contract, Duration interval,
      LocalDate from, LocalDate to) {
    return bars(contract.occSymbol(), interval, from, to);
  }

  private CompletionStage<List<Bar>> bars(String symbol, Duration interval, LocalDate from,
      LocalDate to) {
    String code = interval.equals(Duration.ofDays(1)) ? "1d"
        : interval.equals(Duration.ofMinutes(1)) ? "1m" : null;
    if (code == null) {
      return CompletableFuture.failedFuture(DataException.of(DataException.Kind.NOT_FOUND,
          WrenDataProvider.ID).detail("no bars at interval " + interval).build());
    }
    return pages("/v2/bars/" + symbol + "?interval=" + code + "&from=" + from + "&to=" + to,
        "bars", item -> toBar(symbol, interval, item), new ArrayList<>());
  }

  @Override
  public CompletionStage<List<OptionContract>> contracts(Underlying underlying, LocalDate asOf,
      LocalDate expiryFrom, LocalDate expiryTo) {
    return pages("/v2/contracts/" + underlying.symbol() + "?asOf=" + asOf + "&from=" + expiryFrom
        + "&to=" + expiryTo, "contracts", item -> OptionContract.parseOcc((String) item),
        new ArrayList<>());
  }

  @Override
  public CompletionStage<OptionChain> chainAt(Underlying underlying, Instant asOf) {
    return CompletableFuture.failedFuture(DataException.of(DataException.Kind.NOT_FOUND,
        WrenDataProvider.ID).detail("Wren keeps no historical chains").build());
  }

  /** Fetches {@code pathAndQuery} and every page after it, then completes with all the items. */
  private <T> CompletableFuture<List<T>> pages(String pathAndQuery, String listField,
      Function<Object, T> map, List<T> sofar) {
    String path = pathAndQuery.contains("?")
        ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
    return get(pathAndQuery, path, 0).thenCompose(body -> {
      Map<?, ?> page = parse(body, path);
      Object items = page.get(listField);
      if (!(items instanceof List)) {
        throw malformed(path, listField, "no " + listField + " list");
      }
      for (Object item : (List<?>) items) {
        sofar.add(map.apply(item));
      }
      Object next = page.get("next");
      if (next instanceof String && !((String) next).isBlank()) {
        CompletableFuture<List<T>> rest = pages((String) next, listField, map, sofar);
        if (flaws.contains(DataFlaw.PARTIAL_ON_PAGE_FAILURE)) {
          return rest.exceptionally(e -> sofar);
        }
        return rest;
      }
      return CompletableFuture.completedFuture(List.copyOf(sofar));
    });
  }

  private CompletableFuture<String> get(String pathAndQuery, String path, int attempt) {
    String url = config.baseUrl().toString().replaceAll("/+$", "") + pathAndQuery;
    if (flaws.contains(DataFlaw.KEY_IN_QUERY)) {
      url += (url.contains("?") ? "&" : "?") + "key=" + key.reveal();
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(config.requestTimeout())
        .header("X-Wren-Key", key.reveal())
        .GET().build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .handle((response, error) -> {
          if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                ? error.getCause() : error;
            boolean timeout = cause instanceof HttpTimeoutException;
            throw failure(timeout ? DataException.Kind.TIMEOUT : DataException.Kind.UNAVAILABLE,
                path, timeout ? "no answer within " + config.requestTimeout().toMillis() + " ms"
                    : cause.getClass().getSimpleName(), cause instanceof IOException ? null : cause);
          }
          return response;
        })
        .thenCompose(response -> answer(response, pathAndQuery, path, attempt));
  }

  private CompletableFuture<String> answer(HttpResponse<String> response, String pathAndQuery,
      String path, int attempt) {
    int status = response.statusCode();
    if (status == 200) {
      return CompletableFuture.completedFuture(response.body());
    }
    if (status == 401 || status == 403) {
      throw failure(DataException.Kind.AUTHENTICATION, path, "HTTP " + status
          + ": check the apiKey secret", null);
    }
    if (status == 404) {
      throw failure(DataException.Kind.NOT_FOUND, path, "HTTP 404", null);
    }
    if (status == 429) {
      Duration wait = Duration.ofSeconds(response.headers().firstValueAsLong("Retry-After")
          .orElse(1));
      if (flaws.contains(DataFlaw.RETRIES_429_AT_ONCE) && attempt < 3) {
        return get(pathAndQuery, path, attempt + 1);
      }
      if (attempt == 0 && wait.compareTo(config.maxRetryAfter()) <= 0) {
        return CompletableFuture.supplyAsync(() -> null,
            CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS))
            .thenCompose(x -> get(pathAndQuery, path, attempt + 1));
      }
      throw new CompletionException(DataException.of(DataException.Kind.RATE_LIMITED,
          WrenDataProvider.ID).location(path).retryAfter(wait).detail("HTTP 429").build());
    }
    if (status >= 500) {
      throw failure(DataException.Kind.UNAVAILABLE, path, "HTTP " + status, null);
    }
    throw failure(DataException.Kind.MALFORMED, path, "unexpected HTTP " + status, null);
  }

  private Map<?, ?> parse(String body, String path) {
    Object parsed;
    try {
      parsed = Json.parse(body);
    } catch (RuntimeException e) {
      if (flaws.contains(DataFlaw.UNTYPED_MALFORMED)) {
        throw new IllegalStateException("bad body", e);
      }
      throw new CompletionException(DataException.of(DataException.Kind.MALFORMED,
          WrenDataProvider.ID).location(path).detail("not JSON").cause(e).build());
    }
    if (!(parsed instanceof Map)) {
      throw malformed(path, null, "not a JSON object");
    }
    return (Map<?, ?>) parsed;
  }

  private Bar toBar(String symbol, Duration interval, Object item) {
    if (!(item instanceof Map)) {
      throw malformed("/v2/bars/" + symbol, null, "a bar is not an object");
    }
    Map<?, ?> m = (Map<?, ?>) item;
    String path = "/v2/bars/" + symbol;
    return Bar.builder().symbol(symbol).interval(interval)
        .start(Instant.ofEpochSecond((long) number(m, "t", path)))
        .open(number(m, "o", path)).high(number(m, "h", path)).low(number(m, "l", path))
        .close(number(m, "c", path)).volume((long) number(m, "v", path)).build();
  }

  private double number(Map<?, ?> m, String field, String path) {
    Object v = m.get(field);
    if (!(v instanceof Number)) {
      throw malformed(path, field, v == null ? "missing" : "not a number");
    }
    return ((Number) v).doubleValue();
  }

  private RuntimeException malformed(String path, String field, String detail) {
    if (flaws.contains(DataFlaw.UNTYPED_MALFORMED)) {
      return new IllegalStateException("malformed: " + detail);
    }
    return new CompletionException(DataException.of(DataException.Kind.MALFORMED,
        WrenDataProvider.ID).location(path).field(field).detail(detail).build());
  }

  private static CompletionException failure(DataException.Kind kind, String path, String detail,
      Throwable cause) {
    return new CompletionException(DataException.of(kind, WrenDataProvider.ID).location(path)
        .detail(detail).cause(cause).build());
  }

  @Override
  public void close() {
    // the HttpClient's threads end with it
  }

  @Override
  public String toString() {
    return "WrenData[" + config.baseUrl() + "]";
  }
}
