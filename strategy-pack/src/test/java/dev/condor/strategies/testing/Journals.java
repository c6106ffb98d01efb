package dev.condor.strategies.testing;

import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.ExitDecision;
import dev.condor.api.strategy.RiskPolicyRequest;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyContext;
import dev.condor.api.strategy.StrategySchedule;
import dev.condor.core.calendar.NyseCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading a run's journal the way a trader would, and a strategy with its policies swapped. */
public final class Journals {

  private Journals() {}

  /** The exchange date of an event. */
  public static LocalDate day(JournalEvent e) {
    return e.time().atZone(NyseCalendar.ZONE).toLocalDate();
  }

  /** A field as text. */
  public static String text(JournalEvent e, String field) {
    return String.valueOf(e.fields().get(field));
  }

  /**
   * Whether the journal explains {@code day}: an entry order placed that day, or a decision (a
   * skip or a note) whose text names the day, or a risk policy refusing that day's entry.
   */
  public static boolean explains(List<JournalEvent> journal, LocalDate day) {
    for (JournalEvent e : journal) {
      if (!day(e).equals(day)) {
        continue;
      }
      if (e.type() == JournalEventType.ORDER && text(e, "action").equals("open")
          || e.type() == JournalEventType.DECISION && text(e, "decision").contains(day.toString())
          || e.type() == JournalEventType.RISK && text(e, "action").equals("REJECT_ENTRY")) {
        return true;
      }
    }
    return false;
  }

  /** The trading days from {@code from} to {@code to} that the journal does not explain. */
  public static List<LocalDate> unexplainedDays(List<JournalEvent> journal, LocalDate from,
      LocalDate to) {
    List<LocalDate> unexplained = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (NyseCalendar.instance().isTradingDay(d) && !explains(journal, d)) {
        unexplained.add(d);
      }
    }
    return unexplained;
  }

  /**
   * What the journal says about each day, by exchange date, in order: every decision's text, each
   * entry order's reason as {@code "entry: " + reason}, and each entry a risk policy refused as
   * {@code "refused: " + reason}.
   */
  public static Map<LocalDate, List<String>> explanationsByDay(List<JournalEvent> journal) {
    Map<LocalDate, List<String>> explained = new HashMap<>();
    for (JournalEvent e : journal) {
      String text = null;
      if (e.type() == JournalEventType.DECISION) {
        text = e.fields().get("decision").toString();
      } else if (e.type() == JournalEventType.ORDER && "open".equals(e.fields().get("action"))) {
        text = "entry: " + e.fields().get("reason");
      } else if (e.type() == JournalEventType.RISK
          && "REJECT_ENTRY".equals(e.fields().get("action"))) {
        text = "refused: " + e.fields().get("reason");
      }
      if (text != null) {
        explained.computeIfAbsent(day(e), d -> new ArrayList<>()).add(text);
      }
    }
    return explained;
  }

  /**
   * The most positions open at once, replaying fills: an opening fill adds its units to its
   * position, a closing fill (ORDER with a position_id) or a settlement removes them.
   */
  public static int maxConcurrentPositions(List<JournalEvent> journal) {
    Map<String, String> positionOfOrder = new HashMap<>();
    Map<String, Integer> units = new HashMap<>();
    int max = 0;
    for (JournalEvent e : journal) {
      switch (e.type()) {
        case ORDER -> {
          Object position = e.fields().get("position_id");
          positionOfOrder.put(text(e, "order_id"),
              position == null ? text(e, "order_id") : position.toString());
          if (position == null) {
            positionOfOrder.put(text(e, "order_id") + "#open", "true");
          }
        }
        case FILL -> {
          String order = text(e, "order_id");
          String position = positionOfOrder.get(order);
          int qty = ((Number) e.fields().get("qty")).intValue();
          boolean opening = positionOfOrder.containsKey(order + "#open");
          units.merge(position, opening ? qty : -qty, Integer::sum);
        }
        case SETTLEMENT -> units.put(text(e, "position_id"), 0);
        default -> { }
      }
      units.values().removeIf(u -> u <= 0);
      max = Math.max(max, units.size());
    }
    return max;
  }

  /**
   * The same strategy asking the engine for one more risk policy, as a user's configuration might
   * add.
   */
  public static Strategy withExtraPolicy(Strategy inner, RiskPolicyRequest extra) {
    List<RiskPolicyRequest> all = new ArrayList<>(inner.riskPolicies());
    all.add(extra);
    return withPolicies(inner, all);
  }

  /** The same strategy asking the engine for other risk policies. */
  public static Strategy withPolicies(Strategy inner, List<RiskPolicyRequest> policies) {
    return new Strategy() {
      @Override
      public StrategySchedule schedule() {
        return inner.schedule();
      }

      @Override
      public DataNeeds dataNeeds() {
        return inner.dataNeeds();
      }

      @Override
      public List<RiskPolicyRequest> riskPolicies() {
        return policies;
      }

      @Override
      public void setup(StrategyContext context) {
        inner.setup(context);
      }

      @Override
      public EntryDecision scanEntry(StrategyContext context) {
        return inner.scanEntry(context);
      }

      @Override
      public ExitDecision manage(Position position, StrategyContext context) {
        return inner.manage(position, context);
      }

      @Override
      public ExitDecision onStop(Position position, StrategyContext context) {
        return inner.onStop(position, context);
      }
    };
  }
}
