package dev.condor.yfinance;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The Yahoo plugins' validated configuration (made by {@link
 * YahooHistoricalDataProvider#configure}); Yahoo needs no secret.
 *
 * @param baseUrl the query host serving {@code /v8/finance/chart}, {@code /v7/finance/options}
 *     and {@code /v1/test/getcrumb}
 * @param cookieUrl the page fetched first for Yahoo's session cookie (its status is ignored; only
 *     the {@code Set-Cookie} matters)
 * @param timeout how long one request may take before it is reported as timed out
 * @param userAgent the {@code User-Agent} sent with every request (Yahoo refuses some bare
 *     clients)
 * @param rateLimitWait the longest a 429's {@code Retry-After} is waited out (once) before the
 *     call fails as rate limited
 * @param riskFreeRate the continuously compounded rate used for the locally computed greeks
 */
public record YahooConfig(URI baseUrl, URI cookieUrl, Duration timeout, String userAgent,
    Duration rateLimitWait, double riskFreeRate) {

  /** Yahoo's query host. */
  public static final URI QUERY_HOST = URI.create("https://query2.finance.yahoo.com");
  /** The page whose answer sets Yahoo's session cookie (it answers 404, with the cookie). */
  public static final URI COOKIE_PAGE = URI.create("https://fc.yahoo.com");
  /** A browser-like agent: Yahoo answers 429 to many library agents. */
  public static final String DEFAULT_USER_AGENT =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/124.0 Safari/537.36";

  /** Checks that nothing is missing. */
  public YahooConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(cookieUrl, "cookieUrl");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(rateLimitWait, "rateLimitWait");
  }

  /** The defaults, pointed at another host (a simulation in tests) for both URLs. */
  public static YahooConfig at(URI baseUrl) {
    return new YahooConfig(baseUrl, baseUrl.resolve("/fc"), Duration.ofSeconds(10),
        DEFAULT_USER_AGENT, Duration.ofSeconds(5), 0.04);
  }
}
