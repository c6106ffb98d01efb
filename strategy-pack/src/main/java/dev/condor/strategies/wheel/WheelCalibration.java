package dev.condor.strategies.wheel;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A saved SPX wheel calibration, seed S4's {@code WheelParameters}: the parameters a grid search
 * chose and the backtest results they earned, which the divergence monitor compares live results
 * with.
 *
 * <p>The file is a Java properties file (UTF-8) with S4's names; {@code key = value} or {@code
 * key: value}, {@code #} starts a comment, also after a value. Fractions are written as decimals
 * ({@code 0.814}) or as percents ({@code 81.4%}). Unknown keys are refused, so a misspelt
 * parameter is never silently ignored.
 *
 * <pre>
 * # SPX wheel calibration (S4 WheelParameters)
 * put_delta = 0.15              # required, (0, 0.5]
 * dte_target = 45               # required, calendar days, 1..365
 * max_margin_pct = 0.50         # optional, (0, 1]
 * contracts_per_trade = 1       # optional, 1..100
 * max_open_positions = 3        # optional, 1..100
 * min_vix = 12                  # optional
 * max_vix = 35                  # optional
 * backtest_win_rate = 81.4%     # required, 0..1
 * backtest_total_return = 14.1% # required, above -100%
 * backtest_max_drawdown = 6.2%  # required, 0..1
 * calibration_date = 2024-12-02 # required, ISO date
 * </pre>
 *
 * @param putDelta the chosen put delta
 * @param dteTarget the chosen days to expiry
 * @param maxMarginPct the share of capital used as margin, if the file sets it
 * @param contractsPerTrade contracts per entry, if set
 * @param maxOpenPositions open puts at most, if set
 * @param minVix the lowest VIX traded, if set
 * @param maxVix the highest VIX traded, if set
 * @param backtestWinRate the backtest's share of winning trades, 0..1
 * @param backtestTotalReturn the backtest's total return as a fraction (0.141 for +14.1 %)
 * @param backtestMaxDrawdown the backtest's largest drawdown as a fraction, 0..1
 * @param calibrationDate when the calibration ran
 * @param source the file it was read from
 */
public record WheelCalibration(double putDelta, int dteTarget, OptionalDouble maxMarginPct,
    OptionalInt contractsPerTrade, OptionalInt maxOpenPositions, OptionalDouble minVix,
    OptionalDouble maxVix, double backtestWinRate, double backtestTotalReturn,
    double backtestMaxDrawdown, LocalDate calibrationDate, Path source) {

  /** The keys a calibration file may hold. */
  public static final Set<String> KEYS = Set.of("put_delta", "dte_target", "max_margin_pct",
      "contracts_per_trade", "max_open_positions", "min_vix", "max_vix", "backtest_win_rate",
      "backtest_total_return", "backtest_max_drawdown", "calibration_date");

  /** Checks the backtest figures; the parameters are checked with the configuration they feed. */
  public WheelCalibration {
    Objects.requireNonNull(maxMarginPct, "maxMarginPct");
    Objects.requireNonNull(contractsPerTrade, "contractsPerTrade");
    Objects.requireNonNull(maxOpenPositions, "maxOpenPositions");
    Objects.requireNonNull(minVix, "minVix");
    Objects.requireNonNull(maxVix, "maxVix");
    Objects.requireNonNull(calibrationDate, "calibrationDate");
    Objects.requireNonNull(source, "source");
    if (!(backtestWinRate >= 0 && backtestWinRate <= 1)) {
      throw new InvalidValueException("backtest_win_rate", backtestWinRate,
          "must be from 0 to 1 (0.814 or 81.4% for 81.4 %)");
    }
    if (!(backtestTotalReturn > -1) || Double.isInfinite(backtestTotalReturn)) {
      throw new InvalidValueException("backtest_total_return", backtestTotalReturn,
          "must be a finite fraction above -1 (0.141 or 14.1% for +14.1 %)");
    }
    if (!(backtestMaxDrawdown >= 0 && backtestMaxDrawdown <= 1)) {
      throw new InvalidValueException("backtest_max_drawdown", backtestMaxDrawdown,
          "must be from 0 to 1 (0.062 or 6.2% for 6.2 %)");
    }
  }

  /**
   * Reads a calibration file, or answers empty when there is none at {@code path} (the
   * configuration's own values then apply). Read once, when the strategy is configured.
   *
   * @param key the configuration key that named the file, for messages
   * @throws ConfigurationException naming {@code key}, the file and the property at fault when the
   *     file cannot be read or a value is missing or wrong
   */
  public static Optional<WheelCalibration> readIfPresent(Path path, String key) {
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigurationException(key, "cannot read calibration file " + path + ": "
          + e.getMessage(), e);
    }
    for (String name : p.stringPropertyNames()) {
      if (!KEYS.contains(name)) {
        throw new ConfigurationException(key, "calibration file " + path + ": unknown key "
            + name + "; known keys are " + new TreeSet<>(KEYS));
      }
    }
    Parser in = new Parser(p, path, key);
    try {
      return Optional.of(new WheelCalibration(
          in.number("put_delta"),
          in.whole("dte_target"),
          in.optionalNumber("max_margin_pct", true),
          in.optionalWhole("contracts_per_trade"),
          in.optionalWhole("max_open_positions"),
          in.optionalNumber("min_vix", false),
          in.optionalNumber("max_vix", false),
          in.fraction("backtest_win_rate"),
          in.fraction("backtest_total_return"),
          in.fraction("backtest_max_drawdown"),
          in.date("calibration_date"),
          path));
    } catch (InvalidValueException e) {
      throw new ConfigurationException(key, "calibration file " + path + ": " + e.getMessage()
          .substring(e.getMessage().indexOf(']') + 2), e);
    }
  }

  /** One line for the journal, e.g. {@code calibration of 2024-12-02 (backtest win rate ...)}. */
  public String describe() {
    return String.format(Locale.ROOT,
        "calibration of %s from %s (backtest win rate %.1f%%, total return %+.1f%%, max drawdown"
            + " %.1f%%)", calibrationDate, source, backtestWinRate * 100,
        backtestTotalReturn * 100, backtestMaxDrawdown * 100);
  }

  /** Reads typed values from the properties, failing with the property's name. */
  private static final class Parser {
    private final Properties p;
    private final Path path;
    private final String key;

    Parser(Properties p, Path path, String key) {
      this.p = p;
      this.path = path;
      this.key = key;
    }

    private Optional<String> text(String name) {
      String raw = p.getProperty(name);
      if (raw == null) {
        return Optional.empty();
      }
      // S4 writes "put_delta: 0.15  # From optimization": drop a trailing comment.
      int comment = raw.indexOf('#');
      String value = (comment >= 0 ? raw.substring(0, comment) : raw).trim();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private String required(String name) {
      return text(name).orElseThrow(() -> new ConfigurationException(key,
          "calibration file " + path + ": " + name + " is required"));
    }

    double number(String name) {
      return parse(name, required(name), false);
    }

    double fraction(String name) {
      return parse(name, required(name), true);
    }

    int whole(String name) {
      return toWhole(name, required(name));
    }

    OptionalDouble optionalNumber(String name, boolean percentAllowed) {
      Optional<String> t = text(name);
      return t.isEmpty() ? OptionalDouble.empty()
          : OptionalDouble.of(parse(name, t.get(), percentAllowed));
    }

    OptionalInt optionalWhole(String name) {
      Optional<String> t = text(name);
      return t.isEmpty() ? OptionalInt.empty() : OptionalInt.of(toWhole(name, t.get()));
    }

    LocalDate date(String name) {
      String t = required(name);
      try {
        return LocalDate.parse(t);
      } catch (DateTimeParseException e) {
        throw new InvalidValueException(name, t, "must be an ISO date such as 2024-12-02");
      }
    }

    private static double parse(String name, String text, boolean percentAllowed) {
      boolean percent = percentAllowed && text.endsWith("%");
      String digits = percent ? text.substring(0, text.length() - 1).trim() : text;
      try {
        double d = Double.parseDouble(digits);
        if (!Double.isFinite(d)) {
          throw new NumberFormatException();
        }
        return percent ? d / 100 : d;
      } catch (NumberFormatException e) {
        throw new InvalidValueException(name, text,
            percentAllowed ? "must be a number, or a percent such as 81.4%" : "must be a number");
      }
    }

    private static int toWhole(String name, String text) {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new InvalidValueException(name, text, "must be a whole number");
      }
    }
  }
}
