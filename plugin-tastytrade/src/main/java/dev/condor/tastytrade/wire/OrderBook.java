package dev.condor.tastytrade.wire;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The client order ids this plugin placed and the venue's order ids they got, per account, kept in
 * an owner-only file so that they survive a restart. It is a shortcut, not the source of truth:
 * every order also carries its client order id as tastytrade's {@code external-identifier}, which
 * is how an order whose placement answer was lost is found.
 */
final class OrderBook {

  private static final System.Logger LOG = System.getLogger(OrderBook.class.getName());
  private static final int MAX_ENTRIES = 5000;

  private final Path file;
  private final ObjectMapper json;
  private final Map<String, String> venueIds = new LinkedHashMap<>();
  private boolean loaded;

  OrderBook(Path file, ObjectMapper json) {
    this.file = file;
    this.json = json;
  }

  synchronized Optional<String> venueId(String account, String clientOrderId) {
    load();
    return Optional.ofNullable(venueIds.get(account + "/" + clientOrderId));
  }

  synchronized void record(String account, String clientOrderId, String venueId) {
    load();
    String key = account + "/" + clientOrderId;
    if (venueId.equals(venueIds.get(key))) {
      return;
    }
    venueIds.remove(key);
    venueIds.put(key, venueId);
    while (venueIds.size() > MAX_ENTRIES) {
      venueIds.remove(venueIds.keySet().iterator().next());
    }
    if (file == null) {
      return;
    }
    try {
      OwnerOnlyFiles.write(file, json.writeValueAsString(venueIds));
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING,
          "could not keep the client order id map in {0} ({1}); orders are still found by"
              + " external-identifier", file, e.getClass().getSimpleName());
    }
  }

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (file == null) {
      return;
    }
    try {
      Optional<String> text = OwnerOnlyFiles.read(file);
      if (text.isPresent()) {
        venueIds.putAll(json.readValue(text.get(), new TypeReference<Map<String, String>>() {}));
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "ignoring the unreadable client order id map {0} ({1})",
          file, e.getClass().getSimpleName());
    }
  }
}
