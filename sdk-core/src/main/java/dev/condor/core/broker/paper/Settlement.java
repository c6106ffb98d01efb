package dev.condor.core.broker.paper;

import dev.condor.api.Experimental;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.SettlementTime;
import java.time.Instant;
import java.util.Locale;

/**
 * What happened to one expired contract position at expiry, for the engine to journal as a
 * SETTLEMENT event: the position settled, the settlement value used, and the cash it moved.
 *
 * @param contract the expired option
 * @param quantity the signed position that expired (negative when short)
 * @param settlementTime whether the AM (opening) or PM (closing) settlement value was used
 * @param settlementValue the underlying's settlement value, in points
 * @param intrinsicValue the option's value at settlement per contract, in points (&gt;= 0)
 * @param outcome cash-settled, assigned, exercised or expired worthless
 * @param shares for physically settled options in the money, the shares delivered (positive when
 *     the account bought them at the strike, negative when it sold them), else 0
 * @param cashFlow dollars added to (positive) or taken from (negative) cash
 * @param time when the paper broker settled it
 */
@Experimental(since = "0.1")
public record Settlement(OptionContract contract, int quantity, SettlementTime settlementTime,
    double settlementValue, double intrinsicValue, Outcome outcome, int shares, double cashFlow,
    Instant time) {

  /** How an expired position ended. */
  @Experimental(since = "0.1")
  public enum Outcome {
    /** An index option in the money: its intrinsic value was paid in cash. */
    CASH_SETTLED,
    /** A short physically settled option in the money: the account was assigned. */
    ASSIGNED,
    /** A long physically settled option in the money: it was exercised. */
    EXERCISED,
    /** Out of (or at) the money: nothing changed hands. */
    EXPIRED_WORTHLESS
  }

  /** Checks the record. */
  public Settlement {
    if (contract == null || settlementTime == null || outcome == null || time == null) {
      throw new InvalidValueException("settlement", null,
          "contract, settlementTime, outcome and time are required");
    }
    if (quantity == 0) {
      throw new InvalidValueException("quantity", 0, "must not be 0");
    }
    if (!(settlementValue >= 0) || !(intrinsicValue >= 0) || !Double.isFinite(cashFlow)) {
      throw new InvalidValueException("settlementValue", settlementValue,
          "settlement and intrinsic values must be >= 0 and the cash flow finite");
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Settlement[%s x%d %s %s at %.2f (%s): intrinsic %.2f,"
            + " shares %d, cash %.2f]", contract, quantity, outcome, settlementTime,
        settlementValue, time, intrinsicValue, shares, cashFlow);
  }
}
