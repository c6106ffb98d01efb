/**
 * Seed S0's 0DTE SPX credit spread ({@code vix1d-credit-spread}): once a day at 09:36 ET, sell a
 * vertical spread expiring today, half a VIX1D expected move away from spot, on the side a moving
 * average says is safer, and hold it to cash settlement.
 *
 * <p>The pieces follow S2's layout: {@link dev.condor.strategies.vix1d.Vix1dSpreadConfig} holds
 * the validated parameters (S0's values are the defaults), {@link
 * dev.condor.strategies.vix1d.Vix1dSpreadScanner} turns a chain and the day's numbers into a
 * spread or a reason, and {@link dev.condor.strategies.vix1d.Vix1dSpreadStrategy} wires them to
 * the engine.
 *
 * <p><b>The rules, with S0's numbers.</b> Direction: SPY's last close above its 20-day simple
 * average (the average of the last 20 closes, that close included, as S0's pandas {@code
 * rolling(20)} has it) sells a put spread, otherwise a call spread. Distance: {@code spot x
 * VIX1D/100 / sqrt(252) x 0.5}; at SPX 5800 and VIX1D 12 that is 21.92 points, so put strikes at or
 * below 5778.08 (call strikes at or above 5821.92) qualify. Strike: by premium, not delta (S0:
 * 0DTE deltas move too much to be trusted), the nearest qualifying SPXW strike that meets the
 * premium rule: the short leg has a bid, the long leg {@code width} points further out is listed
 * with an offer, and the spread's limit (mid credit - 0.05, rounded down to the 0.05 tick, S0's
 * {@code int((mid - .05) / .05) * .05}) is at least the minimum credit. The order is previewed
 * first (S0's tastytrade dry-run) and not sent if the preview fails. No stop or target: the
 * spread is held to cash settlement unless a risk rule the user adds says otherwise.
 */
package dev.condor.strategies.vix1d;
