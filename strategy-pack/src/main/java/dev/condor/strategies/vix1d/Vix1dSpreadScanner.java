package dev.condor.strategies.vix1d;

import static dev.condor.strategies.ReasonText.decimals;
import static dev.condor.strategies.ReasonText.mid;
import static dev.condor.strategies.ReasonText.num;
import static dev.condor.strategies.ReasonText.price;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.TickSize;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.quant.ExpectedMove;
import dev.condor.api.quant.MovingAverages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * S0's entry scanner as a pure function: from the day's closes, VIX1D and the 0DTE chain to the
 * spread to sell, with the numbers behind it, or the reason there is none. It reads no clock and
 * no context, so a test can feed it a hand-built chain.
 */
public final class Vix1dSpreadScanner {

  /** Strikes within this of the boundary count as on it (strikes are multiples of 0.001). */
  private static final double STRIKE_EPSILON = 1e-6;

  /** SPX's tick, which the limit credit is rounded down to. */
  static final TickSize TICK = TickSize.of(Underlying.SPX);

  private Vix1dSpreadScanner() {}

  /**
   * S0's direction: the last daily close against the simple average of the last {@code length}
   * closes (that close included).
   *
   * @param lastClose the most recent close before today
   * @param average the {@code length}-day simple average ending with that close
   * @param length the number of closes averaged
   */
  public record Trend(double lastClose, double average, int length) {

    /** Whether the close is above its average: S0 then sells puts, below the market. */
    public boolean up() {
      return lastClose > average;
    }

    /** The side S0 sells: puts in an up-trend, calls otherwise (a close on its average too). */
    public OptionRight sideToSell() {
      return up() ? OptionRight.PUT : OptionRight.CALL;
    }

    /** E.g. {@code SPY close 480.12 > 20-day average 478.55: sell a put spread}. */
    public String describe(String symbol) {
      return symbol + " close " + price(lastClose) + (up() ? " > " : " <= ") + length
          + "-day average " + price(average) + ": sell a "
          + (up() ? "put" : "call") + " spread";
    }
  }

  /**
   * The trend from daily closes (oldest first), or empty when there are fewer than {@code length}
   * of them: with a short history the average is not the one S0 means.
   */
  public static Optional<Trend> trend(double[] closes, int length) {
    if (closes.length < length) {
      return Optional.empty();
    }
    int from = closes.length - length;
    double average = MovingAverages.simple(closes, from, length);
    return Optional.of(new Trend(closes[closes.length - 1], average, length));
  }

  /**
   * The spread S0 would sell, with every number that chose it.
   *
   * @param shortLeg the quote of the strike sold
   * @param longLeg the quote of the strike bought, {@code width} points further from spot
   * @param spot the chain's spot
   * @param volIndex the VIX1D level used
   * @param expectedMove the full one-day expected move, in points
   * @param distance the share of it the short strike sits from spot, in points
   * @param boundary {@code spot - distance} for puts, {@code spot + distance} for calls
   * @param midCredit the short mid less the long mid
   * @param limit the limit credit: {@code midCredit - limitOffset}, rounded down to the tick
   * @param passedOver the nearer qualifying strikes that failed the premium rule, and why
   */
  public record Candidate(OptionQuote shortLeg, OptionQuote longLeg, double spot, double volIndex,
      double expectedMove, double distance, double boundary, double midCredit, double limit,
      List<String> passedOver) {

    /** Checks presence and copies the list. */
    public Candidate {
      Objects.requireNonNull(shortLeg, "shortLeg");
      Objects.requireNonNull(longLeg, "longLeg");
      passedOver = List.copyOf(passedOver);
    }

    /** The side sold. */
    public OptionRight right() {
      return shortLeg.contract().right();
    }

    /** Points between the strikes. */
    public double width() {
      return Math.abs(shortLeg.contract().strike() - longLeg.contract().strike());
    }

    /** The most one spread can lose at expiry if filled at the limit, in points. */
    public double maxLossPoints() {
      return width() - limit;
    }

    /** The reason the journal keeps for the entry, with every number. */
    public String describe(Trend trend, String trendSymbol, double limitOffset) {
      String side = right() == OptionRight.PUT ? "put" : "call";
      String shortStrike = num(shortLeg.contract().strike());
      String longStrike = num(longLeg.contract().strike());
      StringBuilder s = new StringBuilder();
      s.append(trend.describe(trendSymbol)).append("; SPX ").append(price(spot))
          .append(", VIX1D ").append(price(volIndex)).append(": expected move ")
          .append(price(expectedMove)).append(", distance ").append(price(distance))
          .append(" -> ").append(side).append(" strikes ")
          .append(right() == OptionRight.PUT ? "at or below " : "at or above ")
          .append(price(boundary)).append("; sell ").append(shortLeg.contract().root()).append(' ')
          .append(shortStrike).append(' ').append(side).append(" (bid ")
          .append(price(shortLeg.bid())).append("/ask ").append(price(shortLeg.ask()))
          .append(deltaText(shortLeg)).append("), buy ").append(longStrike).append(' ').append(side)
          .append(" (bid ").append(price(longLeg.bid())).append("/ask ")
          .append(price(longLeg.ask())).append(")");
      if (!passedOver.isEmpty()) {
        s.append(", passing over ").append(summary(passedOver));
      }
      s.append(": mid credit ").append(mid(midCredit)).append(", limit ")
          .append(mid(midCredit)).append(" - ").append(price(limitOffset))
          .append(" rounded down to the tick = ").append(price(limit)).append(" credit, width ")
          .append(num(width())).append(", max loss ").append(price(maxLossPoints()))
          .append(" points a spread");
      return s.toString();
    }

    private static String deltaText(OptionQuote q) {
      double delta = q.deltaOrNaN();
      return Double.isNaN(delta) ? ""
          : ", delta " + decimals(delta, 3);
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
   * Picks the spread: the side from {@code trend}, the boundary half a VIX1D expected move from
   * the chain's spot, then the nearest PM-root strike at or beyond it that meets the premium rule.
   *
   * @param chain the underlying's chain, holding {@code expiry}
   * @param expiry today's expiry
   * @param root the option root to trade (SPXW: on third Fridays the chain also lists the AM root)
   * @param volIndex the VIX1D level
   * @param trend the day's direction
   * @param config the parameters
   */
  public static Scan scan(OptionChain chain, LocalDate expiry, String root, double volIndex,
      Trend trend, Vix1dSpreadConfig config) {
    if (!(volIndex > 0) || !Double.isFinite(volIndex)) {
      return Scan.skip("VIX1D level " + volIndex + " is not a usable volatility");
    }
    double spot = chain.spot();
    double expectedMove = ExpectedMove.fromVolIndex(spot, volIndex, 1);
    double distance = expectedMove * config.expectedMoveFraction();
    OptionRight right = trend.sideToSell();
    boolean puts = right == OptionRight.PUT;
    double boundary = puts ? spot - distance : spot + distance;
    String side = puts ? "put" : "call";
    String where = side + " strikes " + (puts ? "at or below " : "at or above ") + price(boundary)
        + " (SPX " + price(spot) + ", VIX1D " + price(volIndex) + ", expected move "
        + price(expectedMove) + ", distance " + price(distance) + ")";

    List<OptionQuote> quotes = new ArrayList<>();
    for (OptionQuote q : chain.quotes(expiry, right)) {
      if (q.contract().root().equals(root)) {
        quotes.add(q);
      }
    }
    List<OptionQuote> beyond = new ArrayList<>();
    if (puts) {
      for (int i = quotes.size() - 1; i >= 0; i--) {
        if (quotes.get(i).contract().strike() <= boundary + STRIKE_EPSILON) {
          beyond.add(quotes.get(i));
        }
      }
    } else {
      for (OptionQuote q : quotes) {
        if (q.contract().strike() >= boundary - STRIKE_EPSILON) {
          beyond.add(q);
        }
      }
    }
    if (beyond.isEmpty()) {
      return Scan.skip("no " + root + " " + where + " listed for " + expiry);
    }

    List<String> passedOver = new ArrayList<>();
    for (OptionQuote shortLeg : beyond) {
      double shortStrike = shortLeg.contract().strike();
      String label = num(shortStrike);
      if (!(shortLeg.bid() > 0)) {
        passedOver.add(label + ": no bid to sell");
        continue;
      }
      double longStrike = puts ? shortStrike - config.width() : shortStrike + config.width();
      Optional<OptionQuote> longLeg = find(quotes, longStrike);
      if (longLeg.isEmpty()) {
        passedOver.add(label + ": no " + num(longStrike) + " " + side + " listed for the "
            + num(config.width()) + "-point wing");
        continue;
      }
      if (!(longLeg.get().ask() > 0)) {
        passedOver.add(label + ": no offer on the " + num(longStrike) + " " + side);
        continue;
      }
      double midCredit = round4(shortLeg.mid() - longLeg.get().mid());
      double offered = midCredit - config.limitOffset();
      // a price at or below zero has no tick: it stays as it is and fails the minimum credit
      double limit = offered <= 0 ? offered : TICK.floor(offered);
      if (limit < config.minCredit() - 1e-9) {
        passedOver.add(label + ": mid credit " + mid(midCredit) + " gives limit "
            + price(limit) + " < minimum " + price(config.minCredit()));
        continue;
      }
      return new Scan(Optional.of(new Candidate(shortLeg, longLeg.get(), spot, volIndex,
          expectedMove, distance, boundary, midCredit, limit, passedOver)),
          "a spread meets the premium rule");
    }
    return Scan.skip("no " + root + " " + where + " meets the premium rule (short bid > 0, "
        + num(config.width()) + "-point wing offered, limit >= " + price(config.minCredit())
        + "): " + summary(passedOver));
  }

  private static Optional<OptionQuote> find(List<OptionQuote> quotes, double strike) {
    for (OptionQuote q : quotes) {
      if (Math.abs(q.contract().strike() - strike) < 0.0005) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /** The first few rejections and a count: enough to explain, short enough to read. */
  private static String summary(List<String> rejections) {
    int shown = Math.min(3, rejections.size());
    String head = String.join("; ", rejections.subList(0, shown));
    return rejections.size() > shown
        ? head + "; and " + (rejections.size() - shown) + " further strikes" : head;
  }

  private static double round4(double value) {
    // mids are half-cents: keep 0.625 from printing as 0.6250000000000002
    return Math.round(value * 10_000) / 10_000.0;
  }
}
