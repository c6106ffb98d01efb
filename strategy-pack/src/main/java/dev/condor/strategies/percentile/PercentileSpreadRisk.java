package dev.condor.strategies.percentile;

import dev.condor.api.strategy.RiskPolicyRequest;
import java.util.List;
import java.util.Map;

/**
 * The bundled risk policies seed S1's exits and limits are made of, requested by id with S1's
 * numbers: the strategy itself only finds entries, and the engine applies these in its loop.
 *
 * <table>
 *   <caption>S1's rules and the policies that carry them</caption>
 *   <tr><th>S1</th><th>policy</th></tr>
 *   <tr><td>"Close all positions by 3:30 PM on expiration day"</td><td>expiry-exit 15:30</td></tr>
 *   <tr><td>"Close if approaching ITM (underlying within 2x wing width)", 1-3 DTE; "5+ DTE: Exit
 *       if tested"</td><td>tested-exit 2x, from 1 DTE to max(3, the strategy's DTE)</td></tr>
 *   <tr><td>"Primary Target: 50% of Credit"</td><td>profit-target 50</td></tr>
 *   <tr><td>"Minimum credit: $0.50", "Target ROI: >5%"</td><td>min-credit, min-roi</td></tr>
 *   <tr><td>"Max loss per position: $30,000"</td><td>max-loss-per-position</td></tr>
 *   <tr><td>"Max positions: 100 total, 50 per strategy, 50 per DTE, 30 0DTE"; daily
 *       limit</td><td>max-positions, perDay = maxEntriesPerDay</td></tr>
 *   <tr><td>"Max total portfolio risk: 20% of capital"</td><td>max-portfolio-risk 20</td></tr>
 *   <tr><td>daily loss 3 % reduce, 5 % stop, 7 % close all; weekly 10 % close all and
 *       stop</td><td>daily-loss, daily-loss-flatten, weekly-loss, weekly-loss-flatten</td></tr>
 *   <tr><td>VIX-adjusted sizing, no new entries above 30</td><td>vix-regime</td></tr>
 *   <tr><td>drawdown-adjusted sizing, stop at 10 %</td><td>drawdown-sizing</td></tr>
 * </table>
 *
 * <p>S1's position stop ("150% of max loss") is not requested: a defined-risk spread cannot lose
 * more than its maximum loss, so that stop never fires (the stop-loss policy explains and refuses
 * it). The min-credit and min-roi policies repeat checks the scanner already makes, as the
 * engine's guard on whatever ticket reaches it.
 */
public final class PercentileSpreadRisk {

  private PercentileSpreadRisk() {}

  /** The requests for a configuration, in the order the engine should consult them. */
  public static List<RiskPolicyRequest> requests(PercentileSpreadConfig config) {
    return List.of(
        RiskPolicyRequest.of("expiry-exit", Map.of("time", config.expiryExitTime().toString())),
        RiskPolicyRequest.of("daily-loss-flatten", Map.of("flattenAtPercent", 7)),
        RiskPolicyRequest.of("weekly-loss-flatten", Map.of("flattenAtPercent", 10)),
        RiskPolicyRequest.of("tested-exit", Map.of("widthMultiple", config.testedWidthMultiple(),
            "minDte", 1, "maxDte", Math.max(3, config.dte()), "closeFraction", 1)),
        RiskPolicyRequest.of("profit-target",
            Map.of("percentOfCredit", config.profitTargetPercent())),
        RiskPolicyRequest.of("min-credit", Map.of("credit", config.minCredit())),
        RiskPolicyRequest.of("min-roi", Map.of("percent", config.minRoiPercent())),
        RiskPolicyRequest.of("max-loss-per-position", Map.of("dollars", 30_000)),
        RiskPolicyRequest.of("max-positions", Map.of("total", 100, "perStrategy", 50,
            "perDte", 50, "zeroDte", 30, "perDay", config.maxEntriesPerDay())),
        RiskPolicyRequest.of("max-portfolio-risk", Map.of("percentOfEquity", 20)),
        RiskPolicyRequest.of("daily-loss",
            Map.of("reduceAtPercent", 3, "reduceFactor", 0.5, "rejectAtPercent", 5)),
        RiskPolicyRequest.of("weekly-loss", Map.of("rejectAtPercent", 10)),
        RiskPolicyRequest.of("vix-regime", Map.of()),
        RiskPolicyRequest.of("drawdown-sizing", Map.of()));
  }
}
