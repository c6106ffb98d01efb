package dev.condor.tck.strategy;

import dev.condor.api.Experimental;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.Greeks;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.quant.BlackScholes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Starting points for scenarios, and a Black-Scholes option chain around a spot, so a scenario
 * takes a few lines.
 */
@Experimental(since = "0.1")
public final class Scenarios {

  /** US exchange time, in which the bundled strategies think. */
  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private Scenarios() {}

  /** A scenario builder in New York time, every weekday a session, 100,000 in the account. */
  public static ScenarioBuilder newYork() {
    return new ScenarioBuilder(NEW_YORK);
  }

  /** A scenario builder in {@code zone}. */
  public static ScenarioBuilder in(ZoneId zone) {
    return new ScenarioBuilder(zone);
  }

  /**
   * A chain priced by Black-Scholes (no rate, no dividend, flat {@code volatility}) around
   * {@code spot} at {@code time}, with strikes every {@code step} points, {@code strikesEachSide}
   * on each side of the money, for each expiry, under {@code root}. Quotes carry greeks, the
   * implied volatility and a bid/ask 1 % (at least 0.025) either side of the model price on a
   * 0.05 tick; an expiry settles at 16:00 (09:30 for an AM root) exchange time.
   */
  public static OptionChain blackScholesChain(Underlying underlying, String root, double spot,
      double volatility, ZonedDateTime time, Collection<LocalDate> expiries, double step,
      int strikesEachSide) {
    List<OptionQuote> quotes = new ArrayList<>();
    for (LocalDate expiry : expiries) {
      quotes.addAll(blackScholesQuotes(underlying, root, spot, volatility, time, expiry, step,
          strikesEachSide));
    }
    return OptionChain.of(underlying, spot, time.toInstant(), quotes);
  }

  /** The quotes of one expiry of {@link #blackScholesChain}. */
  public static List<OptionQuote> blackScholesQuotes(Underlying underlying, String root,
      double spot, double volatility, ZonedDateTime time, LocalDate expiry, double step,
      int strikesEachSide) {
    boolean am = underlying.amRoot().map(root::equals).orElse(false);
    ZonedDateTime settles = expiry.atTime(am ? LocalTime.of(9, 30) : LocalTime.of(16, 0))
        .atZone(time.getZone());
    long minutes = Math.max(1,
        ChronoUnit.MINUTES.between(time.toLocalDateTime(), settles.toLocalDateTime()));
    double years = minutes / (365.0 * 24 * 60);
    double center = Math.round(spot / step) * step;
    List<OptionQuote> quotes = new ArrayList<>();
    for (int i = -strikesEachSide; i <= strikesEachSide; i++) {
      double strike = round(center + i * step, 1e-3);
      if (strike <= 0) {
        continue;
      }
      for (OptionRight right : OptionRight.values()) {
        double price = BlackScholes.price(right, spot, strike, years, 0, 0, volatility);
        double half = Math.max(0.025, price * 0.01);
        double bid = Math.max(0, Math.floor((price - half) / 0.05 + 1e-9) * 0.05);
        double ask = Math.max(0.05, Math.ceil((price + half) / 0.05 - 1e-9) * 0.05);
        bid = round(bid, 0.01);
        ask = round(ask, 0.01);
        Greeks g = Greeks.of(
            clamp(BlackScholes.delta(right, spot, strike, years, 0, 0, volatility)),
            BlackScholes.gamma(right, spot, strike, years, 0, 0, volatility),
            BlackScholes.theta(right, spot, strike, years, 0, 0, volatility) / 365.0,
            BlackScholes.vega(right, spot, strike, years, 0, 0, volatility) / 100.0);
        quotes.add(OptionQuote.builder()
            .contract(OptionContract.of(root, expiry, strike, right))
            .bid(bid).ask(ask).bidSize(10).askSize(10).openInterest(1000).volume(100)
            .impliedVolatility(volatility).greeks(g).underlyingPrice(spot)
            .time(time.toInstant()).origin(DataOrigin.OBSERVED).build());
      }
    }
    return quotes;
  }

  private static double clamp(double delta) {
    return Math.max(-1, Math.min(1, delta));
  }

  private static double round(double value, double unit) {
    return Math.round(value / unit) * unit;
  }
}
