package dev.condor.yfinance;

import dev.condor.api.data.MarketDataFeed;
import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Yahoo Finance, polled. {@link #quote}: the chart endpoint's {@code meta.regularMarketPrice} (no
 * crumb needed; a level without bid or ask). {@link #chain}: {@code GET
 * /v7/finance/options/{symbol}} lists the expiries (and carries the nearest one), then {@code
 * ?date=<epoch>} once per further expiry in range, one after another (gentle on Yahoo's rate
 * limit), every call with the crumb. Yahoo gives bid, ask, last, volume, open interest and IV but
 * no greeks: delta, gamma, theta (per day) and vega (per vol point) are computed here with {@link
 * dev.condor.api.quant.BlackScholes} from Yahoo's IV, the spot and the time to settlement, no
 * dividends, and every quote says {@code analyticsOrigin() == ESTIMATED}. No streaming.
 */
public final class YahooMarketDataFeed implements MarketDataFeed {

  static final String NO_STREAMING =
      "Yahoo has no streaming quotes in this plugin: poll quote() and chain() instead";

  private final YahooClient client;
  private final double rate;

  YahooMarketDataFeed(YahooClient client, double rate) {
    this.client = client;
    this.rate = rate;
  }

  @Override
  public CompletionStage<Quote> quote(Underlying underlying) {
    if (underlying == null) {
      return CompletableFuture.failedFuture(
          new InvalidValueException("underlying", null, "is required"));
    }
    String path = YahooHistoricalData.chartPath(underlying);
    return client.get(path, Map.of("interval", "1d", "range", "1d"), false)
        .thenApply(body -> WireMapper.quote(WireMapper.chartResult(
            client.parse(body, Wire.ChartResponse.class, path), path), path, underlying.symbol()));
  }

  @Override
  public CompletionStage<OptionChain> chain(Underlying underlying, LocalDate fromExpiry,
      LocalDate toExpiry) {
    if (underlying == null || fromExpiry == null || toExpiry == null
        || toExpiry.isBefore(fromExpiry)) {
      return CompletableFuture.failedFuture(new InvalidValueException("underlying/fromExpiry/toExpiry",
          underlying + " " + fromExpiry + "/" + toExpiry, "need an underlying and two days, from <= to"));
    }
    String path = "/v7/finance/options/" + WireMapper.optionsSymbol(underlying);
    return options(path, null).thenCompose(first -> {
      double spot = first.quote().regularMarketPrice();
      Instant time = first.quote().regularMarketTime() != null
          ? Instant.ofEpochSecond(first.quote().regularMarketTime()) : Instant.now();
      List<OptionQuote> quotes = new ArrayList<>();
      List<Long> wanted = new ArrayList<>();
      Long carried = first.options() != null && !first.options().isEmpty()
          && first.options().get(0) != null ? first.options().get(0).expirationDate() : null;
      for (Long epoch : first.expirationDates()) {
        if (epoch == null) {
          continue;
        }
        LocalDate day = WireMapper.expiryDay(epoch);
        if (day.isBefore(fromExpiry) || day.isAfter(toExpiry)) {
          continue;
        }
        if (epoch.equals(carried)) {
          quotes.addAll(WireMapper.optionQuotes(first.options().get(0), 0, spot, time, rate, path));
        } else {
          wanted.add(epoch);
        }
      }
      CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
      for (Long epoch : wanted) {
        all = all.thenCompose(x -> options(path, epoch).thenAccept(r -> {
          if (r.options() != null) {
            for (int i = 0; i < r.options().size(); i++) {
              Wire.Expiration e = r.options().get(i);
              if (e != null && epoch.equals(e.expirationDate())) {
                quotes.addAll(WireMapper.optionQuotes(e, i, spot, time, rate, path));
              }
            }
          }
        }));
      }
      return all.thenApply(x -> OptionChain.of(underlying, spot, time, quotes));
    });
  }

  private CompletableFuture<Wire.OptionsResult> options(String path, Long date) {
    Map<String, String> query = date == null ? Map.of() : Map.of("date", Long.toString(date));
    return client.get(path, query, true).thenApply(body -> WireMapper.optionsResult(
        client.parse(body, Wire.OptionsResponse.class, path), path));
  }

  @Override
  public Flow.Publisher<Quote> stream(Set<Underlying> underlyings) {
    return subscriber -> {
      subscriber.onSubscribe(new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
      });
      subscriber.onError(DataException.of(DataException.Kind.UNAVAILABLE,
          YahooHistoricalDataProvider.ID).location("stream").detail(NO_STREAMING).build());
    };
  }

  @Override
  public void close() {
    // the JDK's HTTP client holds nothing that must be released on Java 17
  }
}
