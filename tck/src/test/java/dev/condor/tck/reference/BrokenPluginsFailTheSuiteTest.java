package dev.condor.tck.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.tck.broker.RuleRun;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/**
 * The TCK tests itself: each deliberately broken copy of the reference plugin fails the rule it
 * breaks, with a message that starts with that rule's name.
 */
class BrokenPluginsFailTheSuiteTest {

  @Test
  void theSoundPluginGivenAsAnInstancePassesTheRulesTheBrokenOnesFail() {
    for (String rule : List.of("required_rejects_surfacedWithVenueCodeAndMessage",
        "required_fills_stableIdsNoDuplicates", "required_secrets_neverLeak",
        "required_placement_ironCondorAtNetCredit")) {
      TestExecutionResult result = RuleRun.run(BrokenKestrel.Sound.class, rule);
      assertEquals(TestExecutionResult.Status.SUCCESSFUL, result.getStatus(),
          () -> rule + " failed the sound plugin: " + result.getThrowable().orElse(null));
    }
  }

  @Test
  void theServiceLoaderRuleIsAnExplainedSkipWhenTheInstanceIsGiven() {
    TestExecutionResult result = RuleRun.run(BrokenKestrel.Sound.class,
        "required_discovery_providerFoundById");
    assertEquals(TestExecutionResult.Status.ABORTED, result.getStatus());
    assertTrue(result.getThrowable().orElseThrow().getMessage().contains("provider()"));
  }

  @Test
  void anUndeclaredCapabilityIsAnExplainedSkip() {
    for (String rule : List.of("required_preview_previewsWithoutPlacing",
        "required_replace_changesWorkingLimit")) {
      TestExecutionResult result = RuleRun.run(BrokenKestrel.MultiLegOnly.class, rule);
      assertEquals(TestExecutionResult.Status.ABORTED, result.getStatus(), rule);
      assertTrue(result.getThrowable().orElseThrow().getMessage().contains("does not declare"),
          () -> rule + " skipped without saying why: " + result.getThrowable());
    }
  }

  @Test
  void aBrokerWithoutMultiLegOrdersFailsTheDiscoveryRule() {
    assertFailsRule(BrokenKestrel.NoCapabilities.class,
        "required_discovery_declaresMultiLegOrders", "MULTI_LEG_ORDERS");
  }

  @Test
  void resendingAPlacementAfterATimeoutFailsTheIdempotencyRule() {
    assertFailsRule(BrokenKestrel.ResendsOnTimeout.class,
        "required_idempotency_timeoutNeverPlacesTwice", "placement requests");
  }

  @Test
  void givingFillsNewIdsOnEveryCallFailsTheFillRule() {
    assertFailsRule(BrokenKestrel.BooksFillsTwice.class, "required_fills_stableIdsNoDuplicates",
        "books it once");
  }

  @Test
  void reauthenticatingInALoopFailsThePermanentExpiryRule() {
    assertFailsRule(BrokenKestrel.LoopsOnExpiry.class, "required_session_permanentExpiryGivesUp",
        "never loop");
  }

  @Test
  void retryingA429AtOnceFailsTheRateLimitRule() {
    assertFailsRule(BrokenKestrel.IgnoresRetryAfter.class, "required_rateLimit_honoursRetryAfter",
        "Retry-After");
  }

  @Test
  void aPasswordInAnExceptionMessageFailsTheSecretsRule() {
    String message = assertFailsRule(BrokenKestrel.LeaksSecret.class,
        "required_secrets_neverLeak", "secret \"password\"");
    assertTrue(!message.contains(ReferenceBrokerVerificationTest.PASSWORD),
        "the failure message must not repeat the secret: " + message);
  }

  @Test
  void aLeakSeenInAnyRuleIsReportedUnderTheSecretsRule() {
    assertFailsRule(BrokenKestrel.LeaksSecret.class, "required_session_permanentExpiryGivesUp",
        "required_secrets_neverLeak: ", "secret \"password\"");
  }

  @Test
  void reportingARejectionAsAStateFailsTheRejectRule() {
    assertFailsRule(BrokenKestrel.SwallowsRejects.class,
        "required_rejects_surfacedWithVenueCodeAndMessage", "expected a failed stage");
  }

  @Test
  void aPlacementBodyTheVenueDoesNotRecogniseFailsThePlacementRule() {
    assertFailsRule(BrokenKestrel.FlipsPriceEffect.class,
        "required_placement_ironCondorAtNetCredit", "no stub for POST");
  }

  @Test
  void aBaseUrlTrustedUntilFirstUseFailsTheConfigurationRule() {
    assertFailsRule(BrokenKestrel.TrustsAnyBaseUrl.class,
        "required_config_malformedBaseUrlNamedAtConfigure", "ConfigurationException");
  }

  @Test
  void resendingAPlacementAnswered5xxFailsTheUnavailableRule() {
    assertFailsRule(BrokenKestrel.ResendsOn5xx.class,
        "required_unavailable_5xxPlacementOutcomeUnknownNotResent", "never resend");
  }

  @Test
  void notFindingAnOrderByItsClientIdFailsTheUnknownOutcomeRule() {
    assertFailsRule(BrokenKestrel.ForgetsClientId.class,
        "required_idempotency_unknownOutcomeFoundByClientId", "is empty after");
  }

  @Test
  void waitingOnTheCallersThreadFailsTheAsyncRule() {
    assertFailsRule(BrokenKestrel.BlocksCaller.class, "required_async_placeDoesNotBlockCaller",
        "never block");
  }

  @Test
  void anUntypedErrorForAMalformedBodyFailsTheMalformedRule() {
    assertFailsRule(BrokenKestrel.UntypedMalformed.class,
        "required_malformed_accountBodyTypedError", "BrokerException");
  }

  @Test
  void unsignedShortPositionsFailThePositionsRule() {
    assertFailsRule(BrokenKestrel.UnsignedPositions.class, "required_positions_legByLegSigned",
        "short is negative");
  }

  @Test
  void aProviderIdNothingRegistersFailsTheDiscoveryRuleListingWhatWasFound() {
    assertFailsRule(BrokenKestrel.UnknownProviderId.class, "required_discovery_providerFoundById",
        "found [kestrel");
  }

  @Test
  void anIncompatibleApiVersionFailsTheVersionRule() {
    assertFailsRule(BrokenKestrel.WrongApiVersion.class, "required_discovery_apiVersionCompatible",
        "cannot run");
  }

  @Test
  void aMissingSettingThatFailsOnlyInCreateFailsTheConfigurationRule() {
    assertFailsRule(BrokenKestrel.ChecksAccountLate.class,
        "required_config_missingKeyNamedAtConfigure", "\"accountNumber\"");
  }

  private static String assertFailsRule(Class<?> verification, String rule, String hint) {
    return assertFailsRule(verification, rule, rule + ": ", hint);
  }

  private static String assertFailsRule(Class<?> verification, String rule, String prefix,
      String hint) {
    TestExecutionResult result = RuleRun.run(verification, rule);
    assertEquals(TestExecutionResult.Status.FAILED, result.getStatus(),
        () -> verification.getSimpleName() + " should fail " + rule + " but got " + result);
    Throwable failure = result.getThrowable().orElseThrow();
    String message = String.valueOf(failure.getMessage());
    assertTrue(message.startsWith(prefix),
        () -> "the failure should start with \"" + prefix + "\" but was: " + message);
    assertTrue(message.contains(hint),
        () -> "the failure should say \"" + hint + "\" but was: " + message);
    return message;
  }

  /** Runs one rule of a verification class on the JUnit Platform and returns its result. */
}
