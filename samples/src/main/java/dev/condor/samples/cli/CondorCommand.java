package dev.condor.samples.cli;

import dev.condor.api.error.CondorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code condor} command: the runner that lets a trader list, backtest, calibrate, paper-trade
 * and trade Condor strategies from a terminal. Exit codes: 0 success, 1 failure, 2 bad usage.
 */
@Command(
    name = "condor",
    mixinStandardHelpOptions = true,
    version = "condor 0.1.0",
    description = "Systematic option selling: strategies, brokers and data sources as plugins.",
    subcommands = {ListCommand.class, BacktestCommand.class, ImportCommand.class, RunCommand.class, BenchCommand.class, SummaryCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Examples:", "  ./condor list", "  ./condor backtest",
        "  ./condor run --strategy iron-condor-0dte --speed 600",
        "  ./condor summary iron-condor-0dte"})
public final class CondorCommand implements Runnable {

  @Option(names = "--debug", description = "Print stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and returns its exit code. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new CondorCommand());
    cli.setParameterExceptionHandler((e, arguments) -> {
      CommandLine failed = e.getCommandLine();
      failed.getErr().println("condor: " + e.getMessage());
      failed.getErr().println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
      return 2;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      boolean debug = parseResult.matchedOption("--debug") != null
          || (parseResult.subcommand() != null && parseResult.subcommand().matchedOption("--debug") != null);
      if (debug) {
        e.printStackTrace(commandLine.getErr());
      }
      String message = e instanceof CondorException ? e.getMessage()
          : e.getClass().getSimpleName() + ": " + e.getMessage();
      commandLine.getErr().println("condor: " + message + (debug ? "" : " (run with --debug for details)"));
      return 1;
    });
    return cli.execute(args);
  }

  /** Entry point of the {@code ./condor} launcher. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
