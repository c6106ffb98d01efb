package dev.condor.yfinance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The splits and cash dividends Yahoo's chart endpoint reports for an underlying between two days,
 * oldest first (ex-dates in the exchange's time zone).
 *
 * @param splits the share splits
 * @param dividends the cash dividends
 */
public record CorporateActions(List<Split> splits, List<Dividend> dividends) {

  /** Copies the lists. */
  public CorporateActions {
    splits = List.copyOf(Objects.requireNonNull(splits, "splits"));
    dividends = List.copyOf(Objects.requireNonNull(dividends, "dividends"));
  }

  /**
   * A split of {@code numerator} new shares for {@code denominator} old ones (4:1 is 4 and 1).
   *
   * @param date the ex-date
   * @param numerator new shares
   * @param denominator old shares
   */
  public record Split(LocalDate date, double numerator, double denominator) {

    /** New shares per old share, 4.0 for 4:1. */
    public double ratio() {
      return numerator / denominator;
    }
  }

  /**
   * A cash dividend per share.
   *
   * @param date the ex-date
   * @param amount the amount per share, in the listing's currency
   */
  public record Dividend(LocalDate date, double amount) {}
}
