package dev.condor.api.calendar;

import dev.condor.api.Stable;
import dev.condor.api.instrument.SettlementTime;
import dev.condor.api.internal.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A listed expiry of an underlying's options: the date, the OCC root it trades under and when it
 * settles (e.g. the third-Friday SPX monthly, root SPX, AM; a Tuesday SPXW daily, root SPXW, PM).
 */
@Value.Immutable
@ValueStyle
@Stable(since = "0.1")
public abstract class Expiry implements Comparable<Expiry> {

  Expiry() {}

  /** The expiry date. */
  public abstract LocalDate date();

  /** The OCC root of contracts with this expiry, e.g. {@code SPXW}. */
  public abstract String root();

  /** When the settlement value is fixed. */
  public abstract SettlementTime settlementTime();

  /** Whether this is the standard third-Friday monthly expiry (or its holiday-shifted day). */
  public abstract boolean monthly();

  /** An expiry. */
  public static Expiry of(LocalDate date, String root, SettlementTime time, boolean monthly) {
    return ImmutableExpiry.builder()
        .date(date)
        .root(root)
        .settlementTime(time)
        .monthly(monthly)
        .build();
  }

  /** Orders by date, then AM before PM. */
  @Override
  public int compareTo(Expiry o) {
    int c = date().compareTo(o.date());
    return c != 0 ? c : settlementTime().compareTo(o.settlementTime());
  }
}
