package dev.condor.api.plugin;

import dev.condor.api.Stable;
import dev.condor.api.error.InvalidValueException;

/**
 * A secret value (API key, token, password) that never shows itself: {@link #toString()} prints
 * its name and {@code ****}, so it cannot leak into a log, a journal or an exception message by
 * accident. Only {@link #reveal()} gives the value, at the moment it is sent to the venue.
 */
@Stable(since = "0.1")
public final class Secret {

  private final String name;
  private final String value;

  private Secret(String name, String value) {
    this.name = name;
    this.value = value;
  }

  /** A secret with a name and a non-empty value. */
  public static Secret of(String name, String value) {
    if (name == null || name.isBlank()) {
      throw new InvalidValueException("name", name, "must name the secret");
    }
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(name, "(blank)", "a secret must not be empty or blank");
    }
    return new Secret(name, value);
  }

  /** The secret's name. */
  public String name() {
    return name;
  }

  /** The value itself: call it only where the value is sent, and never log what it returns. */
  public String reveal() {
    return value;
  }

  /** Whether {@code text} contains this secret's value (to scrub text before it is logged). */
  public boolean occursIn(CharSequence text) {
    return text != null && text.toString().contains(value);
  }

  @Override
  public String toString() {
    return "Secret[" + name + "=****]";
  }
}
