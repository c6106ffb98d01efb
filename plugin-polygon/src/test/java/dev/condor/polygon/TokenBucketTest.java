package dev.condor.polygon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private long now;
  private final List<Long> sleeps = new ArrayList<>();

  private TokenBucket bucket(int perMinute) {
    return new TokenBucket(perMinute, () -> now, nanos -> {
      sleeps.add(nanos);
      now += nanos;
    });
  }

  @Test
  void theFreePlanAllowsABurstOfFiveThenOneEveryTwelveSeconds() throws InterruptedException {
    TokenBucket bucket = bucket(5);
    for (int i = 0; i < 5; i++) {
      bucket.acquire();
    }
    assertEquals(List.of(), sleeps);
    bucket.acquire();
    assertEquals(List.of(12_000_000_000L), sleeps);
  }

  @Test
  void idleTimeRefillsUpToTheBurstOnly() throws InterruptedException {
    TokenBucket bucket = bucket(5);
    now += 3_600_000_000_000L;
    for (int i = 0; i < 5; i++) {
      bucket.acquire();
    }
    bucket.acquire();
    assertEquals(1, sleeps.size());
  }

  @Test
  void zeroIsUnlimited() throws InterruptedException {
    TokenBucket bucket = bucket(0);
    for (int i = 0; i < 1000; i++) {
      bucket.acquire();
    }
    assertEquals(List.of(), sleeps);
  }

  @Test
  void servicesWithOneKeyAndHostShareTheBudget() {
    TokenBucket a = TokenBucket.shared("https://api.polygon.io", "digest-1", 5);
    assertEquals(a, TokenBucket.shared("https://api.polygon.io", "digest-1", 5));
    org.junit.jupiter.api.Assertions.assertNotSame(a,
        TokenBucket.shared("https://api.polygon.io", "digest-2", 5));
    org.junit.jupiter.api.Assertions.assertNotSame(a,
        TokenBucket.shared("https://api.massive.com", "digest-1", 5));
  }
}
