package dev.condor.tck.refstrategy.clock;

import dev.condor.api.portfolio.Position;
import dev.condor.api.strategy.DataNeeds;
import dev.condor.api.strategy.EntryDecision;
import dev.condor.api.strategy.ExitDecision;
import dev.condor.api.strategy.Strategy;
import dev.condor.api.strategy.StrategyContext;
import dev.condor.api.strategy.StrategySchedule;
import dev.condor.api.plugin.Secrets;
import dev.condor.tck.refstrategy.sound.Flaw;
import dev.condor.tck.refstrategy.sound.ReferenceStrategy;
import dev.condor.tck.refstrategy.sound.ReferenceStrategyProvider;
import java.time.Instant;

/** The reference strategy, but it also asks the machine's clock (harmlessly, yet it does). */
public final class WallClockStrategyProvider extends ReferenceStrategyProvider {

  @Override
  public Strategy create(ReferenceStrategy.Config config, Secrets secrets) {
    ReferenceStrategy inner = new ReferenceStrategy(config, Flaw.NONE);
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
      public EntryDecision scanEntry(StrategyContext context) {
        if (Instant.now().isBefore(Instant.EPOCH)) {
          return EntryDecision.skip("the clock is before 1970");
        }
        return inner.scanEntry(context);
      }

      @Override
      public ExitDecision manage(Position position, StrategyContext context) {
        return inner.manage(position, context);
      }
    };
  }
}
