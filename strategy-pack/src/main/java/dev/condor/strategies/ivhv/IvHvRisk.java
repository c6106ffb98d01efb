package dev.condor.strategies.ivhv;

import dev.condor.api.strategy.RiskPolicyRequest;
import java.util.List;
import java.util.Map;

/**
 * The bundled risk policies seed S3 uses. S3 has almost none: positions are held to expiry and
 * settle there (expire worthless or are assigned), so no exit policy is requested. The position
 * limits are the engine's guard: at most 2 open calls per ticker (8 across S3's four), one entry
 * per ticker a day. The per-ticker limit itself is the scanner's, since max-positions counts per
 * strategy, not per underlying.
 */
public final class IvHvRisk {

  private IvHvRisk() {}

  /** The requests for a configuration. */
  public static List<RiskPolicyRequest> requests(IvHvConfig config) {
    int tickers = config.tickers().size();
    return List.of(RiskPolicyRequest.of("max-positions",
        Map.of("perStrategy", config.maxPerTicker() * tickers, "perDay", tickers)));
  }
}
