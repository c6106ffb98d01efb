package dev.condor.samples.cli;

import dev.condor.api.data.HistoricalData;
import dev.condor.api.data.HistoricalDataProvider;
import dev.condor.api.plugin.Settings;
import dev.condor.core.backtest.Backtest;
import dev.condor.core.backtest.BacktestResult;
import dev.condor.core.backtest.report.BacktestReport;
import dev.condor.core.backtest.report.MetricsTable;
import dev.condor.core.broker.paper.PaperBrokerConfig;
import dev.condor.core.broker.paper.PaperBrokerProvider;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.config.SecretStore;
import dev.condor.core.market.HistoricalDataMarket;
import dev.condor.core.market.sim.SimulatedMarket;
import dev.condor.core.market.sim.SimulationConfig;
import dev.condor.core.plugin.PluginRegistry;
import dev.condor.core.store.HistoricalStore;
import dev.condor.core.store.StoreMarketSource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code condor backtest}: runs strategies over past (or simulated) days with the live engine's
 * code, prints the metrics and writes the trade list, the daily log, a JSON summary, an HTML
 * report with charts and the run's journal.
 */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = "Backtest strategies over the simulated market (default), the historical store or a"
        + " data plugin; prints the metrics and writes trades.csv, daily_performance.csv,"
        + " summary.json and report.html.",
    footer = {"", "Examples:",
        "  ./condor backtest                                              # S0's strategy, a simulated recent year",
        "  ./condor backtest --strategy iron-condor-0dte --from 2025-01-02 --to 2025-06-30",
        "  ./condor backtest --strategy percentile-credit-spread --set strategies.percentile-credit-spread.settings.dte=1",
        "  ./condor backtest --source store --store data/store --strategy vix1d-credit-spread",
        "  ./condor backtest --output results/my-run --capital 250000"})
final class BacktestCommand implements Callable<Integer> {

  static final String DEFAULT_STRATEGY = "vix1d-credit-spread";
  private static final String JOURNAL = "journal";

  @CommandLine.Mixin StrategyOptions strategyOptions;

  @Option(names = "--from", paramLabel = "DATE", description = "First day (default: a year before --to).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE",
      description = "Last day (default: the last trading day before today; with a store, its last day).")
  LocalDate to;

  @Option(names = "--source", paramLabel = "ID", defaultValue = "simulated",
      description = "simulated (default), store, or a historical data plugin's id (see ./condor list).")
  String source;

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store",
      description = "With --source store: the historical store's directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--seed", paramLabel = "N", description = "With the simulated market: its seed.")
  Long seed;

  @Option(names = "--capital", paramLabel = "USD", description = "Starting capital (default: 100000).")
  Double capital;

  @Option(names = "--benchmark", paramLabel = "SYMBOL",
      description = "Buy-and-hold benchmarks (repeatable; default: the underlying, SPY and QQQ).")
  List<String> benchmarks = new ArrayList<>();


  @Option(names = "--output", paramLabel = "DIR",
      description = "Where the results go (default: a new dated folder under results/).")
  Path output;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (from != null && to != null && from.isAfter(to)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--from " + from + " is after --to " + to);
    }
    if (capital != null && !(capital > 0)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--capital must be positive, not " + capital);
    }
    PrintWriter out = spec.commandLine().getOut();
    Settings settings = settings();
    PluginRegistry plugins = PluginRegistry.discover();
    Backtest.Builder builder = Backtest.builder().registry(plugins);
    Settings strategySection = settings.section("strategies");
    for (String name : strategySection.keys()) {
      Settings one = strategySection.section(name);
      one.requireOnly(java.util.Set.of("strategy", "settings"));
      builder.strategy(name, one.string("strategy", name), one.section("settings").asMap());
    }
    Settings risk = settings.section("risk");
    for (String id : risk.keys()) {
      builder.riskPolicy(id, risk.section(id).asMap());
    }
    PaperBrokerConfig paper = PluginRegistry.configure(new PaperBrokerProvider(),
        settings.section("broker").section("settings"));
    builder.paperBroker(paper);
    if (!benchmarks.isEmpty()) {
      builder.benchmarks(benchmarks);
    }
    LocalDate last = to;
    HistoricalStore opened = null;
    try {
      switch (source) {
        case "simulated" -> {
          SimulationConfig sim = SimulationConfig.fromSettings(settings.section("market").section("settings"));
          SimulatedMarket market = SimulatedMarket.shared(sim);
          builder.market(market, "simulated market (seed " + sim.seed() + ")");
          if (last == null) {
            last = lastTradingDayBefore(LocalDate.now(NyseCalendar.ZONE));
            if (last.isAfter(market.lastTradingDay())) {
              last = market.lastTradingDay();
            }
          }
        }
        case "store" -> {
          if (!Files.isDirectory(store)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no historical store at " + store
                + ": import data first (./condor import FILE --store " + store + ") or give --store DIR");
          }
          opened = HistoricalStore.open(store);
          builder.market(new StoreMarketSource(opened), "historical store " + store);
          if (last == null) {
            last = lastStoredDay(opened);
          }
        }
        default -> {
          HistoricalDataProvider<?> provider = plugins.find(HistoricalDataProvider.class, source);
          HistoricalData data = (HistoricalData) PluginRegistry.create(provider,
              settings.section("market").section("settings"),
              SecretStore.of(System.getenv(), null).forProvider(provider.id(), provider.secrets()));
          builder.market(new HistoricalDataMarket(data, source, NyseCalendar.ZONE),
              "historical data plugin " + source);
          if (last == null) {
            last = lastTradingDayBefore(LocalDate.now(NyseCalendar.ZONE));
          }
        }
      }
      builder.to(last).from(from != null ? from : last.minusYears(1).plusDays(1));
      Path dir = output != null ? output : Path.of("results",
          LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss")) + "-"
              + String.join("+", strategySection.keys()));
      if (Files.isDirectory(dir.resolve(JOURNAL))) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--output " + dir
            + " already holds a backtest: give another directory, or remove it first");
      }
      Backtest backtest = builder.journal(dir.resolve(JOURNAL)).build();
      List<LocalDate> days = backtest.days();
      out.printf("Backtesting %s over %s, %s to %s (%d trading days)%n",
          String.join(", ", strategySection.keys()), source, days.get(0), days.get(days.size() - 1),
          days.size());
      out.flush();
      ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), quiet);
      long started = System.nanoTime();
      BacktestResult result = backtest.run(progress::update);
      progress.done();
      double seconds = (System.nanoTime() - started) / 1e9;
      BacktestReport report = BacktestReport.of(result);
      report.writeTo(dir);
      out.println();
      out.print(MetricsTable.format(report.metrics()));
      out.printf("%nRan in %.1f s. Results: %s%n", seconds, dir.toAbsolutePath().normalize());
      out.printf("  %s%n", dir.resolve(BacktestReport.REPORT_HTML));
      out.printf("  journal: ./condor summary %s --journal %s%n", strategySection.keys().iterator().next(),
          dir.resolve(JOURNAL));
      out.flush();
      return 0;
    } finally {
      if (opened != null) {
        opened.close();
      }
    }
  }

  private Settings settings() {
    Map<String, String> extra = new LinkedHashMap<>();
    if (seed != null) {
      extra.put("market.settings.seed", seed.toString());
    }
    if (capital != null) {
      extra.put("broker.settings.startingCash", capital.toString());
    }
    return strategyOptions.load(extra, DEFAULT_STRATEGY);
  }

  private static LocalDate lastTradingDayBefore(LocalDate today) {
    NyseCalendar calendar = NyseCalendar.instance();
    LocalDate day = today.minusDays(1);
    while (!calendar.isTradingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  private LocalDate lastStoredDay(HistoricalStore opened) {
    LocalDate latest = null;
    for (var u : java.util.List.of(dev.condor.api.instrument.Underlying.SPX,
        dev.condor.api.instrument.Underlying.NDX, dev.condor.api.instrument.Underlying.SPY,
        dev.condor.api.instrument.Underlying.QQQ)) {
      List<LocalDate> days = opened.days(u);
      if (!days.isEmpty() && (latest == null || days.get(days.size() - 1).isAfter(latest))) {
        latest = days.get(days.size() - 1);
      }
    }
    if (latest == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "the store at " + store
          + " holds no option days: import data first, or give --to DATE");
    }
    return latest;
  }
}
