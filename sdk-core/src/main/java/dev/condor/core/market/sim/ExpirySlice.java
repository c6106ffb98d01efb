package dev.condor.core.market.sim;

import dev.condor.api.calendar.Expiry;
import dev.condor.api.market.OptionQuote;
import java.util.Arrays;

/**
 * The quotes of one expiry at one snapshot: strikes ascending, with the call and the put of each;
 * shared (cached) by every chain that includes the expiry at that minute.
 */
final class ExpirySlice {

  private final Expiry expiry;
  private final double[] strikes;
  private final OptionQuote[] calls;
  private final OptionQuote[] puts;

  ExpirySlice(Expiry expiry, double[] strikes, OptionQuote[] calls, OptionQuote[] puts) {
    this.expiry = expiry;
    this.strikes = strikes;
    this.calls = calls;
    this.puts = puts;
  }

  Expiry expiry() {
    return expiry;
  }

  int size() {
    return strikes.length;
  }

  double strike(int i) {
    return strikes[i];
  }

  OptionQuote call(int i) {
    return calls[i];
  }

  OptionQuote put(int i) {
    return puts[i];
  }

  /** The index of a strike (to 0.001), or -1. */
  int indexOf(double strike) {
    int i = Arrays.binarySearch(strikes, strike);
    if (i >= 0) {
      return i;
    }
    int at = -i - 1;
    for (int j = Math.max(0, at - 1); j <= Math.min(strikes.length - 1, at); j++) {
      if (Math.abs(strikes[j] - strike) < 0.0005) {
        return j;
      }
    }
    return -1;
  }
}
