package dev.condor.strategies.wheel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.condor.api.error.ConfigurationException;
import dev.condor.api.plugin.ApiVersion;
import dev.condor.api.plugin.Secrets;
import dev.condor.api.plugin.Settings;
import dev.condor.api.strategy.StrategyProvider;
import dev.condor.core.plugin.PluginRegistry;
import dev.condor.strategies.testing.FakeContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpxWheelConfigTest {

  private static final String PATH = "strategies.spx-wheel";

  @TempDir
  Path dir;

  private static SpxWheelConfig read(Map<String, ?> values) {
    return new SpxWheelProvider().configure(Settings.of(PATH, values));
  }

  private static ConfigurationException refused(Map<String, ?> values) {
    return assertThrows(ConfigurationException.class, () -> read(values));
  }

  private Path file(String text) throws IOException {
    Path p = dir.resolve("spx-wheel-calibration.properties");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void defaultsAreSeedS4sSavedParameters() {
    SpxWheelConfig c = read(Map.of());
    assertEquals(SpxWheelConfig.DEFAULTS, c);
    assertEquals(0.15, c.putDelta());          // put_delta: 0.15
    assertEquals(45, c.dteTarget());           // dte_target: 45
    assertEquals(0.50, c.maxMarginPct());      // max_margin_pct: 0.50
    assertEquals(1, c.contractsPerTrade());    // contracts_per_trade: 1
    assertEquals(3, c.maxOpenPositions());     // max_open_positions: 3
    assertEquals(12, c.minVix());              // min_vix: 12
    assertEquals(35, c.maxVix());              // max_vix: 35
    // not in the seed: the daily run's time, the poll, the limit at the bid
    assertEquals(LocalTime.of(10, 0), c.entryTime());
    assertEquals(Duration.ofMinutes(30), c.pollInterval());
    assertEquals(SpxWheelConfig.Pricing.NATURAL, c.pricing());
    assertEquals(Optional.empty(), c.calibration());
  }

  @Test
  void loadsASavedCalibrationInSeedS4sFormat() throws IOException {
    Path p = file("""
        # SPX wheel calibration, as S4 saves it
        put_delta: 0.20   # From optimization
        dte_target: 30
        max_open_positions = 2
        backtest_win_rate = 76.9%
        backtest_total_return = +18.2%
        backtest_max_drawdown = 0.094
        calibration_date = 2024-12-02
        """);
    SpxWheelConfig c = read(Map.of("calibrationFile", p.toString(), "minVix", 13));

    assertEquals(0.20, c.putDelta());
    assertEquals(30, c.dteTarget());
    assertEquals(2, c.maxOpenPositions());
    assertEquals(0.50, c.maxMarginPct()); // not in the file: the default
    assertEquals(13, c.minVix());         // not in the file: the section's value
    WheelCalibration cal = c.calibration().orElseThrow();
    assertEquals(0.769, cal.backtestWinRate(), 1e-12);
    assertEquals(0.182, cal.backtestTotalReturn(), 1e-12);
    assertEquals(0.094, cal.backtestMaxDrawdown(), 1e-12);
    assertEquals(LocalDate.of(2024, 12, 2), cal.calibrationDate());
    assertEquals("calibration of 2024-12-02 from " + p + " (backtest win rate 76.9%, total return"
        + " +18.2%, max drawdown 9.4%)", c.parameterSource());
    // the strategy built from it reads the chain around the calibrated 30 days
    SpxWheelStrategy s = (SpxWheelStrategy) new SpxWheelProvider().create(c, Secrets.none());
    assertEquals(26, s.dataNeeds().minDaysToExpiry());
    assertEquals(34, s.dataNeeds().maxDaysToExpiry());
  }

  @Test
  void entriesAndTheRunsFirstNoteNameTheCalibration() throws IOException {
    Path p = file("put_delta=0.15\ndte_target=45\nbacktest_win_rate=81.4%\n"
        + "backtest_total_return=14.1%\nbacktest_max_drawdown=6.2%\ncalibration_date=2024-12-02\n");
    SpxWheelStrategy s = (SpxWheelStrategy) new SpxWheelProvider().create(
        read(Map.of("calibrationFile", p.toString())), Secrets.none());
    FakeContext context = new FakeContext(java.time.LocalDateTime.of(2024, 3, 4, 10, 0))
        .vix(15.00).chain(PutChain.standard().build());
    String calibration = "calibration of 2024-12-02 from " + p + " (backtest win rate 81.4%,"
        + " total return +14.1%, max drawdown 6.2%)";

    s.setup(context);
    assertTrue(context.notes().get(0).endsWith("; from " + calibration), context.notes().get(0));
    String reason = s.scanEntry(context).reason();
    assertTrue(reason.endsWith("parameters: " + calibration), reason);
    assertEquals(0.814, s.config().calibration().orElseThrow().backtestWinRate(), 1e-12);
  }

  @Test
  void withoutTheCalibrationFileUsesTheConfiguredValues() {
    Path missing = dir.resolve("not-calibrated-yet.properties");
    SpxWheelConfig c = read(Map.of("calibrationFile", missing.toString(), "putDelta", 0.25));
    assertEquals(0.25, c.putDelta());
    assertEquals(45, c.dteTarget());
    assertEquals(Optional.empty(), c.calibration());
    assertEquals("configured values: no calibration result at " + missing, c.parameterSource());
  }

  @Test
  void refusesAParameterSetBothInTheSectionAndTheFile() throws IOException {
    Path p = file("put_delta=0.20\ndte_target=30\nbacktest_win_rate=0.8\n"
        + "backtest_total_return=0.1\nbacktest_max_drawdown=0.05\ncalibration_date=2024-12-02\n");
    ConfigurationException e = refused(Map.of("calibrationFile", p.toString(), "putDelta", 0.3));
    assertEquals(PATH + ".putDelta", e.key());
    assertTrue(e.getMessage().contains("also set by the calibration file " + p + " (put_delta)"),
        e.getMessage());
  }

  @Test
  void refusesABadCalibrationNamingTheFileAndTheProperty() throws IOException {
    String rest = "dte_target=30\nbacktest_win_rate=0.8\nbacktest_total_return=0.1\n"
        + "backtest_max_drawdown=0.05\ncalibration_date=2024-12-02\n";
    ConfigurationException delta = refused(Map.of("calibrationFile",
        file("put_delta=0.9\n" + rest).toString()));
    assertEquals(PATH + ".calibrationFile", delta.key());
    assertTrue(delta.getMessage().contains(": put_delta must be above 0 and at most 0.5"),
        delta.getMessage());

    ConfigurationException winRate = refused(Map.of("calibrationFile",
        file("put_delta=0.15\n" + rest.replace("0.8", "120%")).toString()));
    assertTrue(winRate.getMessage().contains("backtest_win_rate = 1.2: must be from 0 to 1"),
        winRate.getMessage());

    ConfigurationException missing = refused(Map.of("calibrationFile",
        file(rest).toString()));
    assertTrue(missing.getMessage().endsWith("put_delta is required"), missing.getMessage());

    ConfigurationException unknown = refused(Map.of("calibrationFile",
        file("put_delta=0.15\nput_detla=0.2\n" + rest).toString()));
    assertTrue(unknown.getMessage().contains("unknown key put_detla"), unknown.getMessage());
  }

  @Test
  void refusesInvalidValuesNamingTheKey() {
    assertEquals("[CONDOR-CONFIG] strategies.spx-wheel.putDelta: must be above 0 and at most 0.5"
        + " (an out-of-the-money put delta, 0.15 for S4), found -0.15",
        refused(Map.of("putDelta", -0.15)).getMessage());
    assertEquals(PATH + ".entryTime", refused(Map.of("entryTime", "16:30")).key());
    assertTrue(refused(Map.of("entryTime", "16:30")).getMessage()
        .contains("must be from 09:30 and before 16:00"));
    assertEquals(PATH + ".maxVix", refused(Map.of("minVix", 40)).key());
    assertEquals(PATH + ".maxMarginPct", refused(Map.of("maxMarginPct", 1.5)).key());
    assertEquals(PATH + ".contractsPerTrade", refused(Map.of("contractsPerTrade", -1)).key());
    assertEquals(PATH + ".dteTarget", refused(Map.of("dteTarget", 0)).key());
    assertEquals(PATH + ".pricing", refused(Map.of("pricing", "ask")).key());
    assertEquals(PATH + ".dteTarget", refused(Map.of("dteTarget", "soon")).key());
    assertEquals(PATH + ".putDelat", refused(Map.of("putDelat", 0.2)).key());
  }

  @Test
  void isFoundByServiceLoaderUnderItsId() {
    StrategyProvider<?> p = PluginRegistry.discover().find(StrategyProvider.class,
        SpxWheelProvider.ID);
    assertEquals(SpxWheelProvider.class, p.getClass());
    assertEquals("spx-wheel", p.id());
    assertEquals(ApiVersion.CURRENT, p.apiVersion());
    assertTrue(p.capabilities().isEmpty());
    assertTrue(p.description().contains("(S4)"), p.description());
  }
}
