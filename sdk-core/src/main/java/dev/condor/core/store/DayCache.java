package dev.condor.core.store;

import dev.condor.core.store.ImportBatch.Partition;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Loaded days, least recently used first out, within a byte budget. Concurrent requests for a day
 * that is loading wait for that one load. A day invalidated (rewritten) while it loads is returned
 * to its caller but not cached.
 */
final class DayCache {

  private final long budget;
  private final LinkedHashMap<Partition, DayChains> days = new LinkedHashMap<>(64, 0.75f, true);
  private final ConcurrentHashMap<Partition, CompletableFuture<DayChains>> loading =
      new ConcurrentHashMap<>();
  private final Map<Partition, Long> generations = new ConcurrentHashMap<>();
  private long bytes;
  private long loads;

  DayCache(long budget) {
    this.budget = budget;
  }

  /** The cached day, or the one {@code load} produces (loaded once however many ask at once). */
  DayChains get(Partition key, Function<Partition, DayChains> load) {
    synchronized (this) {
      DayChains cached = days.get(key);
      if (cached != null) {
        return cached;
      }
    }
    CompletableFuture<DayChains> mine = new CompletableFuture<>();
    CompletableFuture<DayChains> running = loading.putIfAbsent(key, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw e;
      }
    }
    try {
      DayChains day;
      synchronized (this) {
        day = days.get(key);
      }
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
      mine.complete(day);
      return day;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      loading.remove(key, mine);
    }
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
}
