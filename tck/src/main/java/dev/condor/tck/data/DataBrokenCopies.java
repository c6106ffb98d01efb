package dev.condor.tck.data;

import dev.condor.api.Experimental;
import dev.condor.api.data.HistoricalData;
import dev.condor.api.data.HistoricalDataProvider;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.api.market.Bar;
import dev.condor.api.market.OptionChain;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.SecretSpec;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Deliberately broken copies of a data plugin, so an author can prove the market-data suite
 * catches what matters on their own plugin: hand one to a {@link HistoricalDataVerification}
 * subclass through {@code provider()} and run a rule with {@link dev.condor.tck.broker.RuleRun};
 * it must fail, naming the rule.
 */
@Experimental(since = "0.1")
public final class DataBrokenCopies {

  private DataBrokenCopies() {}

  /**
   * The plugin, except that a bars or contracts call that fails completes with an empty list
   * instead (the flaw that turns a failed page into silently missing data): {@code
   * required_pagination_laterPageFailureFailsWhole} exists to catch it.
   */
  public static <C> HistoricalDataProvider<C> swallowsFailures(HistoricalDataProvider<C> real) {
    return new HistoricalDataProvider<>() {
      @Override
      public String id() {
        return real.id();
      }

      @Override
      public String apiVersion() {
        return real.apiVersion();
      }

      @Override
      public String description() {
        return real.description() + " (broken copy: swallows failures)";
      }

      @Override
      public Class<C> configType() {
        return real.configType();
      }

      @Override
      public C configure(Settings settings) {
        return real.configure(settings);
      }

      @Override
      public Set<SecretSpec> secrets() {
        return real.secrets();
      }

      @Override
      public Set<Capability> capabilities() {
        return real.capabilities();
      }

      @Override
      public HistoricalData create(C config, Secrets secrets) {
        HistoricalData data = real.create(config, secrets);
        return new HistoricalData() {
          @Override
          public CompletionStage<List<Bar>> bars(Underlying underlying, Duration interval,
              LocalDate from, LocalDate to) {
            return data.bars(underlying, interval, from, to).exceptionally(e -> List.of());
          }

          @Override
          public CompletionStage<List<Bar>> optionBars(OptionContract contract,
              Duration interval, LocalDate from, LocalDate to) {
            return data.optionBars(contract, interval, from, to).exceptionally(e -> List.of());
          }

          @Override
          public CompletionStage<List<OptionContract>> contracts(Underlying underlying,
              LocalDate asOf, LocalDate expiryFrom, LocalDate expiryTo) {
            return data.contracts(underlying, asOf, expiryFrom, expiryTo)
                .exceptionally(e -> List.of());
          }

          @Override
          public CompletionStage<OptionChain> chainAt(Underlying underlying, Instant asOf) {
            return data.chainAt(underlying, asOf);
          }

          @Override
          public void close() {
            data.close();
          }

          @Override
          public String toString() {
            return "swallowsFailures(" + data + ")";
          }
        };
      }

      @Override
      public String toString() {
        return "swallowsFailures(" + real + ")";
      }
    };
  }
}
