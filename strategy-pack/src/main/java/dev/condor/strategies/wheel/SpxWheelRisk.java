package dev.condor.strategies.wheel;

import dev.condor.api.strategy.RiskPolicyRequest;
import java.util.List;
import java.util.Map;

/**
 * The risk policies {@code spx-wheel} asks the engine for, by id, with seed S4's settings. S4 has
 * no exits: a put is held to expiry and cash-settled, which the engine does; its limits are entry
 * limits.
 *
 * <table>
 *   <caption>S4 rule and the policy that enforces it</caption>
 *   <tr><th>S4 rule</th><th>policy</th><th>settings</th></tr>
 *   <tr><td>max_open_positions 3; one daily run</td><td>max-positions</td>
 *       <td>perStrategy 3, perDay 1</td></tr>
 *   <tr><td>max_margin_pct 0.50: "use 50 % of capital"</td><td>max-portfolio-risk</td>
 *       <td>percentOfEquity 50 (a cash-secured put's maximum loss, (strike - premium) x 100, is
 *       its margin)</td></tr>
 * </table>
 */
public final class SpxWheelRisk {

  private SpxWheelRisk() {}

  /** The requests. */
  public static List<RiskPolicyRequest> requests(SpxWheelConfig c) {
    return List.of(
        RiskPolicyRequest.of("max-positions",
            Map.of("perStrategy", c.maxOpenPositions(), "perDay", 1)),
        RiskPolicyRequest.of("max-portfolio-risk",
            Map.of("percentOfEquity", c.maxMarginPct() * 100)));
  }
}
