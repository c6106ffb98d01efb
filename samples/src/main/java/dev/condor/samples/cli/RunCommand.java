package dev.condor.samples.cli;

import dev.condor.api.calendar.TradingSession;
import dev.condor.api.journal.JournalEvent;
import dev.condor.core.Condor;
import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.config.SecretStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code condor run}: trades strategies: on paper by default, over the embedded simulated market,
 * in accelerated time with {@code --speed}; live only with {@code --live --confirm-live} and a
 * real broker.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Trade strategies: paper by default on the simulated market; --speed runs simulated days"
        + " faster than real time; live needs --live --confirm-live and a real broker.",
    footer = {"", "Examples:",
        "  ./condor run --strategy iron-condor-0dte --speed 600          # a simulated day in about 40 s",
        "  ./condor run --strategy vix1d-credit-spread --strategy spx-wheel --speed 2000 --days 5",
        "  ./condor run --strategy iron-condor-0dte --dry-run             # real time, nothing sent",
        "  ./condor run --config condor.yaml --broker tastytrade --live --confirm-live"})
final class RunCommand implements Callable<Integer> {

  @CommandLine.Mixin StrategyOptions strategyOptions;

  @Option(names = "--journal", paramLabel = "DIR", defaultValue = "logs",
      description = "Journal directory (default: ${DEFAULT-VALUE}).")
  Path journal;

  @Option(names = "--speed", paramLabel = "X",
      description = "Run in simulated time, X times faster than real time (1-100000).")
  Double speed;

  @Option(names = "--start", paramLabel = "DATE[THH:MM]",
      description = "With --speed: where simulated time starts, New York time (default: the next trading day's open).")
  String start;

  @Option(names = "--days", paramLabel = "N", defaultValue = "1",
      description = "With --speed: how many trading days to run (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--broker", paramLabel = "ID", defaultValue = "paper",
      description = "The broker (default: ${DEFAULT-VALUE}).")
  String broker;

  @Option(names = "--live", description = "Trade for real with the configured broker.")
  boolean live;

  @Option(names = "--confirm-live", description = "Confirms that --live may send real orders.")
  boolean confirmLive;

  @Option(names = "--dry-run", description = "Decide and track trades, send nothing (seed S0's spread-production).")
  boolean dryRun;

  @Option(names = "--secrets", paramLabel = "FILE",
      description = "An owner-only file of provider.name=value secrets (the environment wins).")
  Path secrets;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    checkUsage();
    PrintWriter out = spec.commandLine().getOut();
    var settings = strategyOptions.load(broker.equals("paper") ? Map.of() : Map.of("broker.id", broker),
        null);
    if (settings.section("strategies").keys().isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no strategy to run: give --strategy ID (see ./condor list) or a --config file with strategies");
    }
    Condor.Builder builder = Condor.builder()
        .configure(settings)
        .journal(journal)
        .secrets(SecretStore.of(System.getenv(), secrets))
        .dryRun(dryRun);
    ZonedDateTime simulatedEnd = null;
    ZonedDateTime from = speed == null ? null : startTime();
    if (speed != null) {
      builder.accelerated(from.toInstant(), speed);
      simulatedEnd = lastClose(from.toLocalDate()).plusMinutes(2);
      Duration wall = Duration.ofMillis((long) (Duration.between(from, simulatedEnd).toMillis() / speed));
      out.printf("%s %s on the simulated market from %s ET at %.0fx: about %d s. Journal: %s%n",
          dryRun ? "Dry run of" : live ? "Live trading" : "Paper trading", settings.section("strategies").keys(),
          from.toLocalDateTime(), speed, Math.max(1, wall.toSeconds()), journal);
    } else {
      out.printf("%s %s in real time. Journal: %s. Ctrl-C stops it.%n",
          dryRun ? "Dry run of" : live ? "LIVE trading" : "Paper trading", settings.section("strategies").keys(), journal);
    }
    out.flush();
    Condor condor = builder.build();
    condor.events().subscribe(new EventPrinter(out));
    condor.start().toCompletableFuture().join();
    for (String finding : condor.reconciliation()) {
      out.println("reconcile: " + finding);
    }
    if (simulatedEnd == null) {
      new CountDownLatch(1).await(); // until Ctrl-C: the shutdown hook stops the engine
    }
    Thread.sleep((long) (Duration.between(from, simulatedEnd).toMillis() / speed));
    condor.stop().toCompletableFuture().join();
    out.println();
    for (String name : settings.section("strategies").keys()) {
      SummaryCommand.print(out, name, condor.summary(name));
    }
    out.flush();
    return 0;
  }

  private void checkUsage() {
    CommandLine cli = spec.commandLine();
    if (live && !confirmLive) {
      throw new CommandLine.ParameterException(cli, "--live sends real orders to the broker \"" + broker
          + "\": add --confirm-live if that is what you want (paper trading needs neither flag)");
    }
    if (live && (broker.equals("paper") || dryRun)) {
      throw new CommandLine.ParameterException(cli,
          "--live needs a real broker (--broker tastytrade or ibkr) and no --dry-run");
    }
    if (live && speed != null) {
      throw new CommandLine.ParameterException(cli, "live trading runs in real time: drop --speed");
    }
    if (!live && !dryRun && !broker.equals("paper")) {
      throw new CommandLine.ParameterException(cli, "the broker \"" + broker + "\" trades real money:"
          + " add --live --confirm-live, or use --dry-run to send nothing");
    }
    if (speed != null && !(speed >= 1 && speed <= 100_000)) {
      throw new CommandLine.ParameterException(cli, "--speed must be from 1 to 100000, not " + speed);
    }
    if (speed == null && (start != null || days != 1)) {
      throw new CommandLine.ParameterException(cli, "--start and --days need --speed (simulated time)");
    }
    if (days < 1 || days > 2_000) {
      throw new CommandLine.ParameterException(cli, "--days must be from 1 to 2000, not " + days);
    }
  }

  private ZonedDateTime startTime() {
    NyseCalendar calendar = NyseCalendar.instance();
    if (start == null) {
      LocalDate today = LocalDate.now(calendar.zone());
      LocalDate day = calendar.isTradingDay(today) ? today : calendar.nextTradingDay(today);
      return calendar.session(day).orElseThrow().open();
    }
    try {
      if (start.length() <= 10) {
        LocalDate day = LocalDate.parse(start);
        TradingSession session = calendar.session(day).orElseThrow(() -> new CommandLine.ParameterException(
            spec.commandLine(), "--start " + start + " is not a trading day"));
        return session.open();
      }
      return LocalDateTime.parse(start).atZone(calendar.zone());
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--start must be a date (2026-02-17) or a New York date-time (2026-02-17T09:30), not " + start);
    }
  }

  private ZonedDateTime lastClose(LocalDate first) {
    NyseCalendar calendar = NyseCalendar.instance();
    LocalDate day = calendar.isTradingDay(first) ? first : calendar.nextTradingDay(first);
    for (int i = 1; i < days; i++) {
      day = calendar.nextTradingDay(day);
    }
    return calendar.session(day).orElseThrow().indexOptionsClose();
  }

  /** Prints each journal event as one line as it happens. */
  private static final class EventPrinter implements Flow.Subscriber<JournalEvent> {
    private final PrintWriter out;

    EventPrinter(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(JournalEvent e) {
      ZonedDateTime t = e.time().atZone(NyseCalendar.ZONE);
      synchronized (out) {
        out.printf("%s %s %-10s %-12s %s%n", t.toLocalDate(), t.toLocalTime().withNano(0), e.strategy(),
            e.type(), EventText.describe(e));
        out.flush();
      }
    }

    @Override
    public void onError(Throwable throwable) {}

    @Override
    public void onComplete() {}
  }
}
