package dev.condor.strategies.zerodte;

import static dev.condor.strategies.ReasonText.decimals;
import static dev.condor.strategies.ReasonText.mid;
import static dev.condor.strategies.ReasonText.num;
import static dev.condor.strategies.ReasonText.price;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.TickSize;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * S2's {@code dte0_ic} entry scanner as a pure function: from the VIX and the 0DTE chain to the
 * four legs and the limit, with the numbers behind them, or the reason there is no trade. It reads
 * no clock and no context, so a test can feed it a hand-built chain.
 */
public final class ZeroDteCondorScanner {

  private static final double EPSILON = 1e-9;

  /** SPX's tick, which the limit credit is rounded down to. */
  private static final TickSize TICK = TickSize.of(Underlying.SPX);

  private ZeroDteCondorScanner() {}

  /**
   * One side's short strike and why it was chosen.
   *
   * @param quote the strike sold
   * @param byDelta the strike whose |delta| is nearest the target
   * @param moved whether the delta strike was inside the minimum distance and the short was moved
   *     out to the floor (puts) or ceiling (calls)
   */
  public record ShortChoice(OptionQuote quote, OptionQuote byDelta, boolean moved) {

    /** Checks presence. */
    public ShortChoice {
      Objects.requireNonNull(quote, "quote");
      Objects.requireNonNull(byDelta, "byDelta");
    }

    String describe(double spot, double minDistance, double target) {
      OptionQuote q = quote;
      String side = q.contract().isPut() ? "put" : "call";
      String text = num(q.contract().strike()) + " " + side + " (delta " + delta(q) + ", "
          + price(Math.abs(spot - q.contract().strike())) + " points from spot";
      if (moved) {
        text += "; the " + price(target) + "-delta strike " + num(byDelta.contract().strike())
            + " (delta " + delta(byDelta) + ") is inside the " + num(minDistance)
            + "-point minimum";
      }
      return text + ", bid " + price(q.bid()) + "/ask " + price(q.ask()) + ")";
    }
  }

  /**
   * The condor S2 would sell, with every number that chose it.
   *
   * @param shortPut the put sold
   * @param longPut the put bought, the wing width below
   * @param shortCall the call sold
   * @param longCall the call bought, the wing width above
   * @param spot the chain's spot
   * @param vix the VIX level
   * @param midCredit the net of the four mids
   * @param limit the limit credit: {@code midCredit - limitOffset} rounded down to the tick
   */
  public record Candidate(ShortChoice shortPut, OptionQuote longPut, ShortChoice shortCall,
      OptionQuote longCall, double spot, double vix, double midCredit, double limit) {

    /** Checks presence. */
    public Candidate {
      Objects.requireNonNull(shortPut, "shortPut");
      Objects.requireNonNull(longPut, "longPut");
      Objects.requireNonNull(shortCall, "shortCall");
      Objects.requireNonNull(longCall, "longCall");
    }

    /** The wider wing, in points. */
    public double width() {
      return Math.max(shortPut.quote().contract().strike() - longPut.contract().strike(),
          longCall.contract().strike() - shortCall.quote().contract().strike());
    }

    /** The reason the journal keeps for the entry, with every number. */
    public String describe(ZeroDteCondorConfig config) {
      return "VIX " + price(vix) + " inside " + price(config.vixMin()) + "-"
          + price(config.vixMax()) + "; SPX " + price(spot) + "; sell "
          + shortPut.describe(spot, config.minDistance(), config.targetDelta()) + " and "
          + shortCall.describe(spot, config.minDistance(), config.targetDelta()) + ", buy "
          + num(longPut.contract().strike()) + " put (bid " + price(longPut.bid()) + "/ask "
          + price(longPut.ask()) + ") and " + num(longCall.contract().strike()) + " call (bid "
          + price(longCall.bid()) + "/ask " + price(longCall.ask()) + "): mid credit "
          + mid(midCredit) + ", limit " + mid(midCredit) + " - "
          + price(config.limitOffset())
          + " rounded down to the tick = " + price(limit) + " credit >= minimum "
          + price(config.minCredit()) + ", wings " + num(config.wingWidth()) + ", max loss "
          + price(width() - limit) + " points a condor";
    }
  }

  /** The scanner's answer: a candidate (with a one-line verdict), or why there is none. */
  public record Scan(Optional<Candidate> candidate, String reason) {

    /** Checks presence. */
    public Scan {
      Objects.requireNonNull(candidate, "candidate");
      Objects.requireNonNull(reason, "reason");
    }

    static Scan skip(String reason) {
      return new Scan(Optional.empty(), reason);
    }
  }

  /**
   * Applies S2's filters in order: the VIX band, the short strikes (target delta, then the minimum
   * distance), the wings, the minimum credit.
   *
   * @param chain the underlying's chain, holding {@code expiry}
   * @param expiry today's expiry
   * @param root the option root to trade (SPXW: on third Fridays the chain also lists the AM root)
   * @param vix the VIX level
   * @param config the parameters
   */
  public static Scan scan(OptionChain chain, LocalDate expiry, String root, double vix,
      ZeroDteCondorConfig config) {
    if (!(vix >= config.vixMin() - EPSILON && vix <= config.vixMax() + EPSILON)) {
      return Scan.skip("VIX " + price(vix) + " outside the band " + price(config.vixMin()) + "-"
          + price(config.vixMax()));
    }
    double spot = chain.spot();
    List<OptionQuote> puts = ofRoot(chain.quotes(expiry, OptionRight.PUT), root);
    List<OptionQuote> calls = ofRoot(chain.quotes(expiry, OptionRight.CALL), root);
    String at = "SPX " + price(spot) + ", VIX " + price(vix);

    Optional<ShortChoice> shortPut = shortStrike(puts, spot, config);
    if (shortPut.isEmpty()) {
      return Scan.skip("no short put: " + missingShort(puts, spot, config, "put") + " (" + at
          + ")");
    }
    Optional<ShortChoice> shortCall = shortStrike(calls, spot, config);
    if (shortCall.isEmpty()) {
      return Scan.skip("no short call: " + missingShort(calls, spot, config, "call") + " (" + at
          + ")");
    }
    double putStrike = shortPut.get().quote().contract().strike();
    double callStrike = shortCall.get().quote().contract().strike();
    Optional<OptionQuote> longPut = find(puts, putStrike - config.wingWidth());
    if (longPut.isEmpty()) {
      return Scan.skip("no " + root + " " + num(putStrike - config.wingWidth())
          + " put listed for the " + num(config.wingWidth()) + "-point wing below the short "
          + num(putStrike) + " put (" + at + ")");
    }
    Optional<OptionQuote> longCall = find(calls, callStrike + config.wingWidth());
    if (longCall.isEmpty()) {
      return Scan.skip("no " + root + " " + num(callStrike + config.wingWidth())
          + " call listed for the " + num(config.wingWidth()) + "-point wing above the short "
          + num(callStrike) + " call (" + at + ")");
    }
    for (OptionQuote shortLeg : List.of(shortPut.get().quote(), shortCall.get().quote())) {
      if (!(shortLeg.bid() > 0)) {
        return Scan.skip("the short " + num(shortLeg.contract().strike()) + " "
            + (shortLeg.contract().isPut() ? "put" : "call") + " has no bid (" + at + ")");
      }
    }
    for (OptionQuote wing : List.of(longPut.get(), longCall.get())) {
      if (!(wing.ask() > 0)) {
        return Scan.skip("the " + num(wing.contract().strike()) + " "
            + (wing.contract().isPut() ? "put" : "call") + " wing has no offer (" + at + ")");
      }
    }
    double midCredit = round4(shortPut.get().quote().mid() + shortCall.get().quote().mid()
        - longPut.get().mid() - longCall.get().mid());
    double offered = midCredit - config.limitOffset();
    // a price at or below zero has no tick: it stays as it is and fails the minimum credit
    double limit = offered <= 0 ? offered : TICK.floor(offered);
    Candidate candidate = new Candidate(shortPut.get(), longPut.get(), shortCall.get(),
        longCall.get(), spot, vix, midCredit, limit);
    if (limit < config.minCredit() - EPSILON) {
      return Scan.skip("credit too small: " + num(longPut.get().contract().strike()) + "/"
          + num(putStrike) + " puts and " + num(callStrike) + "/"
          + num(longCall.get().contract().strike()) + " calls pay a mid credit of "
          + mid(midCredit) + ", limit " + price(limit) + " < minimum "
          + price(config.minCredit()) + " (" + at + ")");
    }
    return new Scan(Optional.of(candidate), "a condor passes every filter");
  }

  /**
   * The short strike of one side: the out-of-the-money strike with |delta| nearest the target
   * (ties to the one further out), moved out to the floor or ceiling when inside the minimum
   * distance; empty when no strike has a delta or none is far enough.
   */
  static Optional<ShortChoice> shortStrike(List<OptionQuote> quotes, double spot,
      ZeroDteCondorConfig config) {
    OptionQuote byDelta = null;
    double bestGap = Double.POSITIVE_INFINITY;
    OptionQuote edge = null;
    for (OptionQuote q : quotes) {
      double k = q.contract().strike();
      boolean put = q.contract().isPut();
      boolean outOfTheMoney = put ? k <= spot : k >= spot;
      if (!outOfTheMoney) {
        continue;
      }
      double distance = Math.abs(spot - k);
      if (distance >= config.minDistance() - EPSILON
          && (edge == null || distance < Math.abs(spot - edge.contract().strike()))) {
        edge = q;
      }
      double delta = q.deltaOrNaN();
      if (Double.isNaN(delta)) {
        continue;
      }
      double gap = Math.abs(Math.abs(delta) - config.targetDelta());
      if (gap < bestGap - 1e-12 || (Math.abs(gap - bestGap) <= 1e-12 && byDelta != null
          && distance > Math.abs(spot - byDelta.contract().strike()))) {
        byDelta = q;
        bestGap = gap;
      }
    }
    if (byDelta == null || edge == null) {
      return Optional.empty();
    }
    boolean inside = Math.abs(spot - byDelta.contract().strike()) < config.minDistance() - EPSILON;
    return Optional.of(new ShortChoice(inside ? edge : byDelta, byDelta, inside));
  }

  private static String missingShort(List<OptionQuote> quotes, double spot,
      ZeroDteCondorConfig config, String side) {
    boolean anyDelta = false;
    for (OptionQuote q : quotes) {
      double k = q.contract().strike();
      boolean outOfTheMoney = q.contract().isPut() ? k <= spot : k >= spot;
      anyDelta |= outOfTheMoney && !Double.isNaN(q.deltaOrNaN());
    }
    if (!anyDelta) {
      return "no out-of-the-money " + side + " has a delta to compare with the target "
          + price(config.targetDelta());
    }
    return "no " + side + " strike listed at least " + num(config.minDistance())
        + " points from spot";
  }

  private static List<OptionQuote> ofRoot(List<OptionQuote> quotes, String root) {
    List<OptionQuote> out = new ArrayList<>(quotes.size());
    for (OptionQuote q : quotes) {
      if (q.contract().root().equals(root)) {
        out.add(q);
      }
    }
    return out;
  }

  private static Optional<OptionQuote> find(List<OptionQuote> quotes, double strike) {
    for (OptionQuote q : quotes) {
      if (Math.abs(q.contract().strike() - strike) < 0.0005) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  static String delta(OptionQuote q) {
    return decimals(q.deltaOrNaN(), 3);
  }

  private static double round4(double value) {
    // mids are half-cents: keep 0.625 from printing as 0.6250000000000002
    return Math.round(value * 10_000) / 10_000.0;
  }
}
