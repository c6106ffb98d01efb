package dev.condor.core.risk;

import dev.condor.api.calendar.TradingSession;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import dev.condor.api.strategy.ExitDecision;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A forced close at market from a time of day: S2's end-of-day close at 15:45 ET ({@code
 * eod-close}) and S1's expiry-day exit at 15:30 ET ({@code expiry-exit}). It closes whatever the
 * quotes, because an expiring position must not be carried into the settlement print.
 *
 * <p>The time is written for a regular 16:00 close. On an early-close day the cut-off keeps the
 * same distance from the bell: it is the session's close minus (16:00 - time), so 15:45 becomes
 * 12:45 on a 13:00 close. By default only positions expiring today (or already past expiry) are
 * closed; {@code eod-close} with {@code allPositions: true} closes every position, for strategies
 * that never hold overnight. No session today (a weekend or holiday) means nothing to do.
 */
public final class ScheduledClosePolicy implements RiskPolicy {

  /** The regular close the configured times are written against. */
  public static final LocalTime REGULAR_CLOSE = LocalTime.of(16, 0);

  private static final LocalTime OPEN = LocalTime.of(9, 30);

  /**
   * When to close and what.
   *
   * @param time the cut-off on a regular day, after 09:30 and no later than 16:00
   * @param allPositions close every position, not only those expiring today
   */
  public record Config(LocalTime time, boolean allPositions) {

    /** Checks the time. */
    public Config {
      Objects.requireNonNull(time, "time");
      if (!time.isAfter(OPEN) || time.isAfter(REGULAR_CLOSE)) {
        throw new InvalidValueException("time", time,
            "must be after 09:30 and no later than 16:00 (the regular close)");
      }
    }
  }

  private final String name;
  private final String label;
  private final Config config;

  private ScheduledClosePolicy(String name, String label, Config config) {
    this.name = name;
    this.label = label;
    this.config = Objects.requireNonNull(config, "config");
  }

  /** S2's end-of-day close: from 15:45 by default, positions expiring today unless all. */
  public static ScheduledClosePolicy eodClose(Config config) {
    return new ScheduledClosePolicy(EodCloseProvider.ID, "eod close", config);
  }

  /** S1's expiry-day exit: positions expiring today, from 15:30 by default. */
  public static ScheduledClosePolicy expiryExit(LocalTime time) {
    return new ScheduledClosePolicy(ExpiryExitProvider.ID, "expiry exit", new Config(time, false));
  }

  /** The configuration. */
  public Config config() {
    return config;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public RiskStage stage() {
    return RiskStage.FORCED_EXIT;
  }

  /** Today's cut-off, or empty when the exchange does not trade today. */
  public Optional<ZonedDateTime> cutoff(RiskContext context) {
    return context.calendar().session(Terms.today(context)).map(this::cutoff);
  }

  private ZonedDateTime cutoff(TradingSession session) {
    return session.close().minus(Duration.between(config.time(), REGULAR_CLOSE));
  }

  @Override
  public ExitDecision checkPosition(Position position, RiskContext context) {
    LocalDate today = Terms.today(context);
    boolean expiring = !Terms.expiry(position.openedBy()).isAfter(today);
    if (!expiring && !config.allPositions()) {
      return ExitDecision.hold();
    }
    Optional<TradingSession> session = context.calendar().session(today);
    if (session.isEmpty()) {
      return ExitDecision.hold();
    }
    ZonedDateTime close = session.get().close();
    ZonedDateTime cutoff = cutoff(session.get());
    ZonedDateTime now = Terms.now(context);
    if (now.isBefore(cutoff)) {
      return ExitDecision.hold();
    }
    return ExitDecision.closeAtMarket(label + ": " + clock(now) + " >= cut-off " + clock(cutoff)
        + " (" + (session.get().earlyClose() ? "early close " : "session close ") + clock(close)
        + ")" + (expiring ? ", expires today" : "") + "; close at market");
  }

  private static String clock(ZonedDateTime time) {
    return time.toLocalTime().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  @Override
  public String toString() {
    return name + config;
  }

  /** {@code eod-close}: keys {@code time} (default 15:45) and {@code allPositions} (false). */
  public static final class EodCloseProvider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "eod-close";

    /** S2's defaults: 15:45, positions expiring today. */
    public static final Config DEFAULTS = new Config(LocalTime.of(15, 45), false);

    /** For ServiceLoader. */
    public EodCloseProvider() {
      super(ID, "Closes at market from 15:45 ET (early closes: close - 15 min), positions expiring"
          + " today or all", Config.class, Set.of("time", "allPositions"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.time("time", DEFAULTS.time()),
          settings.bool("allPositions", DEFAULTS.allPositions()));
    }

    @Override
    RiskPolicy create(Config config) {
      return eodClose(config);
    }
  }

  /** {@code expiry-exit}: key {@code time} (default 15:30). */
  public static final class ExpiryExitProvider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "expiry-exit";

    /** S1's default: 15:30 on the expiry day. */
    public static final Config DEFAULTS = new Config(LocalTime.of(15, 30), false);

    /** For ServiceLoader. */
    public ExpiryExitProvider() {
      super(ID, "Closes positions at market on their expiry day from 15:30 ET (S1's 0DTE rule)",
          Config.class, Set.of("time"));
    }

    @Override
    Config read(Settings settings) {
      return new Config(settings.time("time", DEFAULTS.time()), false);
    }

    @Override
    RiskPolicy create(Config config) {
      return expiryExit(config.time());
    }
  }
}
