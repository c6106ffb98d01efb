package dev.condor.yfinance;

import static dev.condor.yfinance.YahooTestSupport.join;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.Quote;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Against Yahoo itself: the real cookie + crumb handshake, a quote, a week of SPY chains and a
 * month of ^GSPC bars. Never run by the build (surefire excludes {@code *Integration}); run by
 * hand to check that Yahoo's endpoints still behave as this plugin expects.
 */
class YahooLiveIntegration {

  @Test
  void realYahoo() throws Exception {
    YahooConfig config = new YahooMarketDataFeedProvider().configure(Settings.empty("yfinance"));
    YahooMarketDataFeed feed = new YahooMarketDataFeedProvider().create(config, Secrets.none());
    YahooHistoricalData history = new YahooHistoricalDataProvider().create(config, Secrets.none());

    Quote spx = join(feed.quote(Underlying.SPX));
    assertTrue(spx.last() > 0);
    LocalDate today = LocalDate.now();
    OptionChain chain = join(feed.chain(Underlying.SPY, today, today.plusDays(7)));
    assertTrue(chain.spot() > 0);
    assertFalse(chain.quotes(chain.expiries().get(0), OptionRight.PUT).isEmpty());
    assertFalse(join(history.bars(Underlying.SPX, Duration.ofDays(1), today.minusDays(30), today))
        .isEmpty());
  }
}
