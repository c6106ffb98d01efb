package dev.condor.tastytrade;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The tastytrade broker's validated configuration (made by {@link
 * TastytradeBrokerProvider#configure}); it holds no secret.
 *
 * @param baseUrl the REST API's base URL (production, sandbox, or a simulation)
 * @param accountNumber the account to trade, or empty to use the login's only account
 * @param timeout how long one request may take before it is reported as timed out
 * @param tokenFile where the 15-minute access token is kept between runs (owner-only)
 * @param orderIdFile where client order ids are mapped to the venue's order ids (owner-only)
 * @param userAgent the {@code User-Agent} sent with every request, {@code product/version}
 * @param rateLimitWait the longest a 429 is waited out before it is reported
 * @param accountKey the full settings key of the account number, for error messages
 */
public record TastytradeConfig(URI baseUrl, Optional<String> accountNumber, Duration timeout,
    Path tokenFile, Path orderIdFile, String userAgent, Duration rateLimitWait, String accountKey) {

  /** Production's REST API. */
  public static final URI PRODUCTION = URI.create("https://api.tastyworks.com");
  /** The sandbox's REST API (simulated fills, separate credentials, reset daily). */
  public static final URI SANDBOX = URI.create("https://api.cert.tastyworks.com");

  /** Checks that nothing is missing. */
  public TastytradeConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(accountNumber, "accountNumber");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(tokenFile, "tokenFile");
    Objects.requireNonNull(orderIdFile, "orderIdFile");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(rateLimitWait, "rateLimitWait");
    Objects.requireNonNull(accountKey, "accountKey");
  }
}
