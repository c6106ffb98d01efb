package dev.condor.strategies.percentile;

import static dev.condor.strategies.ReasonText.dollars;
import static dev.condor.strategies.ReasonText.num;
import static dev.condor.strategies.ReasonText.percent;
import static dev.condor.strategies.ReasonText.price;

import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.TickSize;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.instrument.UnderlyingKind;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.quant.MovePercentile;
import dev.condor.api.quant.MovingAverages;
import dev.condor.api.quant.Sizing;
import dev.condor.api.quant.VixRegime;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Seed S1's entry scan as a pure function of what the market shows: from the past daily closes it
 * takes the chosen percentile of the moves over the DTE horizon, measured from the previous close
 * as S1 does, places each short strike at that distance, adds a wing of the configured width,
 * and prices the spread (or the iron condor) at its mid less S1's concession ("give up
 * $0.05-0.10" to be filled); then it checks S1's credit, return and size rules. The answer is a {@link Candidate} with every number behind it, or a
 * {@link Skip} saying which rule failed and by how much.
 *
 * <p>Only PM-settled contracts (the underlying's PM root, NDXP or SPXW) are considered: on a third
 * Friday the chain also holds the AM monthly, which stops trading the day before and settles on
 * the open, so the expiry-day exit at 15:30 could never act on it.
 */
public final class PercentileSpreadScanner {

  private static final double EPSILON = 1e-9;

  private final PercentileSpreadConfig config;

  /** A scanner for one configuration. */
  public PercentileSpreadScanner(PercentileSpreadConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * What one scan reads.
   *
   * @param now the poll's time, in exchange time
   * @param chain the underlying's chain, covering the expiry {@code dte} trading days ahead
   * @param spot the underlying's price now
   * @param closes past daily closes before today, oldest first (the last is the previous close)
   * @param vix the VIX level, if quoted (sizes up below 15, as S1's calm band does)
   * @param capital the account's net liquidation value, which S1 sizes from
   * @param entriesToday entries this strategy made today
   * @param calendar the exchange calendar, to count trading days to expiry
   */
  public record Market(ZonedDateTime now, OptionChain chain, double spot, double[] closes,
      OptionalDouble vix, double capital, int entriesToday, TradingCalendar calendar) {

    /** Checks presence. */
    public Market {
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(chain, "chain");
      Objects.requireNonNull(closes, "closes");
      Objects.requireNonNull(vix, "vix");
      Objects.requireNonNull(calendar, "calendar");
    }
  }

  /** A scan's answer: a {@link Candidate} or a {@link Skip}, each with its reason. */
  public sealed interface Result permits Candidate, Skip {

    /** Why: the numbers behind the entry, or the rule that failed. */
    String reason();
  }

  /** No entry now, and why. */
  public record Skip(String reason) implements Result {}

  /**
   * One vertical of a candidate.
   *
   * @param right puts below spot or calls above it
   * @param move the percentile move, as a decimal of the previous close
   * @param target the strike the move points at: previous close x (1 - move) for puts, x (1 +
   *     move) for calls
   * @param shortLeg the sold option, the listed strike nearest the target on the far side of it
   * @param longLeg the bought wing
   */
  public record Spread(OptionRight right, double move, double target, OptionQuote shortLeg,
      OptionQuote longLeg) {

    /** The natural credit: the short's bid less the long's ask. */
    public double naturalCredit() {
      return shortLeg.bid() - longLeg.ask();
    }

    /** The credit at the legs' mids. */
    public double midCredit() {
      return shortLeg.mid() - longLeg.mid();
    }

    /** The distance between the strikes, in points. */
    public double width() {
      return Math.abs(shortLeg.contract().strike() - longLeg.contract().strike());
    }

    String describe() {
      String kind = right == OptionRight.PUT ? "put" : "call";
      double delta = shortLeg.deltaOrNaN();
      return "sell " + num(shortLeg.contract().strike()) + " " + kind + " "
          + price(shortLeg.bid()) + "x" + price(shortLeg.ask())
          + (Double.isNaN(delta) ? "" : " (delta " + price(delta) + ")") + " / buy "
          + num(longLeg.contract().strike()) + " " + kind + " " + price(longLeg.bid())
          + "x" + price(longLeg.ask()) + ": mid " + price(midCredit());
    }
  }

  /**
   * An entry: one spread (with or against the flow) or both (neutral, an iron condor), the
   * credit limit, the size, and the reason with every number.
   *
   * @param expiry the expiry date
   * @param put the put spread, if sold
   * @param call the call spread, if sold
   * @param credit the net credit limit per unit: the mid less S1's concession, rounded down to the
   *     tick, never below the natural credit
   * @param width the wider wing, which bounds the loss since only one side can lose
   * @param quantity the units, by S1's risk-based size
   * @param reason the numbers behind it
   */
  public record Candidate(LocalDate expiry, Optional<Spread> put, Optional<Spread> call,
      double credit, double width, int quantity, String reason) implements Result {

    /** The order: a short iron condor when both sides are sold, else a credit vertical. */
    public OrderTicket ticket(ClientOrderId id) {
      if (put.isPresent() && call.isPresent()) {
        return OrderTicket.shortIronCondor(id, put.get().longLeg().contract(),
            put.get().shortLeg().contract(), call.get().shortLeg().contract(),
            call.get().longLeg().contract(), quantity, credit);
      }
      Spread s = put.isPresent() ? put.get() : call.orElseThrow();
      return OrderTicket.creditVertical(id, s.shortLeg().contract(), s.longLeg().contract(),
          quantity, credit);
    }

    /** The most one unit can lose, in points: the wider wing less the credit. */
    public double maxLossPoints() {
      return width - credit;
    }
  }

  /**
   * The checks that need neither chain nor quotes (the day's entry limit, enough history), so a
   * caller can skip before fetching the chain.
   */
  public Optional<Skip> precheck(LocalDate today, double[] closes, int entriesToday) {
    if (entriesToday >= config.maxEntriesPerDay()) {
      return Optional.of(new Skip("already entered " + entriesToday + " today (limit "
          + config.maxEntriesPerDay() + " a day) on " + today));
    }
    if (closes.length < config.lookbackDays()) {
      return Optional.of(new Skip("not enough history on " + today + ": " + closes.length
          + " daily closes of " + config.underlying() + ", need " + config.lookbackDays()
          + " for the p" + num(config.percentile()) + " " + config.horizonDays()
          + "-day move"));
    }
    return Optional.empty();
  }

  /** Scans for an entry. */
  public Result scan(Market m) {
    LocalDate today = m.now().toLocalDate();
    Optional<Skip> pre = precheck(today, m.closes(), m.entriesToday());
    if (pre.isPresent()) {
      return pre.get();
    }
    Underlying u = config.underlying();
    String head = config.label() + " " + u + " " + today + " "
        + m.now().toLocalTime().truncatedTo(ChronoUnit.MINUTES) + ": spot " + price(m.spot());
    double[] closes = Arrays.copyOfRange(m.closes(), m.closes().length - config.lookbackDays(),
        m.closes().length);
    double previous = closes[closes.length - 1];
    head += ", prev close " + price(previous);

    // which sides: both, or one chosen by the momentum of spot against its moving average
    boolean sellPuts = true;
    boolean sellCalls = true;
    String flow = "neutral: both sides";
    if (config.flowMode() != FlowMode.NEUTRAL) {
      int n = config.momentumDays();
      double sma = MovingAverages.simple(closes, closes.length - n, n);
      double momentum = m.spot() / sma - 1;
      String signal = "spot vs " + n + "-day SMA " + price(sma) + " ("
          + (momentum >= 0 ? "+" : "") + percent(momentum, 2) + ")";
      if (Math.abs(momentum) < EPSILON) {
        return new Skip(head + "; no flow for " + config.flowMode() + ": " + signal);
      }
      boolean bullish = momentum > 0;
      sellPuts = (config.flowMode() == FlowMode.WITH_FLOW) == bullish;
      sellCalls = !sellPuts;
      flow = signal + " " + (bullish ? "bullish" : "bearish") + ", " + config.flowMode() + ": "
          + (sellPuts ? "put" : "call") + " spread";
    }
    head += "; " + flow;

    String root = u.pmRoot().orElseThrow();
    Optional<LocalDate> expiry = expiry(m, root);
    if (expiry.isEmpty()) {
      String listed = m.chain().expiries().stream().map(LocalDate::toString)
          .collect(Collectors.joining(", "));
      return new Skip(head + "; no " + root + " expiry " + config.dte() + " trading day"
          + (config.dte() == 1 ? "" : "s") + " after " + today + " in the chain (expiries "
          + listed + ")");
    }
    head += "; expiry " + expiry.get() + " (" + config.dte() + " DTE)";

    String pct = "p" + num(config.percentile()) + " " + config.horizonDays() + "-day ";
    Spread put = null;
    Spread call = null;
    List<String> legs = new ArrayList<>();
    if (sellPuts) {
      double move = Math.max(0, MovePercentile.downMove(closes, config.horizonDays(),
          config.percentile()));
      double target = previous * (1 - move);
      String facts = pct + "down move " + percent(move, 2) + " -> put target "
          + price(target);
      Pick pick = spread(m, expiry.get(), root, OptionRight.PUT, move, target);
      if (pick.spread() == null) {
        return new Skip(head + "; " + facts + ": " + pick.problem());
      }
      put = pick.spread();
      legs.add(facts + ": " + put.describe());
    }
    if (sellCalls) {
      double move = Math.max(0, MovePercentile.upMove(closes, config.horizonDays(),
          config.percentile()));
      double target = previous * (1 + move);
      String facts = pct + "up move " + percent(move, 2) + " -> call target "
          + price(target);
      Pick pick = spread(m, expiry.get(), root, OptionRight.CALL, move, target);
      if (pick.spread() == null) {
        return new Skip(head + "; " + facts + ": " + pick.problem());
      }
      call = pick.spread();
      legs.add(facts + ": " + call.describe());
    }
    head += "; " + String.join("; ", legs);

    double natural = (put == null ? 0 : put.naturalCredit())
        + (call == null ? 0 : call.naturalCredit());
    double mid = (put == null ? 0 : put.midCredit()) + (call == null ? 0 : call.midCredit());
    double width = Math.max(put == null ? 0 : put.width(), call == null ? 0 : call.width());
    // S1 prices at the mid and gives up a little to be filled; never ask less than natural
    double credit = roundDownToTick(Math.max(natural, mid - config.priceConcession()));
    String priced = "credit " + price(credit) + " (mid " + price(mid) + " less "
        + price(config.priceConcession()) + ", natural " + price(natural) + "), width "
        + num(width);
    if (credit < config.minCredit() - EPSILON) {
      return new Skip(head + "; " + priced + ": credit below the minimum "
          + price(config.minCredit()));
    }
    if (credit >= width - EPSILON) {
      return new Skip(head + "; " + priced + ": a credit as large as the width is no real"
          + " market");
    }
    double roi = credit / (width - credit);
    priced += ", ROI " + percent(roi, 2);
    if (roi * 100 < config.minRoiPercent() - EPSILON) {
      return new Skip(head + "; " + priced + " below the minimum "
          + num(config.minRoiPercent()) + "%");
    }

    // S1's risk-based size, with its calm-market size-up; cuts above VIX 20 are the vix-regime
    // policy's, which can only resize down
    double maxLoss = (width - credit) * u.multiplier();
    double boost = m.vix().isPresent()
        ? Math.max(1, VixRegime.S1_DEFAULT.sizeMultiplier(m.vix().getAsDouble()))
        : 1;
    String vix = m.vix().isPresent() ? "VIX " + price(m.vix().getAsDouble()) : "no VIX";
    double budget = config.riskPercent() / 100 * m.capital() * boost;
    String sizing = num(config.riskPercent()) + "% of " + dollars(m.capital()) + " x"
        + num(boost) + " (" + vix + ") = " + dollars(budget);
    int quantity = m.capital() > 0
        ? Sizing.riskBasedContracts(m.capital() * boost, config.riskPercent() / 100, maxLoss)
        : 0;
    if (quantity < 1) {
      return new Skip(head + "; " + priced + "; " + sizing + " < max loss "
          + dollars(maxLoss) + " of one unit");
    }
    String reason = head + "; " + priced + "; " + quantity + " x max loss " + dollars(maxLoss)
        + " within " + sizing;
    return new Candidate(expiry.get(), Optional.ofNullable(put), Optional.ofNullable(call),
        credit, width, quantity, reason);
  }

  /** The first expiry exactly {@code dte} trading days ahead with contracts of the PM root. */
  private Optional<LocalDate> expiry(Market m, String root) {
    LocalDate today = m.now().toLocalDate();
    for (LocalDate e : m.chain().expiries()) {
      if (m.calendar().tradingDaysBetween(today, e) == config.dte()
          && (!ofRoot(m.chain().quotes(e, OptionRight.PUT), root).isEmpty()
              || !ofRoot(m.chain().quotes(e, OptionRight.CALL), root).isEmpty())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** A spread found at a target, or the problem that left none. */
  private record Pick(Spread spread, String problem) {

    static Pick none(String problem) {
      return new Pick(null, problem);
    }
  }

  /** The spread at a target, or why there is none. */
  private Pick spread(Market m, LocalDate expiry, String root, OptionRight right, double move,
      double target) {
    boolean puts = right == OptionRight.PUT;
    String kind = puts ? "put" : "call";
    if (puts ? target >= m.spot() : target <= m.spot()) {
      return Pick.none("spot " + price(m.spot()) + " is already "
          + (puts ? "at or below" : "at or above") + " the target, the short " + kind
          + " would be in the money");
    }
    List<OptionQuote> quotes = ofRoot(m.chain().quotes(expiry, right), root);
    OptionQuote shortLeg = null;
    for (OptionQuote q : quotes) {
      double k = q.contract().strike();
      boolean beyond = puts ? k <= target + EPSILON : k >= target - EPSILON;
      boolean nearer = shortLeg == null
          || (puts ? k > shortLeg.contract().strike() : k < shortLeg.contract().strike());
      if (beyond && nearer) {
        shortLeg = q;
      }
    }
    if (shortLeg == null) {
      return Pick.none("no " + root + " " + kind + " listed "
          + (puts ? "at or below" : "at or above") + " the target");
    }
    double shortStrike = shortLeg.contract().strike();
    double wingTarget = puts ? shortStrike - config.width() : shortStrike + config.width();
    OptionQuote longLeg = null;
    for (OptionQuote q : quotes) {
      double k = q.contract().strike();
      if (puts ? k >= shortStrike : k <= shortStrike) {
        continue;
      }
      if (longLeg == null) {
        longLeg = q;
        continue;
      }
      double gap = Math.abs(k - wingTarget);
      double best = Math.abs(longLeg.contract().strike() - wingTarget);
      // ties go further out, so the wing is never narrower than asked
      boolean further = puts ? k < longLeg.contract().strike() : k > longLeg.contract().strike();
      if (gap < best - EPSILON || (Math.abs(gap - best) <= EPSILON && further)) {
        longLeg = q;
      }
    }
    if (longLeg == null) {
      return Pick.none("short " + num(shortStrike) + " " + kind
          + " has no wing listed beyond it");
    }
    if (!(shortLeg.bid() > 0)) {
      return Pick.none("short " + num(shortStrike) + " " + kind + " has no bid");
    }
    if (!(longLeg.ask() > 0)) {
      return Pick.none("long " + num(longLeg.contract().strike()) + " " + kind
          + " has no offer");
    }
    return new Pick(new Spread(right, move, target, shortLeg, longLeg), null);
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

  /**
   * The credit limit on the exchange's grid, rounded down so it never asks more than the price
   * worked out: index options on their {@link TickSize} (0.05 below 3.00, 0.10 from 3.00), ETF
   * and equity options 0.01.
   */
  double roundDownToTick(double credit) {
    if (credit <= 0) {
      return 0;
    }
    // ETFs and stocks stay on pennies (TickSize puts only SPY, QQQ and IWM there), and the floor
    // keeps its own slack of 1e-6 of a tick (TickSize.floor allows 1e-9)
    double tick = config.underlying().kind() != UnderlyingKind.INDEX ? 0.01
        : TickSize.of(config.underlying()).tick(credit);
    // 1e-6 of a tick absorbs the binary noise of summed mids (1.2499999999 is 1.25)
    double ticks = Math.floor(credit / tick + 1e-6);
    return Math.round(ticks * tick * 100) / 100.0;
  }
}
