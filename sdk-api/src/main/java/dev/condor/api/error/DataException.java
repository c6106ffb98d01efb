package dev.condor.api.error;

import dev.condor.api.Stable;
import java.time.Duration;
import java.util.Optional;

/**
 * Market data could not be obtained or understood: the message names the source (a provider id or
 * a file), the endpoint or line, and the field at fault, so the user knows exactly what to check.
 * Whatever had already been stored is left intact.
 */
@Stable(since = "0.1")
public class DataException extends CondorException {
  private static final long serialVersionUID = 1L;

  /** The kinds of data failure, each with its stable diagnostic code. */
  @Stable(since = "0.1")
  public enum Kind {
    /** The source refused the credentials (HTTP 401/403). */
    AUTHENTICATION("CONDOR-DATA-AUTH"),
    /** The source asked us to slow down; see {@link #retryAfter()}. */
    RATE_LIMITED("CONDOR-DATA-RATE-LIMITED"),
    /** The source failed (5xx) or is unreachable. */
    UNAVAILABLE("CONDOR-DATA-UNAVAILABLE"),
    /** No answer in time. */
    TIMEOUT("CONDOR-DATA-TIMEOUT"),
    /** The body or row could not be parsed, or a required field is missing or out of range. */
    MALFORMED("CONDOR-DATA-MALFORMED"),
    /** The source has nothing for the request (unknown symbol, no data that day). */
    NOT_FOUND("CONDOR-DATA-NOT-FOUND");

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
  private final String source;
  private final String location;
  private final String field;
  private final Duration retryAfter;

  private DataException(Builder b) {
    super(b.kind.code(), b.describe(), b.cause);
    this.kind = b.kind;
    this.source = b.source;
    this.location = b.location;
    this.field = b.field;
    this.retryAfter = b.retryAfter;
  }

  /** Starts a data exception of a kind, raised by the named source (provider id or file). */
  public static Builder of(Kind kind, String source) {
    return new Builder(kind, source);
  }

  /** What kind of failure this is. */
  public Kind kind() {
    return kind;
  }

  /** The source: a provider id or a file name. */
  public String source() {
    return source;
  }

  /** The endpoint (path without secrets) or {@code line N}, if known. */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }

  /** The field at fault, if one is. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** How long the source asked us to wait before retrying, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** Builds a {@link DataException}. */
  @Stable(since = "0.1")
  public static final class Builder {
    private final Kind kind;
    private final String source;
    private String location;
    private String field;
    private String detail;
    private Duration retryAfter;
    private Throwable cause;

    private Builder(Kind kind, String source) {
      if (kind == null) {
        throw new InvalidValueException("kind", null, "is required");
      }
      if (source == null || source.isBlank()) {
        throw new InvalidValueException("source", source, "must name the data source");
      }
      this.kind = kind;
      this.source = source;
    }

    /** Where: an endpoint path (no secrets, no query string) or {@code "line 42"}. */
    public Builder location(String location) {
      this.location = location;
      return this;
    }

    /** The field at fault. */
    public Builder field(String field) {
      this.field = field;
      return this;
    }

    /** What is wrong, in a few words. */
    public Builder detail(String detail) {
      this.detail = detail;
      return this;
    }

    /** The delay the source asked for. */
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
    public DataException build() {
      return new DataException(this);
    }

    private String describe() {
      StringBuilder s = new StringBuilder(source).append(": ").append(kind.name().toLowerCase(java.util.Locale.ROOT));
      if (location != null) {
        s.append(" at ").append(location);
      }
      if (field != null) {
        s.append(", field ").append(field);
      }
      if (detail != null) {
        s.append(": ").append(detail);
      }
      if (retryAfter != null) {
        s.append(", retry after ").append(retryAfter.toMillis()).append(" ms");
      }
      return s.toString();
    }
  }
}
