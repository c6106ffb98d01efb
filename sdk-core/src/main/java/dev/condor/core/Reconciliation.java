package dev.condor.core;

import dev.condor.api.broker.Broker;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.Leg;
import dev.condor.api.order.OrderState;
import dev.condor.api.portfolio.ContractPosition;
import dev.condor.api.portfolio.Position;
import dev.condor.core.journal.TradeJournal;
import dev.condor.core.order.TrackedOrder;
import dev.condor.core.runtime.StrategyRunner;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;

/**
 * Compares what the journal says the strategies hold and have working with what the broker
 * reports, before anything trades. Differences are journalled (RECONCILE, under {@code engine})
 * and returned; they are reported, not "fixed": an order the journal does not know may belong to
 * another program on the same account, and the journal's own live orders are looked up by the
 * strategies on their first poll.
 */
final class Reconciliation {
  static final String ENGINE = "engine";

  private Reconciliation() {}

  static CompletionStage<List<String>> run(Broker broker, List<StrategyRunner> runners,
      TradeJournal journal, InstantSource clock) {
    return broker.openOrders().thenCombine(broker.positions(), (open, held) -> {
      List<String> findings = new ArrayList<>();
      Set<ClientOrderId> journalled = new HashSet<>();
      Set<ClientOrderId> journalledLive = new HashSet<>();
      Map<String, Integer> expected = new TreeMap<>();
      for (StrategyRunner r : runners) {
        for (TrackedOrder o : r.orders().orders()) {
          journalled.add(o.ticket().clientOrderId());
          if (o.isLive()) {
            journalledLive.add(o.ticket().clientOrderId());
          }
        }
        for (Position p : r.book().openPositions()) {
          for (Leg leg : p.openedBy().legs()) {
            expected.merge(leg.contract().occSymbol(), leg.side().sign() * leg.ratio() * p.quantity(),
                Integer::sum);
          }
        }
      }
      Set<ClientOrderId> atVenue = new HashSet<>();
      for (OrderState s : open) {
        atVenue.add(s.clientOrderId());
        if (!journalled.contains(s.clientOrderId())) {
          findings.add("working order " + s.clientOrderId() + " at the broker is not in the journal"
              + " (placed by another program?); left alone");
        }
      }
      for (ClientOrderId id : journalledLive) {
        if (!atVenue.contains(id)) {
          findings.add("order " + id + " is working in the journal but not listed by the broker;"
              + " its strategy looks it up before trading");
        }
      }
      Map<String, Integer> actual = new TreeMap<>();
      for (ContractPosition p : held) {
        actual.merge(p.contract().occSymbol(), p.quantity(), Integer::sum);
      }
      Set<String> contracts = new HashSet<>(expected.keySet());
      contracts.addAll(actual.keySet());
      for (String c : new java.util.TreeSet<>(contracts)) {
        int want = expected.getOrDefault(c, 0);
        int have = actual.getOrDefault(c, 0);
        if (want != have) {
          findings.add("position " + OptionContract.parseOcc(c) + ": journal " + want + ", broker "
              + have);
        }
      }
      for (String f : findings) {
        journal.reconcile(ENGINE, clock.instant(), f);
      }
      return findings;
    });
  }
}
