package dev.condor.yfinance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.data.HistoricalDataProvider;
import dev.condor.api.data.MarketDataFeedProvider;
import dev.condor.api.error.ConfigurationException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.ProviderKind;
import dev.condor.api.plugin.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Discovery through ServiceLoader, declared capabilities and settings. */
class YahooProvidersTest {

  @Test
  void bothProvidersAreFoundByServiceLoaderUnderOneId() {
    HistoricalDataProvider<?> history = ServiceLoader.load(HistoricalDataProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(p -> p.id().equals("yfinance")).findFirst()
        .orElseThrow();
    MarketDataFeedProvider<?> feed = ServiceLoader.load(MarketDataFeedProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(p -> p.id().equals("yfinance")).findFirst()
        .orElseThrow();

    assertEquals(ProviderKind.HISTORICAL_DATA, history.kind());
    assertEquals(ProviderKind.MARKET_DATA, feed.kind());
    assertEquals(ApiVersion.CURRENT, history.apiVersion());
    assertEquals(Set.of(), history.secrets());
    // honest capabilities: no option history, no streaming
    assertEquals(Set.of(Capability.INTRADAY_BARS), history.capabilities());
    assertEquals(Set.of(Capability.OPTION_CHAINS, Capability.GREEKS), feed.capabilities());
  }

  @Test
  void defaultsPointAtYahoo() {
    YahooConfig c = new YahooHistoricalDataProvider().configure(Settings.empty("data.yfinance"));

    assertEquals(YahooConfig.QUERY_HOST, c.baseUrl());
    assertEquals(YahooConfig.COOKIE_PAGE, c.cookieUrl());
    assertEquals(Duration.ofSeconds(10), c.timeout());
    assertEquals(YahooConfig.DEFAULT_USER_AGENT, c.userAgent());
    assertEquals(0.04, c.riskFreeRate());
  }

  @Test
  void settingsAreRead() {
    YahooConfig c = new YahooMarketDataFeedProvider().configure(Settings.of("data.yfinance",
        Map.of("baseUrl", "http://localhost:8089/", "timeout", "3s", "userAgent", "me/1.0")));

    assertEquals(URI.create("http://localhost:8089"), c.baseUrl());
    assertEquals(Duration.ofSeconds(3), c.timeout());
    assertEquals("me/1.0", c.userAgent());
  }

  @Test
  void badSettingsNameTheirKey() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> new YahooHistoricalDataProvider().configure(Settings.of("data.yfinance",
            Map.of("baseUrl", "ftp://nowhere"))));
    assertTrue(e.getMessage().contains("data.yfinance.baseUrl"), e.getMessage());

    assertThrows(ConfigurationException.class, () -> new YahooHistoricalDataProvider()
        .configure(Settings.of("data.yfinance", Map.of("apiKey", "x"))));
  }
}
