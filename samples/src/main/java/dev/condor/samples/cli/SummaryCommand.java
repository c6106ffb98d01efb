package dev.condor.samples.cli;

import dev.condor.core.calendar.NyseCalendar;
import dev.condor.core.journal.JsonLinesJournal;
import dev.condor.core.portfolio.TradeSummary;
import dev.condor.core.runtime.JournalReplay;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code condor summary}: seed S2's summary of a strategy's journalled trades. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = "Summarise a strategy's closed trades from its journal (S2's fields plus slippage).",
    footer = {"", "Examples:", "  ./condor summary iron-condor-0dte", "  ./condor summary dte0_ic --journal /var/condor/logs"})
final class SummaryCommand implements Callable<Integer> {

  @Parameters(paramLabel = "STRATEGY", description = "The strategy's name (its journal folder).")
  String strategy;

  @Option(names = "--journal", paramLabel = "DIR", defaultValue = "logs",
      description = "Journal directory (default: ${DEFAULT-VALUE}).")
  Path journal;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isDirectory(journal.resolve(strategy))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no journal for \"" + strategy
          + "\" under " + journal + "; run it first (./condor run --strategy ...) or give --journal DIR");
    }
    var events = new JsonLinesJournal(journal, NyseCalendar.ZONE).read(strategy);
    PrintWriter out = spec.commandLine().getOut();
    print(out, strategy, JournalReplay.of(strategy, events).summary());
    out.flush();
    return 0;
  }

  /** Prints a summary in S2's field names. */
  static void print(PrintWriter out, String strategy, TradeSummary s) {
    out.printf(Locale.ROOT, "%s%n", strategy);
    out.printf(Locale.ROOT, "  total_trades      %d%n", s.totalTrades());
    out.printf(Locale.ROOT, "  wins              %d%n", s.wins());
    out.printf(Locale.ROOT, "  losses            %d%n", s.losses());
    out.printf(Locale.ROOT, "  win_rate          %.1f%%%n", s.winRate() * 100);
    out.printf(Locale.ROOT, "  gross_pnl         %,.2f%n", s.grossPnl());
    out.printf(Locale.ROOT, "  total_commission  %,.2f%n", s.totalCommission());
    out.printf(Locale.ROOT, "  net_pnl           %,.2f%n", s.netPnl());
    out.printf(Locale.ROOT, "  avg_pnl           %,.2f%n", s.avgPnl());
    out.printf(Locale.ROOT, "  max_win           %,.2f%n", s.maxWin());
    out.printf(Locale.ROOT, "  max_loss          %,.2f%n", s.maxLoss());
    out.printf(Locale.ROOT, "  max_drawdown      %,.2f%n", s.maxDrawdown());
    out.printf(Locale.ROOT, "  avg_slippage      %.4f (fill - limit, points per unit)%n", s.avgSlippage());
  }
}
