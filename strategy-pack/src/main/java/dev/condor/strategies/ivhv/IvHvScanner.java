package dev.condor.strategies.ivhv;

import static dev.condor.strategies.ReasonText.decimals;
import static dev.condor.strategies.ReasonText.dollars;
import static dev.condor.strategies.ReasonText.num;
import static dev.condor.strategies.ReasonText.percent;
import static dev.condor.strategies.ReasonText.price;
import static dev.condor.strategies.ReasonText.signedPercent;

import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.BuyingPower;
import dev.condor.api.quant.BlackScholes;
import dev.condor.api.quant.HistoricalVolatility;
import dev.condor.api.quant.ImpliedVolatility;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Seed S3's opportunity analysis of one ticker as a pure function: the 30-day historical
 * volatility from daily closes, the expiry nearest 30 days out, and, among the calls 5-15 % out of
 * the money that trade (volume above 10, bid above 0.10), those whose implied volatility beats the
 * historical by 3 points and whose bid beats the Black-Scholes value at the historical volatility
 * by 5 %. The one with the largest edge in dollars is sold at its bid, sized at 5 % of the
 * ticker's capital in premium. Every answer carries S3's daily printout: HV, the expiry and T, the counts
 * behind each filter, and the IV, theoretical value and edge of the call chosen or of the best
 * one that failed.
 *
 * <p>The price edge is measured at the bid, the price S3 sells at ("Uses bid price (realistic
 * execution)"): an edge that exists only at the mid is not one this strategy can collect. Among
 * the calls that pass, the largest edge in dollars wins (S3 prints "Edge: $0.45 (16.1%)", dollars
 * first): the largest edge in percent would always pick the cheapest far call, whose theoretical
 * value is next to nothing.
 */
public final class IvHvScanner {

  private static final double EPSILON = 1e-9;
  private static final double DAYS_PER_YEAR = 365.0;

  private final IvHvConfig config;

  /** A scanner for one configuration. */
  public IvHvScanner(IvHvConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * What one ticker's scan reads.
   *
   * @param now the scan's time, in exchange time
   * @param ticker the ETF
   * @param chain its chain around the target expiry
   * @param spot its price now
   * @param closes past daily closes before today, oldest first
   * @param openPositions this strategy's open short calls on the ticker
   * @param buyingPower the account's buying power, which caps the contracts
   */
  public record Market(ZonedDateTime now, Underlying ticker, OptionChain chain, double spot,
      double[] closes, int openPositions, double buyingPower) {

    /** Checks presence. */
    public Market {
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(ticker, "ticker");
      Objects.requireNonNull(chain, "chain");
      Objects.requireNonNull(closes, "closes");
    }
  }

  /** A scan's answer: an {@link Opportunity} or a {@link Skip}, each with S3's analysis. */
  public sealed interface Result permits Opportunity, Skip {

    /** The analysis: the numbers behind the trade, or the filter that left none. */
    String reason();
  }

  /** No trade on this ticker today, and why. */
  public record Skip(String reason) implements Result {}

  /**
   * One call as S3 judges it.
   *
   * @param quote the market
   * @param moneyness strike / spot (1.07 for 7 % out of the money)
   * @param impliedVol the quote's implied volatility, or solved from its mid; NaN if none
   * @param theoretical Black-Scholes at the historical volatility
   * @param liquid volume and bid above S3's minimums
   */
  public record Call(OptionQuote quote, double moneyness, double impliedVol, double theoretical,
      boolean liquid) {

    /** The bid less the theoretical value. */
    public double edge() {
      return quote.bid() - theoretical;
    }

    /** The edge as a share of the theoretical value (infinite when that is 0). */
    public double edgeFraction() {
      return theoretical > 0 ? edge() / theoretical : Double.POSITIVE_INFINITY;
    }

    String describe(double hv) {
      return num(quote.contract().strike()) + " call (" + decimals(moneyness, 3)
          + " moneyness) bid " + price(quote.bid()) + " (theo "
          + price(theoretical) + "), IV " + (Double.isNaN(impliedVol) ? "n/a"
              : percent(impliedVol, 1)) + " vs HV " + percent(hv, 1) + ", edge "
          + price(edge()) + " (" + signedPercent(edgeFraction(), 1) + "), volume "
          + quote.volume();
    }
  }

  /**
   * A trade: sell {@code quantity} of the call at its bid.
   *
   * @param call the call and its analysis
   * @param quantity contracts
   * @param reason S3's analysis and the size
   */
  public record Opportunity(Call call, int quantity, String reason) implements Result {

    /** The order: a single short call, limit at the bid. */
    public OrderTicket ticket(ClientOrderId id) {
      return OrderTicket.single(id, Leg.sell(call.quote().contract()), quantity,
          NetPrice.credit(call.quote().bid()));
    }
  }

  /**
   * The checks that need no chain (the ticker's position limit, enough history), so a caller can
   * skip before fetching it.
   */
  public Optional<Skip> precheck(ZonedDateTime now, Underlying ticker, int openPositions,
      double[] closes) {
    String head = head(now, ticker);
    if (openPositions >= config.maxPerTicker()) {
      return Optional.of(new Skip(head + ": " + openPositions + " short calls open, limit "
          + config.maxPerTicker() + " per ticker"));
    }
    if (closes.length < config.hvDays() + 1) {
      return Optional.of(new Skip(head + ": not enough history, " + closes.length
          + " daily closes, need " + (config.hvDays() + 1) + " for the " + config.hvDays()
          + "-day historical volatility"));
    }
    return Optional.empty();
  }

  /** Analyses one ticker. */
  public Result scan(Market m) {
    Optional<Skip> pre = precheck(m.now(), m.ticker(), m.openPositions(), m.closes());
    if (pre.isPresent()) {
      return pre.get();
    }
    LocalDate today = m.now().toLocalDate();
    int n = config.hvDays() + 1;
    double[] closes = Arrays.copyOfRange(m.closes(), m.closes().length - n, m.closes().length);
    double hv = HistoricalVolatility.closeToClose(closes);
    String head = head(m.now(), m.ticker()) + ": spot " + price(m.spot()) + ", HV "
        + percent(hv, 1) + " (" + config.hvDays() + " days)";

    Optional<LocalDate> expiry = expiry(m.chain(), today, m.ticker());
    if (expiry.isEmpty()) {
      return new Skip(head + "; no " + m.ticker() + " expiry in the chain");
    }
    long days = ChronoUnit.DAYS.between(today, expiry.get());
    double years = days / DAYS_PER_YEAR;
    head += "; expiry " + expiry.get() + " (" + days + " days, T="
        + decimals(years, 3) + ")";

    double low = m.spot() * (1 + config.minOtmPercent() / 100);
    double high = m.spot() * (1 + config.maxOtmPercent() / 100);
    List<Call> calls = new ArrayList<>();
    for (OptionQuote q : m.chain().quotes(expiry.get(), OptionRight.CALL)) {
      double k = q.contract().strike();
      if (!q.contract().root().equals(rootOf(m.ticker())) || k < low - EPSILON
          || k > high + EPSILON) {
        continue;
      }
      calls.add(analyse(q, m.spot(), years, hv));
    }
    String otm = num(config.minOtmPercent()) + "-" + num(config.maxOtmPercent())
        + "% OTM";
    if (calls.isEmpty()) {
      return new Skip(head + "; no calls listed " + otm + " (strikes " + price(low) + " to "
          + price(high) + ")");
    }
    int liquid = 0;
    int ivEdge = 0;
    Call best = null;
    Call bestLiquid = null;
    for (Call c : calls) {
      if (!c.liquid()) {
        continue;
      }
      liquid++;
      if (bestLiquid == null || better(c, bestLiquid)) {
        bestLiquid = c;
      }
      if (!(c.impliedVol() > hv + config.ivEdgePoints() / 100 + EPSILON)) {
        continue;
      }
      ivEdge++;
      if (c.edgeFraction() > config.priceEdgePercent() / 100 + EPSILON
          && (best == null || better(c, best))) {
        best = c;
      }
    }
    String counts = calls.size() + " calls " + otm + ", " + liquid + " liquid (volume > "
        + config.minVolume() + ", bid > " + price(config.minBid()) + "), " + ivEdge
        + " with IV > HV + " + num(config.ivEdgePoints()) + " points";
    if (best == null) {
      return new Skip(head + "; no opportunity: " + counts + ", none priced above theo + "
          + num(config.priceEdgePercent()) + "%"
          + (bestLiquid == null ? "" : "; best liquid: " + bestLiquid.describe(hv)));
    }
    String found = head + "; " + counts + "; opportunity: " + best.describe(hv);

    double perContract = best.quote().bid() * best.quote().contract().multiplier();
    double budget = config.premiumBudget();
    int byBudget = (int) Math.floor(budget / perContract + EPSILON);
    String sizing = num(config.allocationPercent()) + "% of " + dollars(
        config.allocationPerTicker()) + " = " + dollars(budget) + " of premium at "
        + dollars(perContract) + " a contract";
    if (byBudget < 1) {
      return new Skip(found + "; " + sizing + " buys no contract");
    }
    // a naked call ties up margin: never send what the account cannot carry
    OptionContract contract = best.quote().contract();
    double margin = BuyingPower.nakedShort(contract, best.quote().bid(), m.spot());
    int byMargin = margin > 0 ? (int) Math.floor(m.buyingPower() / margin + EPSILON) : byBudget;
    int quantity = Math.min(byBudget, byMargin);
    String marginFacts = "buying power " + dollars(m.buyingPower()) + " at "
        + dollars(margin) + " a naked call";
    if (quantity < 1) {
      return new Skip(found + "; " + sizing + ": " + byBudget + " contracts, but " + marginFacts
          + " carries none");
    }
    return new Opportunity(best, quantity, found + "; sell " + quantity + " x "
        + m.ticker() + " " + num(contract.strike()) + " call " + contract.expiry()
        + " at the bid " + price(best.quote().bid()) + ": " + sizing + " gives " + byBudget
        + (byMargin < byBudget ? ", " + marginFacts + " carries " + byMargin : ""));
  }

  private Call analyse(OptionQuote q, double spot, double years, double hv) {
    double k = q.contract().strike();
    double iv = q.impliedVolatility().isPresent() ? q.impliedVolatility().getAsDouble()
        : q.mid() > 0 && years > 0
            ? ImpliedVolatility.solve(OptionRight.CALL, spot, k, years, config.riskFreeRate(),
                config.dividendYield(), q.mid())
            : Double.NaN;
    double theo = BlackScholes.price(OptionRight.CALL, spot, k, years, config.riskFreeRate(),
        config.dividendYield(), hv);
    boolean liquid = q.volume() > config.minVolume() && q.bid() > config.minBid() + EPSILON;
    return new Call(q, k / spot, iv, theo, liquid);
  }

  /**
   * A larger edge in dollars wins; on a tie the call further out of the money, the safer one to
   * sell.
   */
  private static boolean better(Call c, Call other) {
    double a = c.edge();
    double b = other.edge();
    if (a > b + EPSILON) {
      return true;
    }
    return Math.abs(a - b) <= EPSILON
        && c.quote().contract().strike() > other.quote().contract().strike();
  }

  /** The listed expiry whose calendar days are nearest the target; ties go to the earlier one. */
  private Optional<LocalDate> expiry(OptionChain chain, LocalDate today, Underlying ticker) {
    LocalDate best = null;
    long bestGap = Long.MAX_VALUE;
    for (LocalDate e : chain.expiries()) {
      long days = ChronoUnit.DAYS.between(today, e);
      if (days <= 0 || chain.quotes(e, OptionRight.CALL).isEmpty()) {
        continue;
      }
      long gap = Math.abs(days - config.targetDays());
      if (gap < bestGap) {
        best = e;
        bestGap = gap;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String rootOf(Underlying ticker) {
    return ticker.pmRoot().orElse(ticker.symbol());
  }

  private static String head(ZonedDateTime now, Underlying ticker) {
    return ticker + " " + now.toLocalDate() + " "
        + now.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
  }
}
