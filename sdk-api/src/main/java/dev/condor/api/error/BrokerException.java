package dev.condor.api.error;

import dev.condor.api.Stable;
import java.time.Duration;
import java.util.Optional;

/**
 * A broker refused or failed a request. The {@link Kind} tells the engine what it may do next
 * (for example, never resend an order after {@link Kind#TIMEOUT} before asking the broker what it
 * received); the venue's own code and message are kept verbatim for the user.
 */
@Stable(since = "0.1")
public class BrokerException extends CondorException {
  private static final long serialVersionUID = 1L;

  /** The kinds of broker failure, each with its stable diagnostic code. */
  @Stable(since = "0.1")
  public enum Kind {
    /** The venue rejected the request (bad order, insufficient buying power, market closed...). */
    REJECTED("CONDOR-BROKER-REJECTED"),
    /** Credentials were refused, or the session could not be renewed. */
    AUTHENTICATION("CONDOR-BROKER-AUTH"),
    /** The venue asked us to slow down; see {@link #retryAfter()}. */
    RATE_LIMITED("CONDOR-BROKER-RATE-LIMITED"),
    /** The venue failed (5xx) or is unreachable; the request may or may not have been applied. */
    UNAVAILABLE("CONDOR-BROKER-UNAVAILABLE"),
    /** No answer in time; the request may or may not have been applied. */
    TIMEOUT("CONDOR-BROKER-TIMEOUT"),
    /** The venue answered with a body that could not be understood. */
    MALFORMED_RESPONSE("CONDOR-BROKER-MALFORMED"),
    /** The order or object the request refers to does not exist at the venue. */
    NOT_FOUND("CONDOR-BROKER-NOT-FOUND");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The stable diagnostic code. */
    public String code() {
      return code;
    }
  }

  private final Kind kind;
  private final String venue;
  private final String venueCode;
  private final String venueMessage;
  private final Duration retryAfter;

  private BrokerException(Builder b) {
    super(b.kind.code(), b.describe(), b.cause);
    this.kind = b.kind;
    this.venue = b.venue;
    this.venueCode = b.venueCode;
    this.venueMessage = b.venueMessage;
    this.retryAfter = b.retryAfter;
  }

  /** Starts a broker exception of a kind, raised by the named venue (a provider id). */
  public static Builder of(Kind kind, String venue) {
    return new Builder(kind, venue);
  }

  /** What kind of failure this is. */
  public Kind kind() {
    return kind;
  }

  /** The venue (provider id) that raised it, e.g. {@code "tastytrade"}. */
  public String venue() {
    return venue;
  }

  /** The venue's own error code, if it gave one. */
  public Optional<String> venueCode() {
    return Optional.ofNullable(venueCode);
  }

  /** The venue's own error message, if it gave one. */
  public Optional<String> venueMessage() {
    return Optional.ofNullable(venueMessage);
  }

  /** How long the venue asked us to wait before retrying, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Whether the request may have reached the venue and been applied although no success was
   * seen: true for {@link Kind#TIMEOUT} and {@link Kind#UNAVAILABLE}. An order in that state must
   * be looked up at the venue before any retry.
   */
  public boolean outcomeUnknown() {
    return kind == Kind.TIMEOUT || kind == Kind.UNAVAILABLE;
  }

  /** Builds a {@link BrokerException}. */
  @Stable(since = "0.1")
  public static final class Builder {
    private final Kind kind;
    private final String venue;
    private String operation;
    private String venueCode;
    private String venueMessage;
    private Duration retryAfter;
    private Throwable cause;

    private Builder(Kind kind, String venue) {
      if (kind == null) {
        throw new InvalidValueException("kind", null, "is required");
      }
      if (venue == null || venue.isBlank()) {
        throw new InvalidValueException("venue", venue, "must name the venue");
      }
      this.kind = kind;
      this.venue = venue;
    }

    /** What was being done, e.g. {@code "POST /accounts/{id}/orders"} (no secrets, no query). */
    public Builder operation(String operation) {
      this.operation = operation;
      return this;
    }

    /** The venue's own error code. */
    public Builder venueCode(String venueCode) {
      this.venueCode = venueCode;
      return this;
    }

    /** The venue's own error message. */
    public Builder venueMessage(String venueMessage) {
      this.venueMessage = venueMessage;
      return this;
    }

    /** The delay the venue asked for (HTTP {@code Retry-After}). */
    public Builder retryAfter(Duration retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    /** The underlying cause. */
    public Builder cause(Throwable cause) {
      this.cause = cause;
      return this;
    }

    /** The exception. */
    public BrokerException build() {
      return new BrokerException(this);
    }

    private String describe() {
      StringBuilder s = new StringBuilder(venue).append(": ").append(kind.name().toLowerCase(java.util.Locale.ROOT));
      if (operation != null) {
        s.append(" during ").append(operation);
      }
      if (venueCode != null) {
        s.append(", venue code ").append(venueCode);
      }
      if (venueMessage != null) {
        s.append(", venue says \"").append(venueMessage).append('"');
      }
      if (retryAfter != null) {
        s.append(", retry after ").append(retryAfter.toMillis()).append(" ms");
      }
      return s.toString();
    }
  }
}
