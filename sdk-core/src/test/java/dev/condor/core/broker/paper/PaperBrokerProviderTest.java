package dev.condor.core.broker.paper;

import static dev.condor.core.broker.paper.Fixtures.WEDNESDAY_10AM;
import static dev.condor.core.broker.paper.Fixtures.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.error.PluginException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Capability;
import dev.condor.api.plugin.ProviderKind;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.core.plugin.PluginRegistry;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaperBrokerProviderTest {

  private final PaperBrokerProvider provider = new PaperBrokerProvider();

  @Test
  void theNaturalFillModelTakesNoSlippageByDefault() {
    PaperBrokerConfig config = new PaperBrokerProvider().configure(
        Settings.of("broker.paper", Map.of("fillModel", "natural")));
    assertEquals(FillModel.NATURAL, config.fillModel());
    assertEquals(0, config.slippage());
  }

  @Test
  void declaresThePaperIdAndItsCapabilities() {
    assertEquals("paper", provider.id());
    assertEquals(ProviderKind.BROKER, provider.kind());
    assertEquals(ApiVersion.CURRENT, provider.apiVersion());
    assertEquals(PaperBrokerConfig.class, provider.configType());
    assertEquals(Set.of(Capability.MULTI_LEG_ORDERS, Capability.ORDER_PREVIEW,
        Capability.REPLACE_ORDER, Capability.MARKET_ORDERS, Capability.SIMULATED),
        provider.capabilities());
    assertEquals(Set.of(), provider.secrets());
  }

  @Test
  void emptySettingsGiveTheDocumentedDefaults() {
    PaperBrokerConfig config = provider.configure(Settings.empty("broker.paper"));

    assertEquals(PaperBrokerConfig.defaults(), config);
    assertEquals("PAPER", config.accountId());
    assertEquals(100_000, config.startingCash());
    assertEquals(0.65, config.commissionPerContract());
    assertEquals(0, config.feesPerContract());
    assertEquals(FillModel.MID, config.fillModel());
    assertEquals(0.05, config.slippage());
    assertEquals(0, config.maxUnitsPerFill());
  }

  @Test
  void readsEveryKey() {
    PaperBrokerConfig config = provider.configure(Settings.of("broker.paper", Map.of(
        "accountId", "sim-1", "startingCash", 25_000, "commissionPerContract", "1.00",
        "feesPerContract", 0.10, "fillModel", "MID", "slippage", 0.05, "maxUnitsPerFill", 3)));

    assertEquals("sim-1", config.accountId());
    assertEquals(25_000, config.startingCash());
    assertEquals(1.00, config.commissionPerContract());
    assertEquals(0.10, config.feesPerContract());
    assertEquals(1.10, config.costPerContract(), 1e-12);
    assertEquals(FillModel.MID, config.fillModel());
    assertEquals(0.05, config.slippage());
    assertEquals(3, config.maxUnitsPerFill());
  }

  @Test
  void unknownKeyIsRefusedByItsFullName() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> provider.configure(Settings.of("broker.paper", Map.of("comission", 1))));

    assertEquals("broker.paper.comission", e.key());
  }

  @Test
  void badValuesAreRefusedNamingTheKey() {
    ConfigurationException model = assertThrows(ConfigurationException.class,
        () -> provider.configure(Settings.of("broker.paper", Map.of("fillModel", "last"))));
    ConfigurationException cash = assertThrows(ConfigurationException.class,
        () -> provider.configure(Settings.of("broker.paper", Map.of("startingCash", -1))));
    ConfigurationException slippage = assertThrows(ConfigurationException.class,
        () -> provider.configure(Settings.of("broker.paper", Map.of("fillModel", "natural", "slippage", 0.05))));

    assertEquals("broker.paper.fillModel", model.key());
    assertTrue(model.getMessage().contains("expected natural or mid, found \"last\""));
    assertEquals("broker.paper.startingCash", cash.key());
    assertEquals("broker.paper.slippage", slippage.key());
    assertTrue(slippage.getMessage().contains("applies to the mid fill model only"));
  }

  @Test
  void unboundProviderRefusesToCreateAndSaysHowToBindIt() {
    assertFalse(provider.isBound());

    PluginException e = assertThrows(PluginException.class,
        () -> provider.create(PaperBrokerConfig.defaults(), Secrets.none()));

    assertEquals(PluginException.Problem.CREATION_FAILED, e.problem());
    assertTrue(e.getMessage().contains("PaperBrokerProvider.over(market, clock)"));
  }

  @Test
  void boundProviderCreatesABrokerThroughTheRegistry() {
    PaperBrokerProvider bound =
        provider.over(Fixtures.market(), new MutableClock(WEDNESDAY_10AM));

    PaperBroker broker = (PaperBroker) PluginRegistry.create(bound,
        Settings.of("broker.paper", Map.of("startingCash", 50_000)), Secrets.none());

    assertTrue(bound.isBound());
    assertEquals("paper", broker.venue());
    assertEquals(50_000, done(broker.account()).cash());
  }

  @Test
  void serviceLoaderFindsTheProviderThroughModuleInfo() {
    Object found = PluginRegistry.discover().find(ProviderKind.BROKER, PaperBrokerProvider.ID);

    assertEquals(PaperBrokerProvider.class, found.getClass());
  }
}
