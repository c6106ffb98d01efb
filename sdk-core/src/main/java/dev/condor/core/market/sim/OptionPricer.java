package dev.condor.core.market.sim;

import dev.condor.api.calendar.Expiry;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.Greeks;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.quant.BlackScholes;
import dev.condor.api.quant.MutableGreeks;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prices the simulated market's options: which strikes are listed around spot, the implied
 * volatility of each from the {@link VolatilityModel}, Black-Scholes-Merton prices and greeks,
 * and a quote around the model price (ticks, widths, sizes, volume and open interest). One
 * contract's quote never depends on which others are priced with it, so a single {@code
 * optionQuote} equals the same contract in a chain. Thread-safe.
 */
final class OptionPricer {

  private static final double SECONDS_PER_YEAR = 365.0 * 86_400;
  /** Strikes listed reach at most this far from spot, as a fraction of it. */
  private static final double MAX_BAND = 0.4;
  /** The finest grid reaches at most this far. */
  private static final double MAX_INNER_BAND = 0.1;
  private static final int MAX_CACHED_CONTRACTS = 200_000;

  private final long seed;
  private final double rate;
  private final SessionTable table;
  private final VolatilityModel vol;
  private final ConcurrentHashMap<ContractKey, OptionContract> contracts =
      new ConcurrentHashMap<>();

  OptionPricer(long seed, double rate, SessionTable table, VolatilityModel vol) {
    this.seed = seed;
    this.rate = rate;
    this.table = table;
    this.vol = vol;
  }

  /**
   * The pricing context of an expiry at a snapshot, or null when the expiry no longer trades (PM
   * expiries stop at their day's close, AM expiries at the index-options close of the day before)
   * or lies beyond the clock.
   */
  ExpiryContext context(Snapshot s, Expiry expiry) {
    int day = table.dayOf(expiry.date());
    if (day < 0) {
      return null;
    }
    long stop;
    long valuation;
    double clockAtExpiry;
    if (expiry.settlementTime() == SettlementTime.AM) {
      if (day == 0) {
        return null;
      }
      stop = table.closeSecond(day - 1) + 15 * 60;
      valuation = table.openSecond(day);
      clockAtExpiry = table.clockAtOpen(day);
    } else {
      stop = table.closeSecond(day);
      valuation = stop;
      clockAtExpiry = table.clockAtClose(day);
    }
    if (s.second() >= stop) {
      return null;
    }
    double years = (valuation - s.second()) / SECONDS_PER_YEAR;
    double tau = Math.max(clockAtExpiry - s.clock(), 0);
    Instrument inst = s.instrument();
    double q = inst.dividendYield();
    double w = vol.totalVariance(s.variance(), tau, years, inst.volScale());
    double days = years * 365;
    double atmVariance = VolatilityModel.atmShare(days) * w / years;
    double atmVol = StrictMath.sqrt(atmVariance);
    double forward = s.spot() * StrictMath.exp((rate - q) * years);
    return new ExpiryContext(expiry, years, days, forward, rate, q, atmVol,
        atmVol * StrictMath.sqrt(years), VolatilityModel.termSkew(days));
  }

  /**
   * The strikes listed for an expiry: each increment of the underlying's grid from spot out to
   * {@code bandSigmas * atmStdDev + bandFloor} (the finest nearest the money), ascending.
   */
  double[] strikes(Snapshot s, ExpiryContext e) {
    Instrument.OptionStyle style = s.instrument().options();
    double spot = s.spot();
    double[] inc = style.increments();
    double[] out = new double[64];
    int count = 0;
    double innerReach = 0;
    for (int tier = 0; tier < inc.length; tier++) {
      double reach = style.bandSigmas()[tier] * e.atmStdDev() + style.bandFloors()[tier];
      reach = Math.min(reach, tier == 0 ? MAX_INNER_BAND : MAX_BAND);
      reach = Math.max(reach, innerReach);
      double lo = spot * (1 - reach);
      double hi = spot * (1 + reach);
      double innerLo = spot * (1 - innerReach);
      double innerHi = spot * (1 + innerReach);
      long first = (long) Math.ceil(Math.max(lo, inc[tier]) / inc[tier] - 1e-9);
      long last = (long) Math.floor(hi / inc[tier] + 1e-9);
      for (long k = first; k <= last; k++) {
        double strike = k * inc[tier];
        if (tier > 0 && strike > innerLo && strike < innerHi) {
          continue;
        }
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = strike;
      }
      innerReach = reach;
    }
    double[] strikes = Arrays.copyOf(out, count);
    Arrays.sort(strikes);
    int unique = 0;
    for (int i = 0; i < strikes.length; i++) {
      if (unique == 0 || strikes[i] - strikes[unique - 1] > 1e-9) {
        strikes[unique++] = strikes[i];
      }
    }
    return Arrays.copyOf(strikes, unique);
  }

  /** The implied volatility of a strike. */
  double impliedVol(ExpiryContext e, double strike) {
    double z = StrictMath.log(strike / e.forward()) / e.atmStdDev();
    return e.atmVol() * VolatilityModel.smile(z, e.termSkew());
  }

  /** The model (mid) value of an option, in points. */
  double modelPrice(Snapshot s, ExpiryContext e, double strike, OptionRight right) {
    double sigma = impliedVol(e, strike);
    double price = BlackScholes.price(right, s.spot(), strike, e.years(), e.rate(),
        e.dividendYield(), sigma);
    return s.instrument().isEtf() ? Math.max(price, intrinsic(s.spot(), strike, right)) : price;
  }

  /** The quote of one option. */
  OptionQuote quote(Snapshot s, ExpiryContext e, double strike, OptionRight right,
      MutableGreeks g) {
    Instrument.OptionStyle style = s.instrument().options();
    double spot = s.spot();
    double sigma = impliedVol(e, strike);
    BlackScholes.greeks(right, spot, strike, e.years(), e.rate(), e.dividendYield(), sigma, g);
    double intrinsic = intrinsic(spot, strike, right);
    // ETF options are American: never worth less than exercising them.
    double price = s.instrument().isEtf() ? Math.max(g.price(), intrinsic) : g.price();
    double halfWidth = style.width(price, intrinsic) / 2;
    double bid = style.bidAtOrBelow(price - halfWidth);
    double ask = style.askAtOrAbove(price + halfWidth);
    if (ask <= bid) {
      ask = style.askAtOrAbove(bid + style.smallTick() * 0.5);
    }
    Expiry expiry = e.expiry();
    OptionContract contract = contract(expiry, strike, right);
    double z = StrictMath.log(strike / e.forward()) / e.atmStdDev();
    long hash = contractHash(expiry, strike, right);
    long dayHash = Xoshiro256.mix64(hash ^ table.epochDay(s.day()));
    long minuteHash = Xoshiro256.mix64(dayHash + s.position());
    long openInterest = openInterest(style, expiry, strike, z, dayHash);
    long volume = Math.round(fullDayVolume(style, daysLeft(s, expiry), z, dayHash) * s.elapsed());
    double near = StrictMath.exp(-z * z / 32);
    long bidSize = bid > 0 ? size(style, near, minuteHash) : 0;
    long askSize = size(style, near, Xoshiro256.mix64(minuteHash));
    OptionQuote.Builder b = OptionQuote.builder()
        .contract(contract)
        .bid(bid)
        .ask(ask)
        .bidSize(bidSize)
        .askSize(askSize)
        .volume(volume)
        .openInterest(openInterest)
        .impliedVolatility(round(sigma, 1e6))
        .greeks(Greeks.of(round(g.delta(), 1e4), round(g.gamma(), 1e6), round(g.theta() / 365, 1e4),
            round(g.vega() / 100, 1e4)))
        .underlyingPrice(spot)
        .time(s.time())
        .origin(DataOrigin.ESTIMATED)
        .analyticsOrigin(DataOrigin.ESTIMATED);
    if (volume > 0) {
      b.last(Math.min(ask, Math.max(bid, style.nearestTick(price))));
    }
    return b.build();
  }

  /** Every quote of an expiry at a snapshot, columns ascending by strike. */
  ExpirySlice slice(Snapshot s, ExpiryContext e) {
    double[] strikes = strikes(s, e);
    OptionQuote[] calls = new OptionQuote[strikes.length];
    OptionQuote[] puts = new OptionQuote[strikes.length];
    MutableGreeks g = new MutableGreeks();
    for (int i = 0; i < strikes.length; i++) {
      calls[i] = quote(s, e, strikes[i], OptionRight.CALL, g);
      puts[i] = quote(s, e, strikes[i], OptionRight.PUT, g);
    }
    return new ExpirySlice(e.expiry(), strikes, calls, puts);
  }

  /**
   * The contract of a strike, cached: building one validates its root with a regular expression,
   * which would otherwise cost more than pricing it.
   */
  OptionContract contract(Expiry expiry, double strike, OptionRight right) {
    ContractKey key = new ContractKey(expiry.root(), expiry.date().toEpochDay(),
        Math.round(strike * 1000), right);
    OptionContract cached = contracts.get(key);
    if (cached != null) {
      return cached;
    }
    if (contracts.size() > MAX_CACHED_CONTRACTS) {
      contracts.clear();
    }
    OptionContract made = OptionContract.of(expiry.root(), expiry.date(), strike, right);
    OptionContract raced = contracts.putIfAbsent(key, made);
    return raced != null ? raced : made;
  }

  static double intrinsic(double spot, double strike, OptionRight right) {
    return right == OptionRight.CALL ? Math.max(spot - strike, 0) : Math.max(strike - spot, 0);
  }

  private long contractHash(Expiry expiry, double strike, OptionRight right) {
    long h = Xoshiro256.mix64(seed ^ 0x6F7074696F6E73L);
    h = Xoshiro256.mix64(h ^ expiry.root().hashCode());
    h = Xoshiro256.mix64(h + expiry.date().toEpochDay());
    h = Xoshiro256.mix64(h + Math.round(strike * 1000));
    return Xoshiro256.mix64(h + right.ordinal());
  }

  /**
   * Open interest: largest near the money, on round strikes and on monthly expiries; fixed for
   * the day.
   */
  private static long openInterest(Instrument.OptionStyle style, Expiry expiry, double strike,
      double z, long dayHash) {
    double roundness = Math.abs(strike / 100 - Math.rint(strike / 100)) < 1e-9 ? 3
        : Math.abs(strike / 25 - Math.rint(strike / 25)) < 1e-9 ? 1.5 : 1;
    double monthly = expiry.monthly() ? 2 : 1;
    double noise = 0.3 + 1.4 * Xoshiro256.unit(dayHash);
    return Math.round(style.openInterest() * StrictMath.exp(-z * z / 18) * roundness * monthly
        * noise);
  }

  /**
   * The volume an option trades in a whole day (it accumulates with the session's activity):
   * most near the money and on short expiries.
   */
  double fullDayVolume(Snapshot s, ExpiryContext e, double strike, OptionRight right) {
    double z = StrictMath.log(strike / e.forward()) / e.atmStdDev();
    long dayHash =
        Xoshiro256.mix64(contractHash(e.expiry(), strike, right) ^ table.epochDay(s.day()));
    return fullDayVolume(s.instrument().options(), daysLeft(s, e.expiry()), z, dayHash);
  }

  /** Calendar days from the snapshot's trading day to the expiry (0 on the expiry day). */
  private long daysLeft(Snapshot s, Expiry expiry) {
    return expiry.date().toEpochDay() - table.epochDay(s.day());
  }

  private static double fullDayVolume(Instrument.OptionStyle style, long days, double z,
      long dayHash) {
    double horizon = days < 1 ? 1 : days < 8 ? 0.4 : 0.15;
    double noise = 0.3 + 1.4 * Xoshiro256.unit(dayHash + 1);
    return style.volume() * horizon * StrictMath.exp(-z * z / 8) * noise;
  }

  private static long size(Instrument.OptionStyle style, double near, long hash) {
    return Math.max(1, Math.round(style.quoteSize() * near * (0.2 + 1.6 * Xoshiro256.unit(hash))));
  }

  private static double round(double value, double scale) {
    return Math.rint(value * scale) / scale;
  }

  private record ContractKey(String root, long expiryDay, long strikeThousandths,
      OptionRight right) {}
}
