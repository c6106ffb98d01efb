package dev.condor.core.market.sim;

import dev.condor.api.Experimental;
import dev.condor.api.data.MarketDataFeed;
import dev.condor.api.error.DataException;
import dev.condor.api.error.InvalidValueException;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.OptionChain;
import dev.condor.api.market.Quote;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live {@link MarketDataFeed} over a {@link SimulatedMarket}: "now" is whatever an {@link
 * InstantSource} says (the system clock, or an accelerated clock the engine supplies), and every
 * answer is the simulated market at that instant.
 *
 * <p>{@link #stream} publishes a quote of each requested underlying for every simulated minute the
 * clock passes during a session, in order (the close included), polling the clock every {@code
 * pollMillis} of real time on one daemon thread per feed. A clock that jumps many minutes between
 * polls gets all of them, up to a day's worth per poll; a subscriber that cannot keep up loses the
 * quotes that no longer fit in its buffer (each is logged at debug level) rather than slowing the
 * clock. Outside sessions nothing is published. Closing the feed completes every stream.
 */
@Experimental(since = "0.1")
public final class SimulatedMarketFeed implements MarketDataFeed {

  private static final Logger LOG = LoggerFactory.getLogger(SimulatedMarketFeed.class);
  /** The default real-time interval between two looks at the clock when streaming. */
  public static final long DEFAULT_POLL_MILLIS = 50;
  private static final int MAX_MINUTES_PER_POLL = 400;

  private final SimulatedMarket market;
  private final InstantSource clock;
  private final long pollMillis;
  private final List<MinuteStream> streams = new CopyOnWriteArrayList<>();
  private ScheduledExecutorService scheduler;
  private volatile boolean closed;

  /** A feed over a market, at the instants a clock gives. */
  public SimulatedMarketFeed(SimulatedMarket market, InstantSource clock) {
    this(market, clock, DEFAULT_POLL_MILLIS);
  }

  /** As {@link #SimulatedMarketFeed(SimulatedMarket, InstantSource)}, polling at a given rate. */
  public SimulatedMarketFeed(SimulatedMarket market, InstantSource clock, long pollMillis) {
    if (market == null) {
      throw new InvalidValueException("market", null, "is required");
    }
    if (clock == null) {
      throw new InvalidValueException("clock", null, "is required");
    }
    if (pollMillis < 1 || pollMillis > 60_000) {
      throw new InvalidValueException("pollMillis", pollMillis, "must be within [1, 60000]");
    }
    this.market = market;
    this.clock = clock;
    this.pollMillis = pollMillis;
  }

  /** The market served. */
  public SimulatedMarket market() {
    return market;
  }

  @Override
  public CompletionStage<Quote> quote(Underlying underlying) {
    if (underlying == null) {
      return CompletableFuture.failedFuture(new InvalidValueException("underlying", null,
          "is required"));
    }
    if (closed) {
      return CompletableFuture.failedFuture(closedError("quote"));
    }
    Instant now = clock.instant();
    Optional<Quote> quote = market.quote(underlying, now);
    return quote.<CompletionStage<Quote>>map(CompletableFuture::completedFuture)
        .orElseGet(() -> CompletableFuture.failedFuture(notFound("quote", underlying, now)));
  }

  @Override
  public CompletionStage<OptionChain> chain(Underlying underlying, LocalDate fromExpiry,
      LocalDate toExpiry) {
    if (closed) {
      return CompletableFuture.failedFuture(closedError("chain"));
    }
    Instant now = clock.instant();
    try {
      Optional<OptionChain> chain = market.chain(underlying, now, fromExpiry, toExpiry);
      return chain.<CompletionStage<OptionChain>>map(CompletableFuture::completedFuture)
          .orElseGet(() -> CompletableFuture.failedFuture(notFound("chain", underlying, now)));
    } catch (InvalidValueException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public Flow.Publisher<Quote> stream(Set<Underlying> underlyings) {
    if (underlyings == null || underlyings.isEmpty()) {
      throw new InvalidValueException("underlyings", underlyings, "must name at least one");
    }
    List<Instrument> instruments = new ArrayList<>();
    for (Underlying u : new LinkedHashSet<>(underlyings)) {
      instruments.add(Instrument.of(u).orElseThrow(() -> new InvalidValueException(
          "underlyings", u, "is not quoted by the simulated market; it has "
              + market.underlyings())));
    }
    return subscriber -> {
      if (subscriber == null) {
        throw new NullPointerException("subscriber");
      }
      synchronized (this) {
        if (closed) {
          subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
          });
          subscriber.onError(closedError("stream"));
          return;
        }
        MinuteStream stream = new MinuteStream(instruments);
        stream.publisher.subscribe(subscriber);
        streams.add(stream);
        stream.task = scheduler().scheduleWithFixedDelay(stream::poll, 0, pollMillis,
            TimeUnit.MILLISECONDS);
      }
    };
  }

  private synchronized ScheduledExecutorService scheduler() {
    if (scheduler == null) {
      scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "condor-simulated-feed");
        t.setDaemon(true);
        return t;
      });
    }
    return scheduler;
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    for (MinuteStream stream : streams) {
      stream.stop();
    }
    streams.clear();
    ScheduledExecutorService s;
    synchronized (this) {
      s = scheduler;
      scheduler = null;
    }
    if (s != null) {
      s.shutdownNow();
    }
  }

  private DataException notFound(String endpoint, Underlying underlying, Instant now) {
    return DataException.of(DataException.Kind.NOT_FOUND, SimulatedMarketFeedProvider.ID)
        .location(endpoint)
        .field("underlying")
        .detail("no simulated " + (endpoint.equals("chain") ? "chain of " : "quote of ")
            + underlying + " at " + now + " (simulated days " + market.firstTradingDay() + ".."
            + market.lastTradingDay() + ")")
        .build();
  }

  private static DataException closedError(String endpoint) {
    return DataException.of(DataException.Kind.UNAVAILABLE, SimulatedMarketFeedProvider.ID)
        .location(endpoint)
        .detail("the feed is closed")
        .build();
  }

  /** One subscription's publisher and its position on the minute grid. */
  private final class MinuteStream {
    final List<Instrument> instruments;
    final SubmissionPublisher<Quote> publisher = new SubmissionPublisher<>();
    volatile ScheduledFuture<?> task;
    long lastPosition = SessionTable.NONE;
    boolean hadSubscriber;

    MinuteStream(List<Instrument> instruments) {
      this.instruments = instruments;
    }

    void poll() {
      try {
        if (publisher.getNumberOfSubscribers() == 0) {
          if (hadSubscriber || publisher.isClosed()) {
            stop();
            streams.remove(this);
          }
          return;
        }
        hadSubscriber = true;
        long now = market.table().locate(clock.instant());
        if (now == SessionTable.NONE) {
          return;
        }
        long from = lastPosition == SessionTable.NONE ? now : next(lastPosition);
        int sent = 0;
        for (long p = from; p != SessionTable.NONE && p <= now && sent < MAX_MINUTES_PER_POLL;
            p = next(p)) {
          for (Instrument inst : instruments) {
            publisher.offer(market.quoteAt(inst, p), (subscriber, dropped) -> {
              LOG.debug("simulated feed: a slow subscriber missed {}", dropped);
              return false;
            });
          }
          lastPosition = p;
          sent++;
        }
      } catch (RuntimeException e) {
        LOG.warn("simulated feed: stream stopped: {}", e.toString());
        publisher.closeExceptionally(e);
        stop();
      }
    }

    /** The next position on the minute grid, across sessions; NONE past the simulated days. */
    long next(long position) {
      int day = SessionTable.dayOf(position);
      int minute = SessionTable.minuteOf(position);
      if (minute < market.table().minutes(day)) {
        return SessionTable.pack(day, minute + 1);
      }
      return day + 1 < market.table().simulatedDays() ? SessionTable.pack(day + 1, 0)
          : SessionTable.NONE;
    }

    void stop() {
      ScheduledFuture<?> t = task;
      if (t != null) {
        t.cancel(false);
      }
      publisher.close();
    }
  }
}
