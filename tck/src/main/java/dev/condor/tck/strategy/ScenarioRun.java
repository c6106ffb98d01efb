package dev.condor.tck.strategy;

import dev.condor.api.order.Leg;
import dev.condor.api.order.NetPrice;
import dev.condor.api.order.OrderTicket;
import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.ExitDecision;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategySchedule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suite's tiny deterministic engine: setup once, then at each scenario moment settle what
 * expired, ask manage() for each open position, and scanEntry() when the schedule allows; an
 * entry is booked at its limit unless the run's plan rejects it. Every decision and note is kept
 * as a line of text, dates written back by the scenario's shift so shifted runs compare.
 */
final class ScenarioRun {

  /** Which entry the run refuses, and as whom. */
  enum Rejection {
    NONE,
    FIRST_BY_RISK,
    FIRST_BY_BROKER
  }

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** An OCC option symbol: root, yyMMdd, right, strike in thousandths. */
  private static final Pattern OCC = Pattern.compile(
      "\\b([A-Z][A-Z0-9]{0,5} *)(\\d{6})([CP]\\d{8})\\b");

  private static final java.time.format.DateTimeFormatter YYMMDD =
      java.time.format.DateTimeFormatter.ofPattern("uuMMdd");

  /** What went wrong inside the strategy. */
  static final class StrategyFailure extends Exception {
    final String where;
    final String at;

    StrategyFailure(String where, String at, Throwable cause) {
      super(where + " at " + at + " threw " + cause, cause);
      this.where = where;
      this.at = at;
    }

    StrategyFailure(String where, String at, String problem) {
      super(where + " at " + at + " " + problem);
      this.where = where;
      this.at = at;
    }
  }

  /** What a run saw. */
  static final class Result {
    final List<String> events = new ArrayList<>();
    final Map<LocalDate, Integer> scansByDay = new LinkedHashMap<>();
    final Map<LocalDate, Integer> entriesByDay = new LinkedHashMap<>();
    final Map<LocalDate, Integer> notesByDay = new LinkedHashMap<>();
    final Map<LocalDate, Integer> skipsByDay = new LinkedHashMap<>();
    final Map<LocalDate, String> lastSkipByDay = new LinkedHashMap<>();
    final List<String> blankExplanations = new ArrayList<>();
    final List<String> outsideNeeds = new ArrayList<>();
    final List<String> afterRejection = new ArrayList<>();
    LocalDate rejectedOn;
    int rejectedAtMoment = -1;
    int scansAfterRejection;
    StrategyFailure failure;

    int entries() {
      return entriesByDay.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private ScenarioRun() {}

  static Result run(Supplier<Strategy> factory, String name, MarketScenario scenario,
      int shiftedWeeks, Rejection rejection, boolean setupWithData) {
    Result r = new Result();
    try {
      drive(factory, name, scenario, shiftedWeeks, rejection, setupWithData, r);
    } catch (StrategyFailure f) {
      r.failure = f;
    }
    return r;
  }

  private static void drive(Supplier<Strategy> factory, String name, MarketScenario scenario,
      int weeks, Rejection rejection, boolean setupWithData, Result r) throws StrategyFailure {
    List<MarketScenario.Moment> moments = scenario.moments();
    Strategy strategy = call("create()", "start", factory::get);
    if (strategy == null) {
      throw new StrategyFailure("create()", "start", "returned null");
    }
    StrategySchedule schedule = call("schedule()", "start", strategy::schedule);
    DataNeeds needs = call("dataNeeds()", "start", strategy::dataNeeds);
    ScenarioContext.IdSource ids = new ScenarioContext.IdSource();
    List<Position> positions = new ArrayList<>();
    Map<LocalDate, Integer> entries = new LinkedHashMap<>();
    boolean rejectionPending = rejection != Rejection.NONE;
    MarketScenario.Moment first = moments.get(0);
    int[] index = {-1};
    ScenarioContext setupContext = new ScenarioContext(name, scenario, first, needs, List.of(), 0,
        ids, note -> r.events.add("setup note: " + text(note, weeks)), r.outsideNeeds,
        setupWithData);
    call("setup()", "start", () -> {
      strategy.setup(setupContext);
      return null;
    });
    for (int i = 0; i < moments.size(); i++) {
      index[0] = i;
      MarketScenario.Moment m = moments.get(i);
      LocalDate day = m.time().toLocalDate();
      String at = "m" + i + " " + m.time().toLocalDateTime().minusWeeks(weeks);
      settle(positions, m, r, i, weeks);
      ScenarioContext ctx = new ScenarioContext(name, scenario, m, needs, positions,
          entries.getOrDefault(day, 0), ids, note -> {
            r.notesByDay.merge(day, 1, Integer::sum);
            if (note == null || note.isBlank()) {
              r.blankExplanations.add("a blank note at " + m.time());
            }
            r.events.add("m" + index[0] + " note: " + text(note, weeks));
          }, r.outsideNeeds, true);
      for (Position p : List.copyOf(positions)) {
        ExitDecision d = call("manage(" + p.id() + ")", at, () -> strategy.manage(p, ctx));
        if (d == null) {
          throw new StrategyFailure("manage(" + p.id() + ")", at, "returned null");
        }
        r.events.add("m" + i + " manage " + p.id() + " -> " + exit(d, weeks));
        int units = d.unitsToClose(p.quantity());
        if (units > 0) {
          positions.remove(p);
          if (units < p.quantity()) {
            positions.add(Position.builder().from(p).quantity(p.quantity() - units).build());
          }
        }
      }
      LocalTime time = m.time().toLocalTime();
      if (!schedule.entryAllowedAt(time)) {
        continue;
      }
      if (r.rejectedAtMoment >= 0) {
        r.scansAfterRejection++;
        if (ctx.entriesToday() != entries.getOrDefault(day, 0) || (day.equals(r.rejectedOn)
            && ctx.positions().size() != positions.size())) {
          r.afterRejection.add(at + ": context out of step");
        }
      }
      r.scansByDay.merge(day, 1, Integer::sum);
      EntryDecision e = call("scanEntry()", at, () -> strategy.scanEntry(ctx));
      if (e == null) {
        throw new StrategyFailure("scanEntry()", at, "returned null");
      }
      if (e.reason() == null || e.reason().isBlank()) {
        r.blankExplanations.add("a blank reason at " + m.time());
      }
      if (e.ticket().isEmpty()) {
        if (e.reason() != null && !e.reason().isBlank()) {
          r.skipsByDay.merge(day, 1, Integer::sum);
          r.lastSkipByDay.put(day, e.reason());
        }
        r.events.add("m" + i + " skip: " + text(e.reason(), weeks));
        continue;
      }
      OrderTicket t = e.ticket().get();
      r.events.add("m" + i + " enter" + (e.previewFirst() ? " after preview " : " ")
          + ticket(t, weeks) + ": " + text(e.reason(), weeks));
      if (rejectionPending) {
        rejectionPending = false;
        r.rejectedOn = day;
        r.rejectedAtMoment = i;
        r.events.add("m" + i + " engine: " + (rejection == Rejection.FIRST_BY_RISK
            ? "refused by risk, not booked" : "rejected by the broker, not booked"));
        continue;
      }
      NetPrice price = t.limitPrice().orElse(NetPrice.credit(0));
      positions.add(Position.builder().openedBy(t).quantity(t.quantity()).openPrice(price)
          .openedAt(m.time().toInstant()).build());
      entries.merge(day, 1, Integer::sum);
      r.entriesByDay.merge(day, 1, Integer::sum);
    }
  }

  private static void settle(List<Position> positions, MarketScenario.Moment m, Result r, int i,
      int weeks) {
    LocalDate today = m.time().toLocalDate();
    boolean afterClose = !m.time().toLocalTime().isBefore(LocalTime.of(16, 0));
    for (Position p : List.copyOf(positions)) {
      LocalDate last = p.openedBy().legs().stream().map(l -> l.contract().expiry())
          .max(LocalDate::compareTo).orElse(today);
      if (last.isBefore(today) || last.equals(today) && afterClose) {
        positions.remove(p);
        r.events.add("m" + i + " engine: " + p.id() + " expired");
      }
    }
  }

  private interface Call<T> {
    T get();
  }

  private static <T> T call(String where, String at, Call<T> call) throws StrategyFailure {
    try {
      return call.get();
    } catch (RuntimeException | StackOverflowError e) {
      throw new StrategyFailure(where, at, e);
    }
  }

  private static String exit(ExitDecision d, int weeks) {
    return d.action() + d.limit().map(l -> " limit " + price(l)).orElse("")
        + (d.quantity() > 0 ? " units " + d.quantity() : "")
        + (d.fraction() > 0 ? " fraction " + d.fraction() : "") + ": " + text(d.reason(), weeks);
  }

  private static String ticket(OrderTicket t, int weeks) {
    StringBuilder s = new StringBuilder();
    s.append(t.clientOrderId().value()).append(' ').append(t.structure()).append(" x")
        .append(t.quantity()).append(' ').append(t.orderType()).append(' ')
        .append(t.timeInForce()).append(' ').append(t.positionEffect())
        .append(t.limitPrice().map(l -> " at " + price(l)).orElse(" at market"))
        .append(" strategy=").append(t.strategy().orElse("-")).append(" [");
    for (Leg l : t.legs()) {
      s.append(' ').append(l.side()).append(' ').append(l.ratio()).append(' ')
          .append(l.contract().root()).append(' ')
          .append(l.contract().expiry().minusWeeks(weeks)).append(' ')
          .append(l.contract().strike()).append(' ').append(l.contract().right());
    }
    return s.append(" ]").toString();
  }

  private static String price(NetPrice p) {
    return p.effect() + " " + String.format(Locale.ROOT, "%.4f", p.amount());
  }

  /** The text with every ISO date and OCC symbol's date moved back by the run's shift. */
  static String text(String text, int weeks) {
    if (text == null) {
      return "null";
    }
    if (weeks == 0) {
      return text;
    }
    Matcher m = ISO_DATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement;
      try {
        replacement = LocalDate.parse(m.group()).minusWeeks(weeks).toString();
      } catch (java.time.format.DateTimeParseException e) {
        replacement = m.group();
      }
      m.appendReplacement(out, replacement);
    }
    m.appendTail(out);
    Matcher occ = OCC.matcher(out.toString());
    StringBuilder moved = new StringBuilder();
    while (occ.find()) {
      String date;
      try {
        date = LocalDate.parse(occ.group(2), YYMMDD).minusWeeks(weeks).format(YYMMDD);
      } catch (java.time.format.DateTimeParseException e) {
        date = occ.group(2);
      }
      occ.appendReplacement(moved, Matcher.quoteReplacement(occ.group(1) + date + occ.group(3)));
    }
    occ.appendTail(moved);
    return moved.toString();
  }
}
