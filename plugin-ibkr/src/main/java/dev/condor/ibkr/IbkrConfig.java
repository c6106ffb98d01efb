package dev.condor.ibkr;

import dev.condor.api.Experimental;
import dev.condor.api.error.InvalidValueException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The IBKR broker's validated settings: where the Client Portal gateway listens, which account to
 * trade, how long to wait, how fast to call, and whether to trust the gateway's self-signed
 * certificate.
 *
 * <p>Defaults: {@value #DEFAULT_BASE_URL}; the account the gateway selects when {@code accountId}
 * is absent; a 10 s timeout; 100 ms between requests (the gateway's 10 requests per second);
 * a keep-alive tickle every 60 s; the self-signed certificate not trusted.
 */
@Experimental(since = "0.1")
public final class IbkrConfig {

  /** The gateway's default address on the user's machine. */
  public static final String DEFAULT_BASE_URL = "https://localhost:5000/v1/api";
  /** The default request timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  /** The default pacing: the gateway allows about 10 requests per second. */
  public static final Duration DEFAULT_MIN_REQUEST_INTERVAL = Duration.ofMillis(100);
  /** The default keep-alive period (the gateway drops an idle session after about 5 minutes). */
  public static final Duration DEFAULT_TICKLE_INTERVAL = Duration.ofSeconds(60);

  private final URI baseUrl;
  private final String accountId;
  private final Duration timeout;
  private final boolean trustSelfSignedCertificate;
  private final Duration minRequestInterval;
  private final Duration tickleInterval;

  private IbkrConfig(Builder b) {
    this.baseUrl = b.baseUrl;
    this.accountId = b.accountId;
    this.timeout = b.timeout;
    this.trustSelfSignedCertificate = b.trustSelfSignedCertificate;
    this.minRequestInterval = b.minRequestInterval;
    this.tickleInterval = b.tickleInterval;
  }

  /** Every default. */
  public static IbkrConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The gateway's API root, ending in {@code /v1/api}, without a trailing slash. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** The account to trade, or empty for the gateway's selected account. */
  public Optional<String> accountId() {
    return Optional.ofNullable(accountId);
  }

  /** How long one request may take. */
  public Duration timeout() {
    return timeout;
  }

  /** Whether to accept the gateway's self-signed certificate (this client only). */
  public boolean trustSelfSignedCertificate() {
    return trustSelfSignedCertificate;
  }

  /** The least time between two requests, across the whole broker. */
  public Duration minRequestInterval() {
    return minRequestInterval;
  }

  /** How often to tickle the session while the broker is open; zero for never. */
  public Duration tickleInterval() {
    return tickleInterval;
  }

  @Override
  public String toString() {
    return "IbkrConfig[baseUrl=" + baseUrl + ", accountId=" + (accountId == null ? "(selected)" : "set")
        + ", timeout=" + timeout + ", trustSelfSignedCertificate=" + trustSelfSignedCertificate
        + ", minRequestInterval=" + minRequestInterval + ", tickleInterval=" + tickleInterval + "]";
  }

  /** Builds an {@link IbkrConfig}; {@link #build()} validates. */
  @Experimental(since = "0.1")
  public static final class Builder {
    private URI baseUrl = URI.create(DEFAULT_BASE_URL);
    private String accountId;
    private Duration timeout = DEFAULT_TIMEOUT;
    private boolean trustSelfSignedCertificate;
    private Duration minRequestInterval = DEFAULT_MIN_REQUEST_INTERVAL;
    private Duration tickleInterval = DEFAULT_TICKLE_INTERVAL;

    private Builder() {}

    /** The gateway's API root, e.g. {@code https://localhost:5000/v1/api}. */
    public Builder baseUrl(String baseUrl) {
      if (baseUrl == null || baseUrl.isBlank()) {
        throw new InvalidValueException("baseUrl", baseUrl, "is required");
      }
      String trimmed = baseUrl.strip();
      while (trimmed.endsWith("/")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      }
      URI uri;
      try {
        uri = URI.create(trimmed);
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException("baseUrl", baseUrl, "must be a URL");
      }
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new InvalidValueException("baseUrl", baseUrl, "must be an http or https URL");
      }
      if (uri.getUserInfo() != null || uri.getQuery() != null) {
        throw new InvalidValueException("baseUrl", baseUrl,
            "must have no user information and no query");
      }
      this.baseUrl = uri;
      return this;
    }

    /** The account to trade (e.g. {@code U1234567}); {@code null} for the selected account. */
    public Builder accountId(String accountId) {
      if (accountId != null && !accountId.matches("[A-Za-z0-9]{1,32}")) {
        throw new InvalidValueException("accountId", "(hidden)", "must be 1-32 letters or digits");
      }
      this.accountId = accountId;
      return this;
    }

    /** How long one request may take (&gt; 0). */
    public Builder timeout(Duration timeout) {
      if (timeout == null || timeout.isZero() || timeout.isNegative()) {
        throw new InvalidValueException("timeout", timeout, "must be > 0");
      }
      this.timeout = timeout;
      return this;
    }

    /** Whether to accept the gateway's self-signed certificate. */
    public Builder trustSelfSignedCertificate(boolean trust) {
      this.trustSelfSignedCertificate = trust;
      return this;
    }

    /** The least time between two requests (&gt;= 0). */
    public Builder minRequestInterval(Duration interval) {
      if (interval == null || interval.isNegative()) {
        throw new InvalidValueException("minRequestInterval", interval, "must be >= 0");
      }
      this.minRequestInterval = interval;
      return this;
    }

    /** The keep-alive period; zero turns the scheduled tickle off. */
    public Builder tickleInterval(Duration interval) {
      if (interval == null || interval.isNegative()) {
        throw new InvalidValueException("tickleInterval", interval, "must be >= 0");
      }
      this.tickleInterval = interval;
      return this;
    }

    /** The configuration. */
    public IbkrConfig build() {
      return new IbkrConfig(this);
    }
  }
}
