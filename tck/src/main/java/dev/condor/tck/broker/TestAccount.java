package dev.condor.tck.broker;

import dev.condor.api.Experimental;
import dev.condor.api.instrument.OptionContract;
import java.util.List;

/**
 * The account a venue simulation shows: id, balances and option positions.
 *
 * @param accountId the venue's account number
 * @param cash cash balance, in dollars
 * @param netLiquidation net liquidation value, in dollars
 * @param optionBuyingPower buying power for options (derivative buying power), in dollars
 * @param positions open option positions, signed quantities (short negative)
 */
@Experimental(since = "0.1")
public record TestAccount(String accountId, double cash, double netLiquidation,
    double optionBuyingPower, List<Holding> positions) {

  /** One open option position. */
  @Experimental(since = "0.1")
  public record Holding(OptionContract contract, int quantity, double averagePrice) {}

  /** Copies the list. */
  public TestAccount {
    positions = List.copyOf(positions);
  }
}
