package dev.condor.samples.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves each architecture rule fails a build that breaks it, naming the rule: the fixtures under
 * {@code dev.condor.archfixture} break every rule on purpose (an API class holding a Vert.x type
 * and no stability annotation, a plugin importing the core and another plugin, a core importing a
 * plugin, two packages in a cycle).
 */
class ArchitectureRulesSelfTest {

  private static final String FIXTURE = "dev.condor.archfixture";
  private static JavaClasses fixtures;

  @BeforeAll
  static void importFixtures() {
    fixtures = new ClassFileImporter().importPackages(FIXTURE);
  }

  private static void assertFires(ArchRule rule, String expectedRuleName, String expectedDetail) {
    EvaluationResult result = rule.evaluate(fixtures);
    assertTrue(result.hasViolation(), "rule did not fire: " + rule.getDescription());
    String report = result.getFailureReport().toString();
    assertTrue(report.contains(expectedRuleName), report);
    assertTrue(report.contains(expectedDetail), report);
  }

  @Test
  void vertxImportInApiFailsNamingTheRule() {
    assertFires(ArchitectureRules.apiFreeOfVertx(FIXTURE + ".api"), "no Vert.x type in the api",
        "io.vertx.core.Vertx");
    assertFires(ArchitectureRules.apiImportsOnlyJava(FIXTURE + ".api"), "api imports only java.*",
        "io.vertx.core.Vertx");
  }

  @Test
  void coreImportInPluginFailsNamingTheRule() {
    assertFires(ArchitectureRules.pluginsIndependentOfCore(FIXTURE + ".core", FIXTURE + ".plugina"),
        "plugins and strategy-pack never import core", "Engine");
  }

  @Test
  void pluginImportingAnotherPluginFailsNamingTheRule() {
    assertFires(ArchitectureRules.pluginsIndependentOfEachOther(FIXTURE + ".plugina", FIXTURE + ".pluginb"),
        "plugins never import each other", "PluginB");
  }

  @Test
  void coreImportingAPluginFailsNamingTheRule() {
    assertFires(ArchitectureRules.coreIndependentOfPlugins(FIXTURE + ".core", FIXTURE + ".pluginb"),
        "core never imports a plugin", "PluginB");
  }

  @Test
  void packageCycleFailsNamingTheRule() {
    assertFires(ArchitectureRules.noPackageCycles(FIXTURE + ".cycle"), "no package cycles",
        "cycle.a");
  }

  @Test
  void publicApiTypeWithoutStabilityAnnotationFailsNamingTheRule() {
    assertFires(ArchitectureRules.publicApiTypesDeclareStability(FIXTURE + ".api"),
        "every public api type carries @Stable or @Experimental", "LeakyApiType");
  }

  @Test
  void annotatedJdkOnlyApiTypePassesEveryApiRule() {
    JavaClasses api = new ClassFileImporter().importPackages("dev.condor.api.order");
    assertFalse(ArchitectureRules.apiImportsOnlyJava("dev.condor.api").evaluate(api).hasViolation());
    assertFalse(ArchitectureRules.publicApiTypesDeclareStability("dev.condor.api").evaluate(api)
        .hasViolation());
  }
}
