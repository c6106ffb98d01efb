package dev.condor.samples.cli;

import dev.condor.api.journal.JournalEvent;
import java.util.Map;

/** One line of text for a journal event, in the words a trader reads. */
final class EventText {
  private EventText() {}

  static String describe(JournalEvent e) {
    Map<String, Object> f = e.fields();
    switch (e.type()) {
      case ORDER:
        return f.get("action") + " " + f.get("order_id") + " " + f.get("structure") + " x" + f.get("qty")
            + " " + f.get("legs") + (f.containsKey("limit_price")
                ? " limit " + f.get("limit_price") + " " + f.get("price_effect") : " at market")
            + " — " + f.get("reason");
      case FILL:
        return f.get("order_id") + " filled " + f.get("qty") + " at " + f.get("fill_price") + " "
            + f.get("price_effect") + ", commission " + f.get("commission");
      case ORDER_STATE:
        return f.get("order_id") + " " + f.get("status") + (String.valueOf(f.get("reason")).isEmpty()
            ? "" : ": " + f.get("reason"));
      case RISK:
        return f.get("rule") + " " + f.get("action") + (f.containsKey("position_id")
            ? " " + f.get("position_id") : "") + ": " + f.get("reason");
      case DECISION:
        return String.valueOf(f.get("decision"));
      case SETTLEMENT:
        return f.get("position_id") + " settled at " + f.get("settlement_value") + ": "
            + f.get("fill_price") + " " + f.get("price_effect") + " x" + f.get("qty");
      case LIFECYCLE:
        return f.get("state") + (String.valueOf(f.get("detail")).isEmpty() ? "" : ": " + f.get("detail"));
      default:
        return f.toString();
    }
  }
}
