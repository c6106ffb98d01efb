package dev.condor.yfinance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.tck.data.DataVenueSimulation;
import dev.condor.tck.data.TestBar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Yahoo Finance's chart endpoint as WireMock stubs, written from Yahoo's answers (the shapes of
 * {@link YahooHistoricalDataTest#DAILY}), not from the plugin's mapper: {@code GET
 * /v8/finance/chart/{symbol}?period1&period2&interval=1d|1m...} answers {@code {"chart":{"result":
 * [{"meta":{...},"timestamp":[epoch s],"indicators":{"quote":[{"open","high","low","close",
 * "volume"}]}}],"error":null}}}. Daily timestamps are the session's 09:30 New York open, as Yahoo
 * sends them; minute timestamps are each minute's start.
 *
 * <p>Yahoo does not paginate charts: one request answers the whole range, so there is no "later
 * page". {@link #laterPageFails} therefore answers that one request with the status (which the
 * secrets rule uses as one more failure path), and the verification test skips the two pagination
 * rules, saying why. The chart endpoint needs no cookie or crumb, so {@link #session} registers
 * nothing.
 */
final class YahooVenue implements DataVenueSimulation {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final String CHART = "/v8/finance/chart/.*";

  @Override
  public void dailyBars(WireMock venue, Underlying underlying, List<TestBar> bars) {
    venue.register(chart(underlying, "1d").willReturn(okJson(chartJson(underlying, "1d",
        dailyTimestamps(bars), bars, true))));
  }

  @Override
  public void minuteBars(WireMock venue, Underlying underlying, List<TestBar> bars) {
    venue.register(chart(underlying, "1m").willReturn(okJson(chartJson(underlying, "1m",
        bars.stream().map(b -> b.start().getEpochSecond()).collect(Collectors.toList()), bars,
        true))));
  }

  /** Yahoo has no second page: the one chart request is answered with {@code status}. */
  /** Yahoo's chart answers any range in one response: no pages. */
  @Override
  public boolean paginates() {
    return false;
  }

  @Override
  public void laterPageFails(WireMock venue, Underlying underlying, List<TestBar> bars,
      int status) {
    venue.register(chart(underlying, "1d").willReturn(serverError(status)));
  }

  @Override
  public String missingField(WireMock venue, Underlying underlying, List<TestBar> bars,
      String field) {
    if (!"close".equals(field)) {
      throw new UnsupportedOperationException("only the close column is modelled");
    }
    venue.register(chart(underlying, "1d").willReturn(okJson(chartJson(underlying, "1d",
        dailyTimestamps(bars), bars, false))));
    // the column's full path in Yahoo's answer; its last segment is "close" as in the suite
    return "chart.result[0].indicators.quote[0].close";
  }

  /** Yahoo lists only today's chains: there are no contracts "as of" a past day to serve. */
  @Override
  public void contracts(WireMock venue, Underlying underlying, LocalDate asOf,
      List<OptionContract> contracts, int pageSize) {
    throw new UnsupportedOperationException("Yahoo keeps no option history (its options "
        + "endpoint lists only today's chains), so the plugin's contracts() fails NOT_FOUND "
        + "without asking Yahoo");
  }

  /**
   * A range without trading days: Yahoo answers 200 with the meta and no {@code timestamp}, and
   * an empty quote.
   */
  @Override
  public void empty(WireMock venue, Underlying underlying) {
    venue.register(get(urlPathEqualTo(path(underlying))).willReturn(okJson(
        "{\"chart\":{\"result\":[{\"meta\":" + meta(underlying, "1d")
            + ",\"indicators\":{\"quote\":[{}],\"adjclose\":[{}]}}],\"error\":null}}")));
  }

  /** Yahoo's 401, as it answers clients it will not serve. */
  @Override
  public void rejectsCredentials(WireMock venue) {
    venue.register(get(urlPathMatching(CHART)).atPriority(1).willReturn(aResponse()
        .withStatus(401).withHeader("Content-Type", "application/json;charset=utf-8")
        .withBody("{\"finance\":{\"result\":null,\"error\":{\"code\":\"Unauthorized\","
            + "\"description\":\"User is unable to access this feature\"}}}")));
  }

  /** Yahoo's 429 (a plain-text body) with {@code Retry-After}, once. */
  @Override
  public void rateLimitsOnce(WireMock venue, Duration retryAfter) {
    venue.register(get(urlPathMatching(CHART)).atPriority(1)
        .inScenario("rate limit").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("served")
        .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "text/plain")
            .withHeader("Retry-After", String.valueOf(retryAfter.toSeconds()))
            .withBody("Too Many Requests\r\n")));
  }

  @Override
  public void fails(WireMock venue, int status) {
    venue.register(get(urlPathMatching(CHART)).atPriority(1).willReturn(serverError(status)));
  }

  @Override
  public void stalls(WireMock venue, Duration delay) {
    venue.register(get(urlPathMatching(CHART)).atPriority(1).willReturn(okJson(
        "{\"chart\":{\"result\":null,\"error\":null}}").withFixedDelay((int) delay.toMillis())));
  }

  /** A 200 that is not a chart: the consent page Yahoo shows some networks instead. */
  @Override
  public void malformed(WireMock venue) {
    venue.register(get(urlPathMatching(CHART)).atPriority(1).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody("<!doctype html><html><head><title>Yahoo is part of the Yahoo family of "
            + "brands</title></head><body><form method=\"post\">consent</form></body></html>")));
  }

  @Override
  public RequestPatternBuilder requests() {
    return anyRequestedFor(urlPathMatching(CHART));
  }

  private static MappingBuilder chart(Underlying underlying, String interval) {
    return get(urlPathEqualTo(path(underlying)))
        .withQueryParam("interval", equalTo(interval))
        .withQueryParam("period1", matching("\\d+"))
        .withQueryParam("period2", matching("\\d+"));
  }

  /** Yahoo's symbols: indices carry a caret (S&P 500 is ^GSPC), URL-encoded in the path. */
  private static String path(Underlying underlying) {
    String s = underlying.symbol();
    String yahoo = switch (s) {
      case "SPX" -> "%5EGSPC";
      case "VIX", "NDX", "RUT", "VIX1D", "XSP" -> "%5E" + s;
      default -> s;
    };
    return "/v8/finance/chart/" + yahoo;
  }

  private static List<Long> dailyTimestamps(List<TestBar> bars) {
    return bars.stream().map(b -> b.start().atZone(NEW_YORK).toLocalDate()
        .atTime(LocalTime.of(9, 30)).atZone(NEW_YORK).toEpochSecond())
        .collect(Collectors.toList());
  }

  private static String chartJson(Underlying underlying, String interval, List<Long> times,
      List<TestBar> bars, boolean withClose) {
    String quote = "\"open\":" + column(bars, b -> num(b.open()))
        + ",\"high\":" + column(bars, b -> num(b.high()))
        + ",\"low\":" + column(bars, b -> num(b.low()))
        + (withClose ? ",\"close\":" + column(bars, b -> num(b.close())) : "")
        + ",\"volume\":" + column(bars, b -> Long.toString(b.volume()));
    return "{\"chart\":{\"result\":[{\"meta\":" + meta(underlying, interval)
        + ",\"timestamp\":" + times
        + ",\"indicators\":{\"quote\":[{" + quote + "}]"
        + (withClose ? ",\"adjclose\":[{\"adjclose\":" + column(bars, b -> num(b.close())) + "}]"
            : "")
        + "}}],\"error\":null}}";
  }

  private static String meta(Underlying underlying, String interval) {
    return "{\"currency\":\"USD\",\"symbol\":\"" + underlying.symbol() + "\","
        + "\"instrumentType\":\"ETF\",\"exchangeName\":\"PCX\","
        + "\"exchangeTimezoneName\":\"America/New_York\",\"timezone\":\"EST\","
        + "\"gmtoffset\":-18000,\"dataGranularity\":\"" + interval + "\","
        + "\"validRanges\":[\"1d\",\"5d\",\"1mo\",\"3mo\",\"6mo\",\"1y\",\"max\"]}";
  }

  private static String column(List<TestBar> bars, Function<TestBar, String> value) {
    return bars.stream().map(value).collect(Collectors.joining(",", "[", "]"));
  }

  private static String num(double d) {
    return Double.toString(d);
  }

  private static ResponseDefinitionBuilder serverError(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"finance\":{\"result\":null,\"error\":{\"code\":\"internal-error\","
            + "\"description\":\"Internal Server Error\"}}}");
  }
}
