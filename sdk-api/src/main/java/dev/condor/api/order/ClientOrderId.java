package dev.condor.api.order;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;

/**
 * The caller-chosen identity of an order, and its idempotency key: the engine journals it before
 * the order leaves, and after a timeout or restart looks the order up at the broker by it instead
 * of sending it again. 1 to 36 characters of letters, digits, {@code - _ . :}.
 */
@Stable(since = "0.1")
public final class ClientOrderId implements Comparable<ClientOrderId> {

  private static final java.util.regex.Pattern VALID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,36}");

  private final String value;

  private ClientOrderId(String value) {
    this.value = value;
  }

  /**
   * An id from its text.
   *
   * @throws InvalidValueException if the text is empty, too long or has other characters
   */
  public static ClientOrderId of(String value) {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new InvalidValueException("clientOrderId", value,
          "must be 1-36 characters of letters, digits, '-', '_', '.', ':'");
    }
    return new ClientOrderId(value);
  }

  /** The text. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClientOrderId && ((ClientOrderId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(ClientOrderId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
