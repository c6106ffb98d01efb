package dev.condor.core.risk;

import dev.condor.api.risk.PortfolioState;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The period a portfolio loss stop measures over and stays tripped for: a day or a week. */
public enum LossPeriod {
  /** Since the start of the trading day, until the next day. */
  DAY("daily", "day-start", "today"),
  /** Since the start of the trading week, until the next week (Monday to Sunday). */
  WEEK("weekly", "week-start", "this week");

  private final String adjective;
  private final String start;
  private final String rest;

  LossPeriod(String adjective, String start, String rest) {
    this.adjective = adjective;
    this.start = start;
    this.rest = rest;
  }

  /** The loss over the period as a positive fraction of the equity it started with. */
  public double lossFraction(PortfolioState portfolio) {
    return this == DAY ? portfolio.dailyLossFraction() : portfolio.weeklyLossFraction();
  }

  /** The equity the period started with. */
  public double startEquity(PortfolioState portfolio) {
    return this == DAY ? portfolio.dayStartEquity() : portfolio.weekStartEquity();
  }

  /** The period a date falls in, named by its first day. */
  public LocalDate periodOf(LocalDate date) {
    return this == DAY ? date : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** {@code daily loss 3.20% of day-start equity $100,000.00}. */
  String describe(PortfolioState portfolio) {
    return adjective + " loss " + Fmt.percent(lossFraction(portfolio)) + " of " + start
        + " equity " + Fmt.dollars(startEquity(portfolio));
  }

  /** {@code daily}. */
  String adjective() {
    return adjective;
  }

  /** {@code today}, {@code this week}. */
  String rest() {
    return rest;
  }
}
