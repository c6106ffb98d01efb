package dev.condor.api.plugin;

import dev.condor.api.Stable;

/**
 * Optional abilities a provider declares, so the engine and the TCK ask only for what a plugin
 * can do: a missing capability is an explained skip, never a crash.
 */
@Stable(since = "0.1")
public enum Capability {
  /** Places multi-leg (combo) orders at a net price. */
  MULTI_LEG_ORDERS,
  /** Previews an order's buying-power effect and fees without placing it. */
  ORDER_PREVIEW,
  /** Replaces a working order's limit price. */
  REPLACE_ORDER,
  /** Places market orders. */
  MARKET_ORDERS,
  /** Streams quotes as they change (otherwise quotes are polled). */
  STREAMING_QUOTES,
  /** Reports implied volatility and greeks with option quotes. */
  GREEKS,
  /** Serves option chains. */
  OPTION_CHAINS,
  /** Serves past option chains at an instant. */
  HISTORICAL_CHAINS,
  /** Serves intraday bars. */
  INTRADAY_BARS,
  /** Is a simulation (paper broker, simulated market): safe without an account. */
  SIMULATED
}
