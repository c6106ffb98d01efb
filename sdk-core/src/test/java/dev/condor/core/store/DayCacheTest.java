package dev.condor.core.store;

import static dev.condor.core.store.StoreFixtures.FRIDAY;
import static dev.condor.core.store.StoreFixtures.spx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.core.store.ImportBatch.Partition;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The day cache's prefetch: one load per day, whoever runs it. */
class DayCacheTest {

  private final AtomicInteger loads = new AtomicInteger();
  private final Function<Partition, DayChains> load = p -> {
    loads.incrementAndGet();
    return day(p);
  };

  @Test
  void aReaderRunsAPrefetchThatHasNotStartedItselfAndTheQueuedTaskThenDoesNothing() {
    DayCache cache = new DayCache(1 << 20);
    List<Runnable> queued = new ArrayList<>();

    assertTrue(cache.prefetch(spx(FRIDAY), load, queued::add));
    DayChains read = cache.get(spx(FRIDAY), load);
    queued.forEach(Runnable::run);

    assertEquals(1, loads.get());
    assertSame(read, cache.get(spx(FRIDAY), load));
    assertEquals(1, cache.loads());
  }

  @Test
  void aDayCachedOrAlreadyQueuedIsNotPrefetchedAgain() {
    DayCache cache = new DayCache(1 << 20);
    List<Runnable> queued = new ArrayList<>();

    assertTrue(cache.prefetch(spx(FRIDAY), load, queued::add));
    assertFalse(cache.prefetch(spx(FRIDAY), load, queued::add));
    queued.forEach(Runnable::run);
    assertFalse(cache.prefetch(spx(FRIDAY), load, queued::add));

    assertEquals(1, queued.size());
    assertEquals(1, loads.get());
  }

  @Test
  void aRejectedPrefetchLeavesTheDayToItsReaders() {
    DayCache cache = new DayCache(1 << 20);

    assertFalse(cache.prefetch(spx(FRIDAY), load, r -> {
      throw new RejectedExecutionException("full");
    }));
    cache.get(spx(FRIDAY), load);

    assertEquals(1, loads.get());
  }

  @Test
  void aFailedPrefetchIsReportedToTheReaderThatAsksAndTheNextReaderLoadsAgain() {
    DayCache cache = new DayCache(1 << 20);
    AtomicInteger attempts = new AtomicInteger();
    Function<Partition, DayChains> failingOnce = p -> {
      if (attempts.incrementAndGet() == 1) {
        throw new IllegalStateException("disk gone (injected)");
      }
      return day(p);
    };

    cache.prefetch(spx(FRIDAY), failingOnce, Runnable::run); // fails quietly in the background

    assertEquals(1, attempts.get());
    assertEquals(12, cache.get(spx(FRIDAY), failingOnce).rows());
    assertEquals(2, attempts.get());
  }

  @Test
  void aReaderWaitingForAPrefetchUnderWaySeesItsFailure() throws Exception {
    DayCache cache = new DayCache(1 << 20);
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Runnable> queued = new ArrayList<>();
    cache.prefetch(spx(FRIDAY), p -> {
      started.countDown();
      await(release);
      throw new IllegalStateException("corrupt (injected)");
    }, queued::add);
    Thread background = new Thread(queued.get(0));
    background.start();
    assertTrue(started.await(5, TimeUnit.SECONDS));
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try {
      Future<DayChains> read = reader.submit(() -> cache.get(spx(FRIDAY), load));
      Thread.sleep(50);
      assertFalse(read.isDone(), "waits for the load under way");
      release.countDown();

      ExecutionException e = assertThrows(ExecutionException.class,
          () -> read.get(5, TimeUnit.SECONDS));
      assertEquals("corrupt (injected)", e.getCause().getMessage());
      assertEquals(0, loads.get(), "the reader did not load the day itself");
    } finally {
      release.countDown();
      reader.shutdownNow();
      background.join(5000);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A day of one snapshot of twelve rows. */
  private static DayChains day(Partition p) {
    int n = 12;
    int[] strikes = new int[n];
    int[] prices = new int[n];
    for (int i = 0; i < n; i++) {
      strikes[i] = (5000 + 5 * i) * 1000;
      prices[i] = 100 + i;
    }
    return new DayChains(p.underlying(), p.day(), new long[] {1_710_509_460L}, new int[] {0, 1},
        new int[] {510_000}, new int[] {0, n}, new int[] {(int) p.day().toEpochDay()},
        new byte[] {1}, strikes, new String[] {"SPXW"}, null, prices, prices, null, null, null,
        null, null, null, null, null, null, null, (byte) 0, 0);
  }
}
