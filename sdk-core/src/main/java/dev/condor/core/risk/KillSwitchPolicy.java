package dev.condor.core.risk;

import dev.condor.api.error.InvalidValueException;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.plugin.Settings;
import dev.condor.api.portfolio.Position;
import dev.condor.api.risk.EntryVerdict;
import dev.condor.api.risk.RiskContext;
import dev.condor.api.risk.RiskPolicy;
import dev.condor.api.risk.RiskStage;
import dev.condor.api.strategy.ExitDecision;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The manual stop: while engaged, every position is closed at market and every entry is refused.
 *
 * <p>Two ways to engage it: {@link #engage(String)} on the policy instance (from any thread, e.g. a
 * dashboard button of an embedding application), or the existence of the configured {@code file}
 * (e.g. {@code touch /var/run/condor/KILL}), which needs no access to the process and is checked
 * on every call, so every strategy whose kill switch names the same file stops together. Removing
 * the file disengages the file trigger; {@link #release()} disengages the manual one only. The
 * file check is a single metadata lookup, which is the one I/O a policy does.
 *
 * <p>It is a FORCED_EXIT policy that also refuses entries: the engine asks {@code checkEntry} of
 * every policy at the entry step (see the package documentation).
 */
public final class KillSwitchPolicy implements RiskPolicy {

  /**
   * The file trigger and the initial state.
   *
   * @param file a path whose existence engages the switch, if any
   * @param engaged start engaged (a configuration-level stop)
   */
  public record Config(Optional<Path> file, boolean engaged) {

    /** Checks nothing but presence. */
    public Config {
      Objects.requireNonNull(file, "file");
    }
  }

  private final Config config;
  private volatile String manualReason;

  /** A switch as configured. */
  public KillSwitchPolicy(Config config) {
    this.config = Objects.requireNonNull(config, "config");
    this.manualReason = config.engaged() ? "engaged in configuration" : null;
  }

  /** Engages the switch until {@link #release()}; the reason goes into every decision. */
  public void engage(String reason) {
    manualReason = reason == null || reason.isBlank() ? "no reason given" : reason;
  }

  /** Disengages the manual trigger (the file trigger stays while the file exists). */
  public void release() {
    manualReason = null;
  }

  /** Why the switch is engaged now, or empty when it is not. */
  public Optional<String> engagedBecause() {
    String manual = manualReason;
    if (manual != null) {
      return Optional.of("manual: " + manual);
    }
    if (config.file().isPresent() && Files.exists(config.file().get())) {
      return Optional.of("file " + config.file().get() + " exists");
    }
    return Optional.empty();
  }

  /** Whether the switch is engaged now. */
  public boolean isEngaged() {
    return engagedBecause().isPresent();
  }

  @Override
  public String name() {
    return Provider.ID;
  }

  @Override
  public RiskStage stage() {
    return RiskStage.FORCED_EXIT;
  }

  @Override
  public ExitDecision checkPosition(Position position, RiskContext context) {
    return engagedBecause()
        .map(why -> ExitDecision.closeAtMarket(
            "kill switch engaged (" + why + "); close at market"))
        .orElse(ExitDecision.hold());
  }

  @Override
  public EntryVerdict checkEntry(OrderTicket ticket, RiskContext context) {
    if (Terms.isClosing(ticket)) {
      return EntryVerdict.allow();
    }
    return engagedBecause()
        .map(why -> EntryVerdict.reject("kill switch engaged (" + why + "); no new entries"))
        .orElse(EntryVerdict.allow());
  }

  @Override
  public String toString() {
    return Provider.ID + config;
  }

  /** {@code kill-switch}: keys {@code file} (no default) and {@code engaged} (false). */
  public static final class Provider extends AbstractRiskPolicyProvider<Config> {

    /** The provider id. */
    public static final String ID = "kill-switch";

    /** No file, released. */
    public static final Config DEFAULTS = new Config(Optional.empty(), false);

    /** For ServiceLoader. */
    public Provider() {
      super(ID, "Manual stop: closes everything at market and refuses entries while engaged"
          + " (by method or by a file's existence)", Config.class, Set.of("file", "engaged"));
    }

    @Override
    Config read(Settings settings) {
      Optional<Path> file = settings.string("file").map(text -> {
        try {
          if (text.isBlank()) {
            throw new InvalidValueException("file", text, "must be a path");
          }
          return Path.of(text);
        } catch (InvalidPathException e) {
          throw new InvalidValueException("file", text, "must be a path: " + e.getReason());
        }
      });
      return new Config(file, settings.bool("engaged", DEFAULTS.engaged()));
    }

    @Override
    RiskPolicy create(Config config) {
      return new KillSwitchPolicy(config);
    }
  }
}
