package dev.condor.core.broker.paper;

import dev.condor.api.Experimental;

/** How the paper broker prices a multi-leg order against the quoted bids and asks. */
@Experimental(since = "0.1")
public enum FillModel {
  /**
   * Crossing every leg's market: sells at the bid, buys at the ask, so a credit spread's net is
   * the sum of the sold bids less the sum of the bought asks. What a market order really gets.
   */
  NATURAL,
  /**
   * The net of the legs' mids, worsened by the configured slippage per unit (mid less slippage for
   * a credit, mid plus slippage for a debit), and never worse than {@link #NATURAL}: what a
   * patient limit order at the mid tends to get.
   */
  MID
}
