package dev.condor.core.store;

import dev.condor.core.store.ImportBatch.Partition;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loaded days, least recently used first out, within a byte budget. Concurrent requests for a day
 * that is loading wait for that one load, including a load {@linkplain #prefetch prefetched} in the
 * background. A day invalidated (rewritten) while it loads is returned to its caller but not
 * cached.
 */
final class DayCache {

  private static final Logger LOG = LoggerFactory.getLogger(DayCache.class);

  private final long budget;
  private final LinkedHashMap<Partition, DayChains> days = new LinkedHashMap<>(64, 0.75f, true);
  private final ConcurrentHashMap<Partition, Load> loading = new ConcurrentHashMap<>();
  private final Map<Partition, Long> generations = new ConcurrentHashMap<>();
  private long bytes;
  private long loads;

  DayCache(long budget) {
    this.budget = budget;
  }

  /** The cached day, or the one {@code load} produces (loaded once however many ask at once). */
  DayChains get(Partition key, Function<Partition, DayChains> load) {
    DayChains cached = cached(key);
    if (cached != null) {
      return cached;
    }
    Load mine = new Load(true);
    Load running = loading.putIfAbsent(key, mine);
    if (running == null) {
      return run(key, mine, load);
    }
    if (running.claim()) {
      // a prefetch still queued: load it here rather than wait behind the queue
      return run(key, running, load);
    }
    try {
      return running.result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }

  /**
   * Queues a load of a day on {@code executor} unless the day is cached or loading already; a
   * {@link #get} meanwhile waits for that load, or runs it itself if it has not started. A failed
   * load is reported only to the readers waiting for it; a later {@link #get} loads again.
   *
   * @return whether a load was queued
   */
  boolean prefetch(Partition key, Function<Partition, DayChains> load, Executor executor) {
    if (cached(key) != null) {
      return false;
    }
    Load queued = new Load(false);
    if (loading.putIfAbsent(key, queued) != null) {
      return false;
    }
    try {
      executor.execute(() -> {
        if (queued.claim()) {
          try {
            run(key, queued, load);
          } catch (RuntimeException | Error e) {
            LOG.debug("prefetching {} failed; a reader of the day will see why: {}", key,
                e.toString());
          }
        }
      });
      return true;
    } catch (RejectedExecutionException e) {
      // not started: a reader that already found it claims it; later readers load as usual
      loading.remove(key, queued);
      return false;
    }
  }

  private DayChains run(Partition key, Load mine, Function<Partition, DayChains> load) {
    try {
      DayChains day = cached(key);
      if (day == null) {
        long generation = generations.getOrDefault(key, 0L);
        day = load.apply(key);
        synchronized (this) {
          loads++;
          if (generations.getOrDefault(key, 0L) == generation) {
            put(key, day);
          }
        }
      }
      mine.result.complete(day);
      return day;
    } catch (RuntimeException | Error e) {
      mine.result.completeExceptionally(e);
      throw e;
    } finally {
      loading.remove(key, mine);
    }
  }

  private synchronized DayChains cached(Partition key) {
    return days.get(key);
  }

  private void put(Partition key, DayChains day) {
    DayChains old = days.put(key, day);
    if (old != null) {
      bytes -= old.bytes();
    }
    bytes += day.bytes();
    Iterator<Map.Entry<Partition, DayChains>> it = days.entrySet().iterator();
    while (bytes > budget && it.hasNext()) {
      Map.Entry<Partition, DayChains> e = it.next();
      if (e.getKey().equals(key)) {
        continue;
      }
      bytes -= e.getValue().bytes();
      it.remove();
    }
  }

  /** Forgets a day (it is being replaced); a load of it under way will not be cached. */
  synchronized void invalidate(Partition key) {
    generations.merge(key, 1L, Long::sum);
    DayChains old = days.remove(key);
    if (old != null) {
      bytes -= old.bytes();
    }
  }

  /** Forgets every day. */
  synchronized void clear() {
    days.clear();
    bytes = 0;
  }

  synchronized long bytes() {
    return bytes;
  }

  synchronized long loads() {
    return loads;
  }

  synchronized int size() {
    return days.size();
  }

  /** One load of a day: run by the thread that claims it, waited for by the others. */
  private static final class Load {
    final CompletableFuture<DayChains> result = new CompletableFuture<>();
    private final AtomicBoolean claimed;

    Load(boolean claimed) {
      this.claimed = new AtomicBoolean(claimed);
    }

    boolean claim() {
      return claimed.compareAndSet(false, true);
    }
  }
}
