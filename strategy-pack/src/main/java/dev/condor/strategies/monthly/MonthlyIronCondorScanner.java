package dev.condor.strategies.monthly;

import dev.condor.api.calendar.Expiry;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.TickSize;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Seed S2's monthly entry scanner, as a pure function of its inputs: the VIX spike trigger, the
 * expiry (the first monthly at least {@code minDaysToExpiry} calendar days out), the short strikes
 * (|delta| nearest the target, no nearer to spot than the minimum distances, multiples of 25
 * preferred) with wings {@code wingWidth} further out, and the credit, which must reach the
 * minimum. It answers a {@link Candidate} with the numbers behind it, or the reason there is none.
 */
public final class MonthlyIronCondorScanner {

  /** Strikes closer than this are the same strike (strikes are multiples of 0.001). */
  private static final double STRIKE_EPSILON = 1e-6;

  /** SPX's tick, which the credit limit is rounded down to. */
  private static final TickSize TICK = TickSize.of(Underlying.SPX);

  private final MonthlyIronCondorConfig config;

  /** A scanner for a configuration. */
  public MonthlyIronCondorScanner(MonthlyIronCondorConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** One side of the condor: the strike sold, its wing, and how far the sold strike is from spot. */
  public record Spread(OptionQuote shortLeg, OptionQuote longLeg, double distance) {

    /** The sold strike's delta (signed: negative for puts). */
    public double shortDelta() {
      return shortLeg.deltaOrNaN();
    }
  }

  /**
   * An iron condor worth selling now, with the numbers that chose it.
   *
   * @param day the trading day
   * @param vix the VIX now
   * @param vixPriorClose the VIX's previous close
   * @param spot the underlying's price the chain was taken against
   * @param expiry the expiry sold
   * @param daysToExpiry calendar days to it
   * @param put the put spread
   * @param call the call spread
   * @param naturalCredit the sold bids less the bought asks, per condor
   * @param midCredit the net of the four mids, per condor
   * @param limit the credit limit, rounded down to the tick
   * @param contracts condors to sell
   * @param wingWidth points between each sold strike and its wing
   */
  public record Candidate(LocalDate day, double vix, double vixPriorClose, double spot,
      Expiry expiry, long daysToExpiry, Spread put, Spread call, double naturalCredit,
      double midCredit, double limit, int contracts, double wingWidth) {

    /** The most one condor can lose at expiry, in dollars: (width - credit) x 100. */
    public double maxLossPerCondor() {
      return (wingWidth - limit) * put.shortLeg().contract().multiplier();
    }

    /** The journal's entry reason: every number the decision rests on. */
    public String reason() {
      return String.format(Locale.ROOT,
          "%s VIX spike: VIX %.2f is %+.1f%% on prior close %.2f; SPX %.2f; sell %s %s (%d DTE):"
              + " put spread %s/%s (short delta %.3f, %.2f pts below spot),"
              + " call spread %s/%s (short delta %.3f, %.2f pts above spot);"
              + " credit natural %.2f, mid %.2f; limit %.2f credit x%d; max loss $%,.0f per condor",
          day, vix, (vix / vixPriorClose - 1) * 100, vixPriorClose, spot, expiry.date(),
          describe(expiry), daysToExpiry,
          strike(put.shortLeg()), strike(put.longLeg()), put.shortDelta(), put.distance(),
          strike(call.shortLeg()), strike(call.longLeg()), call.shortDelta(), call.distance(),
          naturalCredit, midCredit, limit, contracts, maxLossPerCondor());
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

  /**
   * Why the trigger has not fired, or empty when the VIX is up at least {@code vixSpikePercent} on
   * its prior close. The change is shown to a whole percent so the journal, which keeps a skip
   * reason only when it changes, is not rewritten on every poll.
   */
  public Optional<String> noSpike(LocalDate day, double vix, double vixPriorClose) {
    double trigger = vixPriorClose * (1 + config.vixSpikePercent() / 100);
    if (vix >= trigger - 1e-9) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT,
        "%s: no VIX spike: VIX %+.0f%% on prior close %.2f, trigger +%s%% (VIX >= %.2f)", day,
        (vix / vixPriorClose - 1) * 100, vixPriorClose, num(config.vixSpikePercent()), trigger));
  }

  /**
   * The expiry to sell among those listed: the first at least {@code minDaysToExpiry} calendar
   * days out that is a standard monthly (root SPX, AM), or with {@code monthlyExpiriesOnly} off,
   * the first PM expiry (root SPXW), so a third Friday's two roots are never mixed.
   */
  public Optional<Expiry> expiry(LocalDate day, List<Expiry> listed) {
    for (Expiry e : listed) {
      long dte = ChronoUnit.DAYS.between(day, e.date());
      if (dte < config.minDaysToExpiry()) {
        continue;
      }
      if (config.monthlyExpiriesOnly() ? e.monthly() : !e.monthly()) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Chooses the condor, once the trigger has fired.
   *
   * @param day the trading day
   * @param vix the VIX now
   * @param vixPriorClose its previous close
   * @param chain the underlying's chain, with greeks
   * @param listed the expiries listed from {@code minDaysToExpiry} out, in order
   */
  public Scan scan(LocalDate day, double vix, double vixPriorClose, OptionChain chain,
      List<Expiry> listed) {
    Optional<Expiry> found = expiry(day, listed);
    if (found.isEmpty()) {
      return Scan.skip(day + ": no " + (config.monthlyExpiriesOnly() ? "monthly " : "")
          + "expiry listed at least " + config.minDaysToExpiry() + " days out");
    }
    Expiry expiry = found.get();
    long dte = ChronoUnit.DAYS.between(day, expiry.date());
    Optional<Spread> put = spread(chain, expiry, OptionRight.PUT);
    Optional<Spread> call = spread(chain, expiry, OptionRight.CALL);
    if (put.isEmpty() || call.isEmpty()) {
      OptionRight missing = put.isEmpty() ? OptionRight.PUT : OptionRight.CALL;
      double distance = missing == OptionRight.PUT ? config.minPutDistance()
          : config.minCallDistance();
      return Scan.skip(String.format(Locale.ROOT,
          "%s: no %s to sell on %s %s: none with greeks at least %s pts %s spot %.2f with a"
              + " listed wing %s pts further out", day, missing == OptionRight.PUT ? "put" : "call",
          expiry.date(), expiry.root(), num(distance),
          missing == OptionRight.PUT ? "below" : "above", chain.spot(), num(config.wingWidth())));
    }
    double natural = cents(put.get().shortLeg().bid() + call.get().shortLeg().bid()
        - put.get().longLeg().ask() - call.get().longLeg().ask());
    double mid = cents(put.get().shortLeg().mid() + call.get().shortLeg().mid()
        - put.get().longLeg().mid() - call.get().longLeg().mid());
    double limit = creditLimit(config.pricing() == MonthlyIronCondorConfig.Pricing.NATURAL
        ? natural : mid);
    Candidate c = new Candidate(day, vix, vixPriorClose, chain.spot(), expiry, dte, put.get(),
        call.get(), natural, mid, limit, config.contracts(), config.wingWidth());
    if (limit < config.minCredit() - 1e-9) {
      return Scan.skip(String.format(Locale.ROOT,
          "%s: credit too small: %s limit %.2f < min %.2f for %s put spread %s/%s, call spread"
              + " %s/%s (natural %.2f, mid %.2f)", day, config.pricing().key(), limit,
          config.minCredit(), expiry.date(), strike(put.get().shortLeg()),
          strike(put.get().longLeg()), strike(call.get().shortLeg()),
          strike(call.get().longLeg()), natural, mid));
    }
    return Scan.found(c);
  }

  /**
   * The vertical of one side: among out-of-the-money strikes of the expiry's root that have a
   * delta, lie at least the minimum distance from spot and have a listed wing, the one whose
   * |delta| is nearest the target (ties: further from spot), taken among multiples of {@code
   * strikeMultiple} when any qualifies.
   */
  Optional<Spread> spread(OptionChain chain, Expiry expiry, OptionRight right) {
    boolean put = right == OptionRight.PUT;
    double minDistance = put ? config.minPutDistance() : config.minCallDistance();
    double wingOffset = put ? -config.wingWidth() : config.wingWidth();
    Map<Long, OptionQuote> byStrike = new HashMap<>();
    List<OptionQuote> ofRoot = new ArrayList<>();
    for (OptionQuote q : chain.quotes(expiry.date(), right)) {
      if (q.contract().root().equals(expiry.root())) {
        ofRoot.add(q);
        byStrike.put(key(q.contract().strike()), q);
      }
    }
    List<Spread> eligible = new ArrayList<>();
    for (OptionQuote q : ofRoot) {
      OptionContract c = q.contract();
      double distance = put ? chain.spot() - c.strike() : c.strike() - chain.spot();
      OptionQuote wing = byStrike.get(key(c.strike() + wingOffset));
      if (Double.isNaN(q.deltaOrNaN()) || !chain.isOutOfTheMoney(c) || wing == null
          || distance < minDistance - STRIKE_EPSILON) {
        continue;
      }
      eligible.add(new Spread(q, wing, distance));
    }
    List<Spread> preferred = new ArrayList<>();
    for (Spread s : eligible) {
      if (isMultiple(s.shortLeg().contract().strike())) {
        preferred.add(s);
      }
    }
    List<Spread> pool = preferred.isEmpty() ? eligible : preferred;
    Spread best = null;
    for (Spread s : pool) {
      double gap = Math.abs(Math.abs(s.shortDelta()) - config.targetDelta());
      double bestGap = best == null ? Double.POSITIVE_INFINITY
          : Math.abs(Math.abs(best.shortDelta()) - config.targetDelta());
      if (gap < bestGap - 1e-12
          || (Math.abs(gap - bestGap) <= 1e-12 && s.distance() > best.distance())) {
        best = s;
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean isMultiple(double strike) {
    double m = config.strikeMultiple();
    if (m <= 0) {
      return true;
    }
    double ratio = strike / m;
    return Math.abs(ratio - Math.rint(ratio)) < 1e-9;
  }

  /**
   * A credit limit on SPX's tick: 0.05 below 3.00 and 0.10 from 3.00, rounded down so the limit
   * never asks for more than the market gave.
   */
  static double creditLimit(double credit) {
    return credit > 0 ? TICK.floor(credit) : 0;
  }

  private static long key(double strike) {
    return Math.round(strike * 1000);
  }

  private static double cents(double value) {
    return Math.round(value * 10_000) / 10_000.0 + 0.0;
  }

  private static String strike(OptionQuote q) {
    return num(q.contract().strike());
  }

  static String describe(Expiry e) {
    return e.root() + " " + e.settlementTime() + (e.monthly() ? " monthly" : "");
  }

  static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
