package dev.condor.core.runtime;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.Greeks;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import dev.condor.api.quant.BlackScholes;
import dev.condor.api.quant.MutableGreeks;
import dev.condor.core.market.MarketSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/**
 * A small market for engine tests: SPX follows a scripted path (points as a function of minutes
 * since the open), 0DTE SPXW options every 5 points priced by Black-Scholes at a flat 15 % vol,
 * quoted 0.10 wide on the 0.05 grid; VIX is 15.
 */
final class BlackScholesTestMarket implements MarketSource {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final double VOL = 0.15;
  private final DoubleUnaryOperator spotByMinute;
  private final DoubleUnaryOperator bandByMinute;

  BlackScholesTestMarket(DoubleUnaryOperator spotByMinute) {
    this(spotByMinute, minute -> Double.POSITIVE_INFINITY);
  }

  /** A market whose chains list only strikes within {@code band(minute)} points of spot. */
  BlackScholesTestMarket(DoubleUnaryOperator spotByMinute, DoubleUnaryOperator bandByMinute) {
    this.spotByMinute = spotByMinute;
    this.bandByMinute = bandByMinute;
  }

  private double minuteOf(Instant at) {
    ZonedDateTime t = at.atZone(NEW_YORK);
    return Duration.between(t.toLocalDate().atTime(9, 30).atZone(NEW_YORK), t).toSeconds() / 60.0;
  }

  double spot(Instant at) {
    ZonedDateTime t = at.atZone(NEW_YORK);
    double minutes = Duration.between(t.toLocalDate().atTime(9, 30).atZone(NEW_YORK), t).toSeconds() / 60.0;
    return spotByMinute.applyAsDouble(Math.max(0, Math.min(390, minutes)));
  }

  @Override
  public Optional<Quote> quote(Underlying underlying, Instant at) {
    double level = underlying.equals(Underlying.VIX) ? 15 : spot(at);
    return Optional.of(Quote.ofLevel(underlying.symbol(), level, at, DataOrigin.ESTIMATED));
  }

  @Override
  public Optional<OptionChain> chain(Underlying underlying, Instant at, LocalDate fromExpiry,
      LocalDate toExpiry) {
    LocalDate today = at.atZone(NEW_YORK).toLocalDate();
    if (today.isBefore(fromExpiry) || today.isAfter(toExpiry)) {
      return Optional.empty();
    }
    List<OptionQuote> quotes = new ArrayList<>();
    double band = bandByMinute.applyAsDouble(minuteOf(at));
    for (int k = 5600; k <= 6000; k += 5) {
      if (Math.abs(k - spot(at)) > band) {
        continue;
      }
      for (OptionRight right : OptionRight.values()) {
        optionQuote(OptionContract.of("SPXW", today, k, right), at).ifPresent(quotes::add);
      }
    }
    return Optional.of(OptionChain.of(Underlying.SPX, spot(at), at, quotes));
  }

  @Override
  public Optional<OptionQuote> optionQuote(OptionContract c, Instant at) {
    ZonedDateTime close = c.expiry().atTime(LocalTime.of(16, 0)).atZone(NEW_YORK);
    if (at.isAfter(close.toInstant())) {
      return Optional.empty();
    }
    double years = Duration.between(at, close.toInstant()).toSeconds() / (365.0 * 86_400);
    double s = spot(at);
    MutableGreeks g = BlackScholes.greeks(c.right(), s, c.strike(), years, 0, 0, VOL, new MutableGreeks());
    double bid = Math.max(0, Math.floor((g.price() - 0.05) / 0.05 + 1e-9) * 0.05);
    double ask = Math.round((bid + 0.10) * 100) / 100.0;
    bid = Math.round(bid * 100) / 100.0;
    return Optional.of(OptionQuote.builder().contract(c).bid(bid).ask(ask).time(at)
        .greeks(Greeks.of(g.delta(), g.gamma(), g.theta() / 365, g.vega() / 100))
        .underlyingPrice(s).origin(DataOrigin.ESTIMATED).build());
  }

  @Override
  public OptionalDouble settlementValue(Underlying underlying, LocalDate expiry, SettlementTime time) {
    ZonedDateTime at = expiry.atTime(time == SettlementTime.AM ? LocalTime.of(9, 30) : LocalTime.of(16, 0))
        .atZone(NEW_YORK);
    return OptionalDouble.of(spot(at.toInstant()));
  }
}
