package dev.condor.api.error;

import dev.condor.api.Stable;
import java.util.Objects;

/**
 * A value was built from invalid input: the message names the field, the rejected value and the
 * rule it broke (for example {@code strike = -5.0: must be > 0}).
 */
@Stable(since = "0.1")
public class InvalidValueException extends CondorException {
  private static final long serialVersionUID = 1L;

  /** The diagnostic code of every invalid value. */
  public static final String CODE = "CONDOR-INVALID-VALUE";

  private final String field;
  private final String rule;

  /**
   * @param field the name of the field or argument, as the caller spelt it
   * @param value the rejected value (rendered with {@code String.valueOf}; never pass a secret)
   * @param rule what the value must satisfy, e.g. {@code "must be > 0"}
   */
  public InvalidValueException(String field, Object value, String rule) {
    super(CODE, field + " = " + render(value) + ": " + rule, null);
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** The name of the field that was rejected. */
  public String field() {
    return field;
  }

  /** The rule the value broke. */
  public String rule() {
    return rule;
  }

  private static String render(Object value) {
    if (value instanceof CharSequence) {
      return "\"" + value + "\"";
    }
    return String.valueOf(value);
  }
}
