package dev.condor.core.backtest.report;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opens a report of a realistic result in headless Chromium and checks from the screenshot that
 * its charts were drawn. Skipped without {@code /usr/bin/chromium} unless the environment says
 * {@code CONDOR_BROWSER_TESTS=required} (as CI does), when a missing browser fails the build.
 */
class ReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 120;

  @Test
  void reportOpensOfflineInChromiumWithEquityDrawdownAndBenchmarkLinesDrawn() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      String why = CHROMIUM + " is not installed; install Debian's chromium to run the report's"
          + " browser test";
      if ("required".equals(System.getenv("CONDOR_BROWSER_TESTS"))) {
        fail(why + " (CONDOR_BROWSER_TESTS=required)");
      }
      Assumptions.abort(why);
    }
    Path target = Path.of("target").toAbsolutePath();
    Path out = target.resolve("report-browser");
    BacktestReport.of(RealisticResult.build()).writeTo(out);
    Path html = out.resolve(BacktestReport.REPORT_HTML);
    Path png = target.resolve("report-screenshot.png");
    Files.deleteIfExists(png);
    Path log = out.resolve("chromium.log");
    Path profile = Files.createTempDirectory("condor-chromium-");
    try {
      Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless",
          "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
          "--window-size=1280,2400", "--screenshot=" + png, html.toUri().toString()))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        chromium.destroyForcibly();
        fail("chromium did not finish within " + TIMEOUT_SECONDS + " s; its output:\n"
            + output(log));
      }
      assertTrue(Files.isRegularFile(png) && Files.size(png) > 0,
          "chromium wrote no screenshot (exit " + chromium.exitValue() + "); its output:\n"
              + output(log));
    } finally {
      deleteRecursively(profile);
    }
    System.out.println("report screenshot: " + png);

    // Tests run patched into dev.condor.core, which (rightly) does not read java.desktop.
    ModuleLayer.boot().findModule("java.desktop")
        .ifPresent(ReportBrowserTest.class.getModule()::addReads);
    BufferedImage image = ImageIO.read(png.toFile());
    assertNotNull(image, "the screenshot is not a readable PNG: " + png);
    assertTrue(image.getWidth() >= 1200 && image.getHeight() >= 2000,
        "unexpected screenshot size " + image.getWidth() + "x" + image.getHeight());
    // The equity line (2.5 units wide over ~900) alone is over a thousand pixels of its blue; the
    // drawdown area and losing bars are vermillion; the SPY line orange and QQQ's green.
    assertColour(image, "equity blue", 0x0072B2, 1_500, png);
    assertColour(image, "drawdown vermillion", 0xD55E00, 1_500, png);
    assertColour(image, "SPY orange", 0xE69F00, 800, png);
    assertColour(image, "QQQ green", 0x009E73, 800, png);
  }

  private static void assertColour(BufferedImage image, String what, int rgb, int atLeast,
      Path png) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (near(image.getRGB(x, y), rgb)) {
          count++;
        }
      }
    }
    assertTrue(count >= atLeast, "expected at least " + atLeast + " pixels of " + what
        + " in " + png + ", found " + count);
  }

  private static boolean near(int a, int b) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) > 24) {
        return false;
      }
    }
    return true;
  }

  private static String output(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(none)";
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
