package dev.condor.api.strategy;

import dev.condor.api.Stable;
import dev.condor.api.calendar.TradingCalendar;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.Quote;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.portfolio.Account;
import dev.condor.api.portfolio.Position;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Everything a strategy may read while it decides, and the only place it reads time and data from:
 * the engine fills it from the live feed or from history, so the same code makes the same
 * decisions in a backtest and a live run. The data is what the strategy's {@link DataNeeds} asked
 * for, fetched before the call.
 */
@Stable(since = "0.1")
public interface StrategyContext {

  /** The strategy instance's name, e.g. {@code iron-condor-0dte}. */
  String strategyName();

  /** Now, in exchange time: simulated in a backtest, the clock in a live run. */
  ZonedDateTime now();

  /** The exchange calendar. */
  TradingCalendar calendar();

  /** The latest quote of the traded underlying or of a symbol in {@link DataNeeds#quotes()}. */
  Optional<Quote> quote(Underlying underlying);

  /**
   * The chain of the traded underlying, or of one in {@link DataNeeds#otherChains()}, over the
   * needed expiries, if one could be had; empty for any other underlying.
   */
  Optional<OptionChain> chain(Underlying underlying);

  /**
   * The last {@code count} daily closes before today, oldest first (fewer if history is short),
   * of a symbol in {@link DataNeeds#dailyHistory()}.
   */
  double[] dailyCloses(Underlying underlying, int count);

  /** This strategy's open positions. */
  List<Position> positions();

  /**
   * How many entries this strategy made today: opening orders placed today that filled, in part or
   * whole, or are still working. Read from the journal, so a restart remembers them ("one entry a
   * day" must not become two after a crash).
   */
  int entriesToday();

  /** The account's balances as last reported. */
  Account account();

  /**
   * A fresh, deterministic client order id for a new ticket: the same in a backtest and a replay
   * of it, unique within the journal.
   */
  ClientOrderId newOrderId();

  /** Records a decision in the journal (a DECISION event), e.g. why no trade today. */
  void note(String decision);
}
