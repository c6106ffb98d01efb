package dev.condor.core.broker.paper;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.condor.api.error.BrokerException;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.OptionRight;
import dev.condor.api.order.ClientOrderId;
import dev.condor.api.order.OrderTicket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The market the paper broker tests trade in: SPXW options expiring Friday 2024-12-20, seen on
 * Wednesday 2024-12-18 at 10:00 New York time (15:00 UTC), with a 5700/5690 put spread and a
 * 5900/5910 call spread quoted 0.20 wide except the 5900 call (0.40 wide).
 */
final class Fixtures {

  static final LocalDate EXPIRY = LocalDate.of(2024, 12, 20);
  /** Wednesday 2024-12-18 10:00 New York. */
  static final Instant WEDNESDAY_10AM = Instant.parse("2024-12-18T15:00:00Z");

  static final OptionContract P5690 = OptionContract.of("SPXW", EXPIRY, 5690, OptionRight.PUT);
  static final OptionContract P5700 = OptionContract.of("SPXW", EXPIRY, 5700, OptionRight.PUT);
  static final OptionContract C5900 = OptionContract.of("SPXW", EXPIRY, 5900, OptionRight.CALL);
  static final OptionContract C5910 = OptionContract.of("SPXW", EXPIRY, 5910, OptionRight.CALL);

  private Fixtures() {}

  static StubMarket market() {
    return new StubMarket()
        .quote(P5690, 2.50, 2.70)
        .quote(P5700, 3.00, 3.20)
        .quote(C5900, 2.80, 3.20)
        .quote(C5910, 2.30, 2.50)
        .level(dev.condor.api.instrument.Underlying.SPX, 5800);
  }

  static ClientOrderId id(String text) {
    return ClientOrderId.of(text);
  }

  /** Sell the 5700 put, buy the 5690 put. */
  static OrderTicket putSpread(String id, int quantity, double credit) {
    return OrderTicket.creditVertical(id(id), P5700, P5690, quantity, credit);
  }

  static OrderTicket ironCondor(String id, int quantity, double credit) {
    return OrderTicket.shortIronCondor(id(id), P5690, P5700, C5900, C5910, quantity, credit);
  }

  static <T> T done(CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }

  static BrokerException failure(CompletionStage<?> stage) {
    CompletionException e =
        assertThrows(CompletionException.class, () -> stage.toCompletableFuture().join());
    return assertInstanceOf(BrokerException.class, e.getCause());
  }
}
