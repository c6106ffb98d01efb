package dev.condor.core.market.sim;

import dev.condor.api.calendar.Expiry;

/**
 * One expiry as priced from one {@link Snapshot}: its times to expiry, forward, ATM volatility and
 * the smile's term skew, shared by every strike.
 *
 * @param expiry the listed expiry
 * @param years calendar time to the settlement print, ACT/365 (what Black-Scholes takes)
 * @param days the same in days
 * @param forward the underlying's forward to expiry
 * @param rate the risk-free rate
 * @param dividendYield the underlying's dividend yield
 * @param atmVol the at-the-money implied volatility
 * @param atmStdDev {@code atmVol * sqrt(years)}, the unit of standardised moneyness
 * @param termSkew the smile's term-structure skew at this expiry
 */
record ExpiryContext(Expiry expiry, double years, double days, double forward, double rate,
    double dividendYield, double atmVol, double atmStdDev, double termSkew) {}
