package dev.condor.strategies.wheel;

import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.TickSize;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Seed S4's daily entry, as a pure function of its inputs: skip outside the VIX band; strike =
 * spot - spot x (0.04 + delta x 0.15) rounded to the nearest $5; expiry the Friday closest to the
 * DTE target (the trading day before when that Friday is a holiday), PM-settled root SPXW; premium
 * at the bid (or the mid), rounded down to the tick. It answers a {@link Candidate} with the
 * numbers behind it, or the reason there is none.
 */
public final class SpxWheelScanner {

  /** S4's formula: the put sits 4 % plus 15 % of the delta below spot. */
  static final double BASE_OFFSET = 0.04;
  static final double DELTA_FACTOR = 0.15;
  /** S4 rounds the strike to the nearest $5, SPX's finest strike grid. */
  static final double STRIKE_STEP = 5;
  /** SPX's tick, which the credit limit is rounded down to. */
  private static final TickSize TICK = TickSize.of(Underlying.SPX);

  private final SpxWheelConfig config;

  /** A scanner for a configuration. */
  public SpxWheelScanner(SpxWheelConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * A put worth selling now, with the numbers that chose it.
   *
   * @param day the trading day
   * @param spot SPX when the chain was taken
   * @param vix the VIX now
   * @param minVix the lowest VIX traded
   * @param maxVix the highest VIX traded
   * @param putDelta the put delta of the formula
   * @param formulaStrike spot - spot x (0.04 + delta x 0.15), unrounded
   * @param roundedStrike the formula strike to the nearest $5
   * @param put the put sold (its strike is the rounded one, or the next listed below it)
   * @param targetFriday the Friday closest to the DTE target
   * @param daysToExpiry calendar days to the put's expiry
   * @param dteTarget the days to expiry aimed at
   * @param limit the credit limit per contract, in points, on the tick
   * @param contracts puts to sell
   * @param parameters where the parameters came from
   */
  public record Candidate(LocalDate day, double spot, double vix, double minVix, double maxVix,
      double putDelta,
      double formulaStrike, double roundedStrike, OptionQuote put, LocalDate targetFriday,
      long daysToExpiry, int dteTarget, double limit, int contracts, String parameters) {

    /** Cash secured per contract, in dollars: (strike - premium) x 100. */
    public double cashSecuredPerContract() {
      return (put.contract().strike() - limit) * put.contract().multiplier();
    }

    /** The journal's entry reason: every number the decision rests on. */
    public String reason() {
      double offset = spot * (BASE_OFFSET + putDelta * DELTA_FACTOR);
      String strikeNote = Math.abs(put.contract().strike() - roundedStrike) < 1e-6 ? ""
          : " (not listed; next listed below: " + num(put.contract().strike()) + ")";
      return String.format(Locale.ROOT,
          "%s: VIX %.2f within %s-%s; strike = %.2f - %.2f x (0.04 + %s x 0.15) = %.2f - %.2f = %.2f,"
              + " rounded to $5: %s%s; expiry %s %s (Friday closest to %d DTE: %s, %d DTE);"
              + " bid %.2f ask %.2f delta %.3f; limit %.2f credit x%d; cash secured $%,.0f per"
              + " contract; parameters: %s",
          day, vix, num(minVix), num(maxVix), spot, spot, num(putDelta), spot, offset, formulaStrike, num(roundedStrike),
          strikeNote, put.contract().root(), put.contract().expiry(), dteTarget, targetFriday,
          daysToExpiry, put.bid(), put.ask(), put.deltaOrNaN(), limit, contracts,
          cashSecuredPerContract(), parameters);
    }
  }

  /** What a scan found: a candidate, or why there is none. */
  public record Scan(Optional<Candidate> candidate, String reason) {

    static Scan found(Candidate c) {
      return new Scan(Optional.of(c), c.reason());
    }

    static Scan skip(String reason) {
      return new Scan(Optional.empty(), reason);
    }
  }

  /** S4's strike before rounding: {@code spot - spot x (0.04 + putDelta x 0.15)}. */
  public static double formulaStrike(double spot, double putDelta) {
    return spot - spot * (BASE_OFFSET + putDelta * DELTA_FACTOR);
  }

  /** To the nearest $5, halves rounded up (S4's 5394 becomes 5395). */
  public static double roundToStrikeStep(double strike) {
    return Math.round(strike / STRIKE_STEP) * STRIKE_STEP;
  }

  /**
   * The Friday closest to {@code day + dteTarget}; a Friday is never equidistant from two others'
   * targets, so there is no tie.
   */
  public static LocalDate closestFriday(LocalDate day, int dteTarget) {
    LocalDate target = day.plusDays(dteTarget);
    LocalDate before = target.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    LocalDate after = target.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    return ChronoUnit.DAYS.between(before, target) <= ChronoUnit.DAYS.between(target, after)
        ? before : after;
  }

  /**
   * Chooses the put.
   *
   * @param day the trading day
   * @param vix the VIX now
   * @param chain SPX's chain around the target expiry
   * @param calendar the exchange calendar, for a Friday holiday
   */
  public Scan scan(LocalDate day, double vix, OptionChain chain, TradingCalendar calendar) {
    if (vix < config.minVix() || vix > config.maxVix()) {
      return Scan.skip(String.format(Locale.ROOT, "%s: VIX %.2f outside the %s-%s band", day, vix,
          num(config.minVix()), num(config.maxVix())));
    }
    double spot = chain.spot();
    double formula = formulaStrike(spot, config.putDelta());
    double rounded = roundToStrikeStep(formula);
    LocalDate friday = closestFriday(day, config.dteTarget());
    LocalDate expiry = calendar.isTradingDay(friday) ? friday : calendar.previousTradingDay(friday);
    // Every Friday has a PM-settled SPXW expiry; the third Friday also has the AM SPX monthly,
    // which settles on the open: keep to one settlement for every put.
    String root = Underlying.SPX.pmRoot().orElseThrow();
    OptionQuote chosen = null;
    for (OptionQuote q : chain.quotes(expiry, OptionRight.PUT)) {
      if (!q.contract().root().equals(root) || q.contract().strike() > rounded + 1e-6) {
        continue;
      }
      if (chosen == null || q.contract().strike() > chosen.contract().strike()) {
        chosen = q;
      }
    }
    if (chosen == null) {
      return Scan.skip(String.format(Locale.ROOT,
          "%s: no %s put listed at or below strike %s on %s (Friday closest to %d DTE)", day,
          root, num(rounded), expiry, config.dteTarget()));
    }
    double premium = config.pricing() == SpxWheelConfig.Pricing.NATURAL ? chosen.bid()
        : chosen.mid();
    double limit = creditLimit(premium);
    if (!(chosen.bid() > 0) || !(limit > 0)) {
      return Scan.skip(String.format(Locale.ROOT,
          "%s: no bid for the %s %s put %s (bid %.2f ask %.2f)", day, root, expiry,
          num(chosen.contract().strike()), chosen.bid(), chosen.ask()));
    }
    String parameters = config.parameterSource();
    return Scan.found(new Candidate(day, spot, vix, config.minVix(), config.maxVix(),
        config.putDelta(), formula, rounded, chosen,
        friday, ChronoUnit.DAYS.between(day, expiry), config.dteTarget(), limit,
        config.contractsPerTrade(), parameters));
  }

  /**
   * A credit limit on SPX's tick: 0.05 below 3.00 and 0.10 from 3.00, rounded down so the limit
   * never asks for more than the market gave.
   */
  static double creditLimit(double credit) {
    return credit > 0 ? TICK.floor(credit) : 0;
  }

  /** A number as written in a configuration: no trailing zeros, at most 4 decimals. */
  static String num(double v) {
    return java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }
}
