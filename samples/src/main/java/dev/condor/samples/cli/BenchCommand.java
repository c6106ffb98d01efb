package dev.condor.samples.cli;

import dev.condor.api.calendar.TradingSession;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.quant.BlackScholes;
import dev.condor.api.quant.MutableGreeks;
import dev.condor.core.backtest.Backtest;
import dev.condor.core.backtest.BacktestResult;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.market.MarketSource;
import dev.condor.core.market.sim.SimulatedHistory;
import dev.condor.core.market.sim.SimulatedMarket;
import dev.condor.core.market.sim.SimulationConfig;
import dev.condor.core.store.HistoricalStore;
import dev.condor.core.store.ImportBatch;
import dev.condor.core.store.OptionRows;
import dev.condor.core.store.StoreMarketSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code condor bench}: measures backtest speed on this machine with seed S0's strategy over a
 * year, first on the simulated market, then over a year of one-minute 0DTE SPX chains in the
 * historical store (built from the simulator once, then kept), from a cold store and a warm one.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure backtest speed: S0's strategy over a simulated year, and over a year of"
        + " one-minute 0DTE SPX chains (about 23 M quotes) in the historical store, built once from the"
        + " simulated SPX and VIX1D paths.",
    footer = {"", "Examples:", "  ./condor bench", "  ./condor bench --store /tmp/bench-store --year 2025"})
final class BenchCommand implements Callable<Integer> {

  private static final String STRATEGY = "vix1d-credit-spread";
  /** SPX's 0DTE grid: 5 points apart, 59 strikes each side of the money (236 quotes a minute). */
  private static final double STRIKE_STEP = 5;
  private static final int STRIKES_EACH_SIDE = 59;

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "target/bench-store",
      description = "Where the year of chains is kept (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--year", paramLabel = "YYYY", defaultValue = "2025",
      description = "The simulated year (default: ${DEFAULT-VALUE}).")
  int year;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    SimulatedMarket sim = SimulatedMarket.shared(SimulationConfig.defaults());
    if (from.isBefore(sim.firstTradingDay()) || to.isAfter(sim.lastTradingDay())) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--year must be within the simulated days "
          + sim.firstTradingDay() + " to " + sim.lastTradingDay());
    }
    out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MiB%n%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

    run(out, "simulated market (warm-up)", sim, from, from.plusMonths(1));
    Timed simulated = run(out, "simulated market", sim, from, to);

    long quotes = ensureStore(out, sim, from, to);
    try (HistoricalStore cold = HistoricalStore.open(store)) {
      Timed first = run(out, "store, cold (days loaded as they come)", new StoreMarketSource(cold), from, to);
      Timed warm = run(out, "store, warm (days already in memory)", new StoreMarketSource(cold), from, to);
      System.gc();
      long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      out.printf(Locale.ROOT, "%nA year of one-minute 0DTE SPX chains: %,d quotes (%,d per day).%n", quotes,
          quotes / Math.max(1, warm.days));
      out.printf(Locale.ROOT, "  simulated market: %6.2f s  (chains priced on demand: %,d quotes read)%n",
          simulated.seconds, simulated.quotesRead);
      out.printf(Locale.ROOT, "  store, cold:      %6.2f s  %,6.1f M quotes/s of data (%,.1f M per core)%n",
          first.seconds, quotes / first.seconds / 1e6, quotes / first.seconds / 1e6 / cores());
      out.printf(Locale.ROOT, "  store, warm:      %6.2f s  %,6.1f M quotes/s of data (%,.1f M per core)%n",
          warm.seconds, quotes / warm.seconds / 1e6, quotes / warm.seconds / 1e6 / cores());
      out.printf(Locale.ROOT, "  year resident in the store's cache: %,d MiB; heap in use after GC: %,d MiB%n",
          cold.cachedBytes() >> 20, heap >> 20);
    }
    out.flush();
    return 0;
  }

  private record Timed(double seconds, int days, long quotesRead) {}

  private Timed run(PrintWriter out, String label, MarketSource market, LocalDate from, LocalDate to) {
    long t0 = System.nanoTime();
    BacktestResult r = Backtest.builder().market(market, label).strategy(STRATEGY, STRATEGY, Map.of())
        .from(from).to(to).build().run();
    double seconds = (System.nanoTime() - t0) / 1e9;
    long read = r.quality().observedQuotes() + r.quality().estimatedQuotes();
    out.printf(Locale.ROOT, "%-42s %4d days %4d trades  %6.2f s  net P&L %,10.2f%n", label, r.days().size(),
        r.trades().size(), seconds, r.trades().stream().mapToDouble(t -> t.trade().netPnl()).sum());
    out.flush();
    return new Timed(seconds, r.days().size(), read);
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Builds the year of chains once, as a vendor's one-minute 0DTE SPX file would hold them: at each
   * minute of the simulated SPX path, 118 strikes a side priced by Black-Scholes at the simulated
   * VIX1D with a smile, bid and ask on the tick grid around the model price; and the daily bars S0
   * reads (SPX, SPY, VIX, VIX1D).
   */
  private long ensureStore(PrintWriter out, SimulatedMarket sim, LocalDate from, LocalDate to)
      throws Exception {
    NyseCalendar calendar = NyseCalendar.instance();
    List<TradingSession> sessions = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      calendar.session(d).ifPresent(sessions::add);
    }
    try (HistoricalStore s = HistoricalStore.open(store)) {
      List<LocalDate> stored = s.days(Underlying.SPX);
      if (stored.containsAll(sessions.stream().map(TradingSession::date).toList())) {
        long quotes = 0;
        for (LocalDate d : stored) {
          quotes += s.manifest(Underlying.SPX, d).map(m -> m.rows()).orElse(0L);
        }
        return quotes;
      }
      out.printf(Locale.ROOT, "%nBuilding the bench store under %s (once; about a minute)...%n", store);
      out.flush();
      Map<String, List<Bar>> daily = new LinkedHashMap<>();
      SimulatedHistory history = new SimulatedHistory(sim);
      LocalDate barsFrom = sim.firstTradingDay().isBefore(from.minusMonths(2)) ? from.minusMonths(2)
          : sim.firstTradingDay();
      for (Underlying u : List.of(Underlying.SPX, Underlying.SPY, Underlying.VIX, Underlying.VIX1D)) {
        daily.put(u.symbol(), history.bars(u, Duration.ofDays(1), barsFrom, to).toCompletableFuture().join());
      }
      s.write(new ImportBatch(Map.of(), daily));
      long quotes = 0;
      int done = 0;
      MutableGreeks g = new MutableGreeks();
      for (TradingSession session : sessions) {
        OptionRows rows = new OptionRows();
        LocalDate day = session.date();
        Instant close = session.close().toInstant();
        for (Instant t = session.open().toInstant(); !t.isAfter(close); t = t.plusSeconds(60)) {
          double spot = sim.quote(Underlying.SPX, t).orElseThrow().price();
          double vol = sim.quote(Underlying.VIX1D, t).orElseThrow().price() / 100;
          double years = Duration.between(t, close).toSeconds() / (252.0 * 6.5 * 3600);
          double atm = Math.round(spot / STRIKE_STEP) * STRIKE_STEP;
          for (int k = -STRIKES_EACH_SIDE; k < STRIKES_EACH_SIDE; k++) {
            double strike = atm + k * STRIKE_STEP;
            double m = Math.log(strike / spot);
            double smile = Math.max(0.05, vol * (1 - 4 * m + 60 * m * m));
            for (OptionRight right : OptionRight.values()) {
              BlackScholes.greeks(right, spot, strike, years, 0, 0, smile, g);
              double price = g.price();
              double tick = price < 3 ? 0.05 : 0.10;
              double half = Math.max(0.05, 0.04 * price) / 2;
              double bid = Math.max(0, Math.floor((price - half) / tick + 1e-9) * tick);
              double ask = Math.max(tick, Math.ceil((price + half) / tick - 1e-9) * tick);
              rows.add(t, "SPXW", day, strike, right, bid, ask, Double.NaN, -1, -1, smile, g.delta(),
                  g.gamma(), g.theta() / 365, g.vega() / 100, spot, DataOrigin.ESTIMATED);
            }
          }
        }
        quotes += rows.size();
        s.write(new ImportBatch(Map.of(new ImportBatch.Partition(Underlying.SPX, day), rows), Map.of()));
        if (++done % 21 == 0) {
          out.printf(Locale.ROOT, "  %d/%d days, %,d quotes%n", done, sessions.size(), quotes);
          out.flush();
        }
      }
      return quotes;
    }
  }
}
