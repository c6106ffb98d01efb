package dev.condor.core.risk;

import dev.condor.api.error.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reading the toolkit's step tables (VIX, drawdown) from configuration lists. */
final class Tables {

  private Tables() {}

  /** A table column as a list, for {@link dev.condor.api.plugin.Settings#numbers} defaults. */
  static List<Double> boxed(double[] values) {
    return Arrays.stream(values).boxed().collect(Collectors.toList());
  }

  /** A configured list as a table column. */
  static double[] unboxed(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Checks every item is between {@code lo} and {@code hi}, naming the key and the item. */
  static List<Double> eachBetween(String key, List<Double> values, double lo, double hi) {
    for (int i = 0; i < values.size(); i++) {
      double v = values.get(i);
      if (!(v >= lo && v <= hi)) {
        throw new InvalidValueException(key, values,
            "item [" + i + "] = " + Fmt.num(v) + " must be between " + Fmt.num(lo) + " and "
                + Fmt.num(hi));
      }
    }
    return values;
  }

  /**
   * Builds a table, renaming the toolkit's argument names in a refusal to the configuration keys
   * (e.g. {@code noNewEntriesFrom} to {@code stopAt}; {@code thresholds[1]} to {@code thresholds},
   * keeping the index in the rule).
   *
   * @param keys toolkit argument name to configuration key
   * @param values configuration key to the value written, for the message
   */
  static <T> T build(Supplier<T> table, Map<String, String> keys, Map<String, Object> values) {
    try {
      return table.get();
    } catch (InvalidValueException e) {
      String field = e.field();
      int bracket = field.indexOf('[');
      String argument = bracket < 0 ? field : field.substring(0, bracket);
      String key = keys.getOrDefault(argument, argument);
      String rule = bracket < 0 ? e.rule() : "item " + field.substring(bracket) + " " + e.rule();
      throw new InvalidValueException(key, values.get(key), rule);
    }
  }
}
