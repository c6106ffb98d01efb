package dev.condor.core.market.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small least-recently-used cache, synchronised: chains and chain slices that strategies and
 * the paper broker ask for again and again within a minute.
 */
final class LruCache<K, V> {

  private final LinkedHashMap<K, V> map;

  LruCache(int capacity) {
    this.map = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The cached value, or null. */
  synchronized V get(K key) {
    return map.get(key);
  }

  /**
   * The cached value, or one computed outside the lock and then cached (two threads may compute
   * the same value; both results are equal, the first stored wins).
   */
  V computeIfAbsent(K key, Function<K, V> compute) {
    V cached = get(key);
    if (cached != null) {
      return cached;
    }
    V value = compute.apply(key);
    synchronized (this) {
      V raced = map.putIfAbsent(key, value);
      return raced != null ? raced : value;
    }
  }
}
