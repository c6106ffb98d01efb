package dev.condor.samples.embedding;

import dev.condor.api.journal.JournalEvent;
import dev.condor.api.journal.JournalEventType;
import dev.condor.core.Condor;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * The smallest program that embeds Condor: seed S2's 0DTE iron condor paper-trades one simulated
 * day (the embedded default market and broker, no account or key), 600 times faster than real
 * time, and every fill is printed as it happens.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /** Runs the example; the optional arguments are a New York start time and a speed. */
  public static void main(String[] args) throws InterruptedException {
    String start = args.length > 0 ? args[0] : "2024-03-05T09:30";
    double speed = args.length > 1 ? Double.parseDouble(args[1]) : 600;
    run(LocalDateTime.parse(start).atZone(ZoneId.of("America/New_York")).toInstant(), speed, System.out);
  }

  /** Paper-trades the day that starts at {@code start} and prints its fills and summary to {@code out}. */
  public static void run(Instant start, double speed, PrintStream out) throws InterruptedException {
    Condor condor = Condor.builder()
        .strategy("ic", "iron-condor-0dte", Map.of())   // the bundled strategy, S2's defaults
        .accelerated(start, speed)                      // simulated time; omit to trade in real time
        .build();

    condor.events().subscribe(new Flow.Subscriber<JournalEvent>() {
      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(JournalEvent event) {
        if (event.type() == JournalEventType.FILL) {
          out.println("FILL " + event.fields());
        }
      }

      @Override
      public void onError(Throwable error) {}

      @Override
      public void onComplete() {}
    });

    condor.start().toCompletableFuture().join();
    Thread.sleep((long) (6.8 * 3600 * 1000 / speed));   // the 6.5-hour session and its settlement
    condor.stop().toCompletableFuture().join();
    out.println(condor.summary("ic"));
  }
}
