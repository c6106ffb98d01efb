package dev.condor.core.broker.paper;

import dev.condor.api.Experimental;
import dev.condor.api.broker.BrokerProvider;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.error.PluginException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.core.market.MarketSource;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code "paper"} broker provider: simulated fills, positions and settlement over the engine's
 * market.
 *
 * <p>Keys: {@code accountId} (default {@code PAPER}), {@code startingCash} (100000), {@code
 * commissionPerContract} (0.65), {@code feesPerContract} (0), {@code fillModel} ({@code mid},
 * the default, or {@code natural}), {@code slippage} (points per unit against the mid, mid model
 * only, default 0) and {@code maxUnitsPerFill} (0: whole orders at once).
 *
 * <p>A paper broker cannot exist without a market to fill against, and {@link #create} receives
 * none. So the provider itself carries the market: the instance {@link java.util.ServiceLoader}
 * makes (no-argument constructor) declares the id, the configuration and the capabilities, and
 * its {@link #create} refuses with a {@link PluginException} that says how to bind one; the
 * engine, which owns the market and the clock, binds it with {@link #over(MarketSource,
 * InstantSource)} (or constructs a bound provider directly) and creates the broker through the
 * usual registry path. Every broker made is complete from its first call; none is half-built.
 */
@Experimental(since = "0.1")
public final class PaperBrokerProvider implements BrokerProvider<PaperBrokerConfig> {

  /** The provider id. */
  public static final String ID = "paper";

  private static final Set<String> KEYS = Set.of("accountId", "startingCash",
      "commissionPerContract", "feesPerContract", "fillModel", "slippage", "maxUnitsPerFill");

  private final MarketSource market;
  private final InstantSource clock;

  /** The unbound provider {@link java.util.ServiceLoader} instantiates; does no work. */
  public PaperBrokerProvider() {
    this.market = null;
    this.clock = null;
  }

  /** A provider whose brokers fill against {@code market} at the time of {@code clock}. */
  public PaperBrokerProvider(MarketSource market, InstantSource clock) {
    if (market == null) {
      throw new InvalidValueException("market", null, "is required");
    }
    if (clock == null) {
      throw new InvalidValueException("clock", null, "is required");
    }
    this.market = market;
    this.clock = clock;
  }

  /** This provider bound to a market and a clock, so that {@link #create} can make brokers. */
  public PaperBrokerProvider over(MarketSource market, InstantSource clock) {
    return new PaperBrokerProvider(market, clock);
  }

  /** Whether {@link #create} has a market to make brokers over. */
  public boolean isBound() {
    return market != null;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String apiVersion() {
    return ApiVersion.CURRENT;
  }

  @Override
  public String description() {
    return "Paper trading: fills multi-leg orders at the quoted bid/ask (natural or mid with"
        + " slippage), charges commissions, settles index options in cash and assigns ETF options";
  }

  @Override
  public Class<PaperBrokerConfig> configType() {
    return PaperBrokerConfig.class;
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.MULTI_LEG_ORDERS, Capability.ORDER_PREVIEW, Capability.REPLACE_ORDER,
        Capability.MARKET_ORDERS, Capability.SIMULATED);
  }

  @Override
  public PaperBrokerConfig configure(Settings settings) {
    settings.requireOnly(KEYS);
    PaperBrokerConfig.Builder b = PaperBrokerConfig.builder()
        .accountId(settings.string("accountId", PaperBrokerConfig.DEFAULT_ACCOUNT_ID))
        .startingCash(settings.number("startingCash", PaperBrokerConfig.DEFAULT_STARTING_CASH))
        .commissionPerContract(settings.number("commissionPerContract",
            PaperBrokerConfig.DEFAULT_COMMISSION_PER_CONTRACT))
        .feesPerContract(settings.number("feesPerContract", 0))
        .fillModel(fillModel(settings))
        .maxUnitsPerFill(settings.integer("maxUnitsPerFill", 0));
    if (settings.has("slippage")) {
      b.slippage(settings.number("slippage", 0));
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw new ConfigurationException(settings.fullKey(e.field()), e.rule(), e);
    }
  }

  private static FillModel fillModel(Settings settings) {
    String text = settings.string("fillModel", "mid");
    switch (text.toLowerCase(Locale.ROOT)) {
      case "natural":
        return FillModel.NATURAL;
      case "mid":
        return FillModel.MID;
      default:
        throw new ConfigurationException(settings.fullKey("fillModel"),
            "expected natural or mid, found \"" + text + "\"");
    }
  }

  /**
   * A paper broker over the bound market.
   *
   * @throws PluginException ({@link PluginException.Problem#CREATION_FAILED}) if this provider is
   *     not bound to a market
   */
  @Override
  public PaperBroker create(PaperBrokerConfig config, Secrets secrets) {
    if (config == null) {
      throw new InvalidValueException("config", null, "is required");
    }
    if (market == null) {
      throw new PluginException(PluginException.Problem.CREATION_FAILED,
          "broker \"paper\" fills against a market, and this provider has none: bind it with"
              + " PaperBrokerProvider.over(market, clock), or use PaperBroker.over(market, clock,"
              + " config)");
    }
    return PaperBroker.over(market, clock, config);
  }
}
