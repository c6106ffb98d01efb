/**
 * {@code spx-wheel}: seed S4's SPX wheel, cash-secured puts with calibrated parameters.
 *
 * <p>Laid out as S2's strategies are: {@link dev.condor.strategies.wheel.SpxWheelConfig} (S4's
 * {@code WheelParameters} as defaults, replaced by a saved {@link
 * dev.condor.strategies.wheel.WheelCalibration} when one is configured), {@link
 * dev.condor.strategies.wheel.SpxWheelScanner} (the pure daily entry: VIX band, S4's strike
 * formula, the Friday closest to the DTE target), {@link dev.condor.strategies.wheel.SpxWheelRisk}
 * (the engine policies for S4's limits) and {@link dev.condor.strategies.wheel.SpxWheelStrategy}.
 *
 * <p>Readings of the seed where it is silent or inconsistent: S4's worked example ("SPX=5800 →
 * Strike = 5800 - 522 = 5280") does not follow from its own formula at delta 0.15 (5800 x 0.0625 =
 * 362.50, strike 5437.50, rounded to 5440), while its second example (delta 0.20: 5394 → 5395)
 * does; the formula is implemented. DTE is in calendar days. The put is the PM-settled SPXW
 * weekly of that Friday (S4's tickers name root SPX, which on Polygon exists only for third
 * Fridays). Positions are held to expiry and cash-settled, as S4 describes; there is no early
 * exit. "50 % of capital as margin" is the engine's max-portfolio-risk policy at 50 % of equity,
 * a cash-secured put's maximum loss being its margin.
 */
package dev.condor.strategies.wheel;
