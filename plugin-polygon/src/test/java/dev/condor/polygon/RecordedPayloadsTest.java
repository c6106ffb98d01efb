package dev.condor.polygon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.market.Bar;
import dev.condor.api.market.DataOrigin;
import dev.condor.api.market.OptionQuote;
import dev.condor.api.market.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Polygon's documented example responses (recorded in the shared market-data folder, read in
 * place, never copied into the project) read into Condor's values. Skipped where the folder is
 * absent.
 */
class RecordedPayloadsTest {

  private static final Path EXAMPLES =
      Path.of("../../shared/market-data/api_fixtures/polygon/openapi_examples");

  private final ObjectMapper json = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final WireMapper mapper = WireMapper.INSTANCE;

  private <T> T read(String file, Class<T> type) throws IOException {
    Path path = EXAMPLES.resolve(file);
    assumeTrue(Files.isRegularFile(path),
        "recorded Polygon examples not found at " + path.toAbsolutePath() + "; skipped");
    return json.readValue(path.toFile(), type);
  }

  private List<Bar> bars(Wire.Aggs aggs, String symbol) {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < aggs.results().size(); i++) {
      bars.add(mapper.bar(aggs.results().get(i), symbol, Duration.ofDays(1), i));
    }
    return bars;
  }

  @Test
  void indexAggregates() throws IOException {
    Wire.Aggs aggs = read("v2_aggs_ticker_indicesTicker_range_multiplier_timespan_from_to.json",
        Wire.Aggs.class);

    assertEquals("I:NDX", aggs.ticker());
    List<Bar> bars = bars(aggs, "NDX");
    assertEquals(2, bars.size());
    Bar first = bars.get(0);
    assertEquals(Instant.ofEpochMilli(1678341600000L), first.start());
    assertEquals(12230.83658266843, first.open());
    assertEquals(12340.44936267155, first.high());
    assertEquals(11970.34221717375, first.low());
    assertEquals(11995.88235998666, first.close());
    assertEquals(0, first.volume(), "indices have no volume");
    assertEquals(DataOrigin.OBSERVED, first.origin());
    assertTrue(bars.get(0).start().isBefore(bars.get(1).start()));
  }

  @Test
  void optionAggregates() throws IOException {
    Wire.Aggs aggs = read("v2_aggs_ticker_optionsTicker_range_multiplier_timespan_from_to.json",
        Wire.Aggs.class);

    OptionContract contract = OptionContract.parsePolygon(aggs.ticker());
    assertEquals(OptionContract.of("RDFN", LocalDate.of(2021, 11, 19), 25, OptionRight.CALL), contract);
    List<Bar> bars = bars(aggs, contract.occSymbol());
    assertEquals(2, bars.size());
    assertEquals(26.2, bars.get(0).close());
    assertEquals(2, bars.get(0).volume());
    assertEquals(Instant.ofEpochMilli(1632369600000L), bars.get(0).start());
    assertEquals(28.3, bars.get(1).close());
  }

  @Test
  void optionContracts() throws IOException {
    Wire.Contracts page = read("v3_reference_options_contracts.json", Wire.Contracts.class);

    assertEquals(2, page.results().size());
    assertEquals(OptionContract.of("AAPL", LocalDate.of(2021, 11, 19), 85, OptionRight.CALL),
        mapper.contract(page.results().get(0), 0));
    assertEquals(OptionContract.of("AAPL", LocalDate.of(2021, 11, 19), 90, OptionRight.CALL),
        mapper.contract(page.results().get(1), 1));
  }

  @Test
  void optionSnapshot() throws IOException {
    Wire.OptionSnapshots page = read("v3_snapshot_options_underlyingAsset.json",
        Wire.OptionSnapshots.class);

    OptionQuote q = mapper.optionQuote(page.results().get(0), 0, Instant.EPOCH);

    // the example's ticker has a nine-digit strike; the terms are read from "details"
    assertEquals(OptionContract.of("AAPL", LocalDate.of(2022, 1, 21), 150, OptionRight.CALL),
        q.contract());
    assertEquals(120.28, q.bid());
    assertEquals(120.3, q.ask());
    assertEquals(8, q.bidSize());
    assertEquals(4, q.askSize());
    assertEquals(0.05, q.last().getAsDouble());
    assertEquals(868, q.volume());
    assertEquals(1543, q.openInterest());
    assertEquals(5, q.impliedVolatility().getAsDouble());
    assertEquals(1, q.greeks().orElseThrow().delta());
    assertEquals(0.00229, q.greeks().orElseThrow().theta());
    assertEquals(147, q.underlyingPrice().getAsDouble());
    assertEquals(Instant.ofEpochSecond(0, 1605195918507251700L), q.time());
    assertEquals(DataOrigin.OBSERVED, q.analyticsOrigin());
  }

  @Test
  void indexSnapshotAndItsPerTickerErrors() throws IOException {
    Wire.Snapshots page = read("v3_snapshot_indices.json", Wire.Snapshots.class);

    Quote dji = mapper.quote(page.results().get(0), "DJI", Instant.EPOCH);
    assertEquals(3822.39, dji.last());
    assertEquals(3822.39, dji.price());
    assertEquals(Instant.ofEpochSecond(0, 1679597116344223500L), dji.time());
    assertEquals("NOT_FOUND", page.results().get(1).error());
    assertEquals("NOT_ENTITLED", page.results().get(2).error());
  }

  @Test
  void universalSnapshotOfAStock() throws IOException {
    Wire.Snapshots page = read("v3_snapshot.json", Wire.Snapshots.class);
    Wire.Snapshot stock = page.results().stream().filter(r -> "stocks".equals(r.type()))
        .findFirst().orElseThrow();

    Quote q = mapper.quote(stock, stock.ticker(), Instant.EPOCH);

    assertEquals(20.9, q.bid());
    assertEquals(21.25, q.ask());
    assertEquals(172, q.bidSize());
    assertEquals(0.05, q.last());
    assertEquals(Instant.ofEpochSecond(0, 1636573458756383500L), q.time());
  }
}
