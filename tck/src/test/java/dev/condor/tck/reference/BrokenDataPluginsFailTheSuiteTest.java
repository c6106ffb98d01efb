package dev.condor.tck.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.condor.api.data.HistoricalDataProvider;
import dev.condor.api.instrument.OptionContract;
import dev.condor.api.instrument.Underlying;
import dev.condor.tck.broker.RuleRun;
import dev.condor.tck.data.DataBrokenCopies;
import dev.condor.tck.data.DataVenueSimulation;
import dev.condor.tck.data.TestBar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/**
 * The market-data suite tests itself: each deliberately broken copy of the reference data plugin
 * (Wren) fails the rule it breaks, with a message that starts with that rule's name.
 */
class BrokenDataPluginsFailTheSuiteTest {

  @Test
  void theSoundPluginGivenAsAnInstancePassesTheRulesTheBrokenOnesFail() {
    for (String rule : List.of("required_pagination_laterPageFailureFailsWhole",
        "required_pagination_allPagesOnce", "required_rateLimit_honoursRetryAfter",
        "required_malformed_bodyTypedNamingEndpoint", "required_secrets_neverLeak")) {
      TestExecutionResult result = RuleRun.run(Sound.class, rule);
      assertEquals(TestExecutionResult.Status.SUCCESSFUL, result.getStatus(),
          () -> rule + " failed the sound plugin: " + result.getThrowable().orElse(null));
    }
  }

  @Test
  void theServiceLoaderRuleIsAnExplainedSkipWhenTheInstanceIsGiven() {
    TestExecutionResult result = RuleRun.run(Sound.class, "required_discovery_providerFoundById");
    assertEquals(TestExecutionResult.Status.ABORTED, result.getStatus());
    assertTrue(result.getThrowable().orElseThrow().getMessage().contains("provider()"));
  }

  @Test
  void scenariosTheSimulationDoesNotModelAreExplainedSkips() {
    for (String rule : List.of("required_contracts_allPagesMapped",
        "required_bars_minuteMappedExactly", "required_malformed_missingFieldNamed")) {
      TestExecutionResult result = RuleRun.run(Unmodelled.class, rule);
      assertEquals(TestExecutionResult.Status.ABORTED, result.getStatus(), rule);
      assertTrue(result.getThrowable().orElseThrow().getMessage()
          .contains("simulation does not model"), () -> rule + " skipped without saying why: "
          + result.getThrowable());
    }
  }

  @Test
  void returningTheFirstPageWhenTheSecondFailsFailsThePaginationRule() {
    assertFailsRule(Partial.class, "required_pagination_laterPageFailureFailsWhole",
        "succeeded with");
  }

  @Test
  void thePublicSwallowingCopyFailsThePaginationRule() {
    assertFailsRule(Swallows.class, "required_pagination_laterPageFailureFailsWhole",
        "succeeded with []");
  }

  @Test
  void theKeyInTheQueryStringFailsThePaginationRule() {
    assertFailsRule(KeyInQuery.class, "required_pagination_allPagesOnce", "in its URL");
  }

  @Test
  void theKeyInTheQueryStringFailsTheSecretsRule() {
    assertFailsRule(KeyInQuery.class, "required_secrets_neverLeak", "in its URL");
  }

  @Test
  void retryingA429AtOnceFailsTheRateLimitRule() {
    assertFailsRule(Retries429AtOnce.class, "required_rateLimit_honoursRetryAfter",
        "Retry-After");
  }

  @Test
  void anUntypedExceptionOnAMalformedBodyFailsTheMalformedRule() {
    assertFailsRule(UntypedMalformed.class, "required_malformed_bodyTypedNamingEndpoint",
        "IllegalStateException");
  }

  @Test
  void aSuiteToldAnUnregisteredIdFailsTheDiscoveryRule() {
    assertFailsRule(UnknownId.class, "required_discovery_providerFoundById", "wren");
  }

  private static void assertFailsRule(Class<?> verification, String rule, String mentions) {
    TestExecutionResult result = RuleRun.run(verification, rule);
    assertEquals(TestExecutionResult.Status.FAILED, result.getStatus(),
        () -> verification.getSimpleName() + " passed " + rule);
    String message = result.getThrowable().orElseThrow().getMessage();
    assertTrue(message.startsWith(rule + ": "), () -> "the failure does not start with the "
        + "rule's name: " + message);
    assertTrue(message.contains(mentions), () -> "the failure does not say \"" + mentions
        + "\": " + message);
    assertTrue(!message.contains(WrenSimulation.KEY), () -> "the failure shows the key: "
        + message);
  }

  /** A copy of the reference verification that verifies the given provider instance. */
  abstract static class Given extends ReferenceHistoricalDataVerificationTest {
    abstract Set<DataFlaw> flaws();

    @Override
    protected Optional<HistoricalDataProvider<?>> provider() {
      return Optional.of(new WrenDataProvider(flaws()));
    }
  }

  static class Sound extends Given {
    @Override
    Set<DataFlaw> flaws() {
      return Set.of();
    }
  }

  static class Partial extends Given {
    @Override
    Set<DataFlaw> flaws() {
      return Set.of(DataFlaw.PARTIAL_ON_PAGE_FAILURE);
    }
  }

  static class KeyInQuery extends Given {
    @Override
    Set<DataFlaw> flaws() {
      return Set.of(DataFlaw.KEY_IN_QUERY);
    }
  }

  static class Retries429AtOnce extends Given {
    @Override
    Set<DataFlaw> flaws() {
      return Set.of(DataFlaw.RETRIES_429_AT_ONCE);
    }
  }

  static class UntypedMalformed extends Given {
    @Override
    Set<DataFlaw> flaws() {
      return Set.of(DataFlaw.UNTYPED_MALFORMED);
    }
  }

  static class Swallows extends ReferenceHistoricalDataVerificationTest {
    @Override
    protected Optional<HistoricalDataProvider<?>> provider() {
      return Optional.of(DataBrokenCopies.swallowsFailures(new WrenDataProvider()));
    }
  }

  static class UnknownId extends ReferenceHistoricalDataVerificationTest {
    @Override
    protected String providerId() {
      return "tck-no-such-data-provider";
    }
  }

  /** The sound plugin with a simulation that models neither contracts, minute bars nor fields. */
  static class Unmodelled extends Sound {
    @Override
    protected DataVenueSimulation venue() {
      return new WrenSimulation() {
        @Override
        public void minuteBars(WireMock venue, Underlying underlying, List<TestBar> bars) {
          throw new UnsupportedOperationException("Wren-lite has no minute bars");
        }

        @Override
        public void contracts(WireMock venue, Underlying underlying, LocalDate asOf,
            List<OptionContract> contracts, int pageSize) {
          throw new UnsupportedOperationException("Wren-lite lists no contracts");
        }

        @Override
        public String missingField(WireMock venue, Underlying underlying, List<TestBar> bars,
            String field) {
          throw new UnsupportedOperationException("Wren-lite does not model fields");
        }
      };
    }
  }
}
