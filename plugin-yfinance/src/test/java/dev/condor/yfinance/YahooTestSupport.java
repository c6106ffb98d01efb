package dev.condor.yfinance;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.condor.api.error.DataException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** Shared helpers: a config pointed at WireMock, and waiting for a failed stage. */
final class YahooTestSupport {

  private YahooTestSupport() {}

  static YahooConfig config(WireMockServer server, Duration timeout) {
    return new YahooConfig(URI.create(server.baseUrl()), URI.create(server.baseUrl() + "/fc"),
        timeout, "condor-test", Duration.ofSeconds(5), 0.04);
  }

  static <T> T join(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  static DataException failure(CompletionStage<?> stage) {
    CompletionException e = assertThrows(CompletionException.class,
        () -> stage.toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join());
    return assertInstanceOf(DataException.class, e.getCause(), () -> String.valueOf(e.getCause()));
  }
}
