package dev.condor.core.store.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.condor.api.instrument.OptionRight;
import dev.condor.api.instrument.Underlying;
import dev.condor.core.store.ImportBatch.Partition;
import dev.condor.core.store.OptionRows;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Hand-written fixtures under {@code src/test/resources/imports} and lookups into results. */
final class Fixtures {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private Fixtures() {}

  static Path fixture(String name) {
    URL url = Fixtures.class.getResource("/imports/" + name);
    if (url == null) {
      throw new IllegalStateException("missing test fixture imports/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Instant ny(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
  }

  static OptionRows partition(ImportResult r, Underlying u, String day) {
    OptionRows rows = r.batch().options().get(new Partition(u, LocalDate.parse(day)));
    if (rows == null) {
      fail("no partition " + u + " " + day + " in " + r.batch().options().keySet());
    }
    return rows;
  }

  /** The index of the one row of a contract at a time. */
  static int row(OptionRows rows, Instant at, String root, String expiry, double strike,
      OptionRight right) {
    int found = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.epochSecond(i) == at.getEpochSecond() && rows.root(i).equals(root)
          && rows.expiryEpochDay(i) == LocalDate.parse(expiry).toEpochDay()
          && rows.strike(i) == strike && rows.right(i) == right) {
        if (found >= 0) {
          fail("two rows for " + root + " " + expiry + " " + strike + " " + right + " at " + at);
        }
        found = i;
      }
    }
    if (found < 0) {
      fail("no row for " + root + " " + expiry + " " + strike + " " + right + " at " + at);
    }
    return found;
  }

  static void assertPrices(OptionRows rows, int i, double bid, double ask, double last) {
    assertEquals(bid, rows.bid(i), 1e-12, "bid");
    assertEquals(ask, rows.ask(i), 1e-12, "ask");
    assertEquals(last, rows.last(i), 1e-12, "last");
  }
}
