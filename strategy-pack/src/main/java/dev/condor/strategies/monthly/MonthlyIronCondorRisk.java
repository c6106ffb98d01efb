package dev.condor.strategies.monthly;

import dev.condor.api.strategy.RiskPolicyRequest;
import java.util.List;
import java.util.Map;

/**
 * The risk policies {@code iron-condor-monthly} asks the engine for, by id, with seed S2's monthly
 * settings: the engine's bundled policies run them, so this strategy never re-implements a red line
 * or an exit.
 *
 * <table>
 *   <caption>S2 monthly_ic rule and the policy that enforces it</caption>
 *   <tr><th>S2 rule</th><th>policy</th><th>settings</th></tr>
 *   <tr><td>Delta red line 30, partial close (50 % qty)</td><td>delta-red-line</td>
 *       <td>delta 30, closeFraction 0.5</td></tr>
 *   <tr><td>Proximity red line 50 pts, partial close (50 % qty)</td><td>proximity-red-line</td>
 *       <td>points 50, closeFraction 0.5</td></tr>
 *   <tr><td>Time exit DTE &lt;= 30 (the only P&amp;L exit)</td><td>time-exit</td>
 *       <td>daysToExpiry 30</td></tr>
 *   <tr><td>Max positions 3 concurrent; one entry a spike day</td><td>max-positions</td>
 *       <td>perStrategy 3, perDay 1</td></tr>
 *   <tr><td>Min credit $3.00</td><td>min-credit</td><td>credit 3.00</td></tr>
 * </table>
 */
public final class MonthlyIronCondorRisk {

  private MonthlyIronCondorRisk() {}

  /** The requests, in the order the engine should list them. */
  public static List<RiskPolicyRequest> requests(MonthlyIronCondorConfig c) {
    return List.of(
        RiskPolicyRequest.of("delta-red-line",
            Map.of("delta", c.deltaRedLine(), "closeFraction", c.redLineCloseFraction())),
        RiskPolicyRequest.of("proximity-red-line",
            Map.of("points", c.proximityRedLine(), "closeFraction", c.redLineCloseFraction())),
        RiskPolicyRequest.of("time-exit", Map.of("daysToExpiry", c.timeExitDaysToExpiry())),
        RiskPolicyRequest.of("max-positions",
            Map.of("perStrategy", c.maxPositions(), "perDay", c.maxEntriesPerDay())),
        RiskPolicyRequest.of("min-credit", Map.of("credit", c.minCredit())));
  }
}
