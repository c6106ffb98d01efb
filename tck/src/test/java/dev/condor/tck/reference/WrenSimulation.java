package dev.condor.tck.reference;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.tck.data.DataVenueSimulation;
import dev.condor.tck.data.TestBar;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wren, as documented: {@code GET /v2/bars/{symbol}?interval=1d|1m&from&to[&cursor]} answers
 * {@code {"bars":[{"t","o","h","l","c","v"}],"next":"/v2/bars/...&cursor=p2"}} ({@code t} in epoch
 * seconds), {@code GET /v2/contracts/{symbol}?asOf&from&to[&cursor]} answers {@code
 * {"contracts":["<OCC symbol>"],"next":...}}; no {@code next} on the last page; every request
 * carries the key in {@code X-Wren-Key}; errors are {@code {"error":"..."}}.
 */
class WrenSimulation implements DataVenueSimulation {

  static final String KEY = "tck-wren-api-key-3d8e2f";
  private static final int PER_PAGE = 3;

  @Override
  public void dailyBars(WireMock venue, Underlying underlying, List<TestBar> bars) {
    paged(venue, underlying, "1d", bars, 0);
  }

  @Override
  public void minuteBars(WireMock venue, Underlying underlying, List<TestBar> bars) {
    paged(venue, underlying, "1m", bars, 0);
  }

  @Override
  public void laterPageFails(WireMock venue, Underlying underlying, List<TestBar> bars,
      int status) {
    paged(venue, underlying, "1d", bars, status);
  }

  private void paged(WireMock venue, Underlying underlying, String interval, List<TestBar> bars,
      int failLaterPagesWith) {
    String path = "/v2/bars/" + underlying.symbol();
    int pages = Math.max(1, (bars.size() + PER_PAGE - 1) / PER_PAGE);
    for (int p = 1; p <= pages; p++) {
      List<Object> items = new ArrayList<>();
      for (TestBar b : bars.subList((p - 1) * PER_PAGE, Math.min(bars.size(), p * PER_PAGE))) {
        items.add(bar(b));
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("bars", items);
      if (p < pages) {
        body.put("next", path + "?interval=" + interval + "&cursor=p" + (p + 1));
      }
      MappingBuilder page = get(urlPathEqualTo(path)).withHeader("X-Wren-Key", equalTo(KEY))
          .withQueryParam("interval", equalTo(interval))
          .withQueryParam("cursor", p == 1 ? absent() : equalTo("p" + p));
      venue.register(page.willReturn(p > 1 && failLaterPagesWith > 0
          ? error(failLaterPagesWith, "page unavailable") : okJson(Json.write(body))));
    }
  }

  private static Map<String, Object> bar(TestBar b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("t", b.start().getEpochSecond());
    m.put("o", b.open());
    m.put("h", b.high());
    m.put("l", b.low());
    m.put("c", b.close());
    m.put("v", b.volume());
    return m;
  }

  @Override
  public void contracts(WireMock venue, Underlying underlying, LocalDate asOf,
      List<OptionContract> contracts, int pageSize) {
    String path = "/v2/contracts/" + underlying.symbol();
    int pages = Math.max(1, (contracts.size() + pageSize - 1) / pageSize);
    for (int p = 1; p <= pages; p++) {
      List<Object> items = new ArrayList<>();
      for (OptionContract c : contracts.subList((p - 1) * pageSize,
          Math.min(contracts.size(), p * pageSize))) {
        items.add(c.occSymbol());
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("contracts", items);
      if (p < pages) {
        body.put("next", path + "?asOf=" + asOf + "&cursor=p" + (p + 1));
      }
      venue.register(get(urlPathEqualTo(path)).withHeader("X-Wren-Key", equalTo(KEY))
          .withQueryParam("asOf", equalTo(asOf.toString()))
          .withQueryParam("cursor", p == 1 ? absent() : equalTo("p" + p))
          .willReturn(okJson(Json.write(body))));
    }
  }

  @Override
  public String missingField(WireMock venue, Underlying underlying, List<TestBar> bars,
      String field) {
    if (!"close".equals(field)) {
      throw new UnsupportedOperationException("only the close field is modelled");
    }
    List<Object> items = new ArrayList<>();
    for (TestBar b : bars) {
      Map<String, Object> m = bar(b);
      m.remove("c");
      items.add(m);
    }
    venue.register(get(urlPathEqualTo("/v2/bars/" + underlying.symbol()))
        .withHeader("X-Wren-Key", equalTo(KEY))
        .willReturn(okJson(Json.write(Map.of("bars", items)))));
    return "c";
  }

  @Override
  public void empty(WireMock venue, Underlying underlying) {
    venue.register(get(urlPathEqualTo("/v2/bars/" + underlying.symbol()))
        .withHeader("X-Wren-Key", equalTo(KEY)).willReturn(okJson("{\"bars\":[]}")));
  }

  @Override
  public void rejectsCredentials(WireMock venue) {
    venue.register(any(urlPathMatching("/v2/.*")).atPriority(1)
        .willReturn(error(401, "invalid API key")));
  }

  @Override
  public void rateLimitsOnce(WireMock venue, Duration retryAfter) {
    venue.register(any(urlPathMatching("/v2/.*")).atPriority(1)
        .inScenario("rate limit").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("served")
        .willReturn(error(429, "slow down")
            .withHeader("Retry-After", String.valueOf(retryAfter.toSeconds()))));
  }

  @Override
  public void fails(WireMock venue, int status) {
    venue.register(any(urlPathMatching("/v2/.*")).atPriority(1)
        .willReturn(error(status, "internal error")));
  }

  @Override
  public void stalls(WireMock venue, Duration delay) {
    venue.register(any(urlPathMatching("/v2/.*")).atPriority(1)
        .willReturn(okJson("{\"bars\":[]}").withFixedDelay((int) delay.toMillis())));
  }

  @Override
  public void malformed(WireMock venue) {
    venue.register(any(urlPathMatching("/v2/.*")).atPriority(1)
        .willReturn(okJson("{\"status\":\"OK\",\"data\":\"<html>maintenance</html>\"}")));
  }

  @Override
  public RequestPatternBuilder requests() {
    return anyRequestedFor(urlPathMatching("/v2/.*"));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(
      int status, String message) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"" + message + "\"}");
  }
}
