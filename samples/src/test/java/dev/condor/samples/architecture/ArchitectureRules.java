package dev.condor.samples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import dev.condor.api.Experimental;
import dev.condor.api.Stable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rules of ARCHITECTURE.md as ArchUnit rules, parameterised by package so that their own tests
 * can prove each one fires on a deliberately broken fixture. Each rule's description is its name in
 * a failing build.
 */
final class ArchitectureRules {
  private ArchitectureRules() {}

  /**
   * The API depends on {@code java.*} and itself; the one exception is the annotation-only
   * Immutables artifact ({@code requires static}: its annotations have class retention and are
   * never loaded at run time).
   */
  static ArchRule apiImportsOnlyJava(String api) {
    return classes().that().resideInAPackage(api + "..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", api + "..", "org.immutables.value")
        .as("api imports only java.* (rule: the API depends on the JDK alone)")
        .because("plugin authors and embedding applications need nothing but the JDK to use it");
  }

  static ArchRule apiFreeOfVertx(String api) {
    return noClasses().that().resideInAPackage(api + "..")
        .should().dependOnClassesThat().resideInAPackage("io.vertx..")
        .as("no Vert.x type in the api (rule: the API speaks CompletionStage and Flow)")
        .because("a Vert.x major upgrade must never break a plugin");
  }

  static ArchRule pluginsIndependentOfCore(String core, String... plugins) {
    return noClasses().that().resideInAnyPackage(packages(plugins))
        .should().dependOnClassesThat().resideInAPackage(core + "..")
        .as("plugins and strategy-pack never import core (rule: plugins see only the API)")
        .because("plugins are found by ServiceLoader and must run on any engine of their API version");
  }

  static ArchRule pluginsIndependentOfEachOther(String... plugins) {
    List<ArchRule> rules = new ArrayList<>();
    for (String plugin : plugins) {
      String[] others = Arrays.stream(plugins).filter(p -> !p.equals(plugin))
          .map(p -> p + "..").toArray(String[]::new);
      rules.add(noClasses().that().resideInAPackage(plugin + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .as(plugin + " imports no other plugin"));
    }
    return CompositeArchRule.of(rules)
        .as("plugins never import each other (rule: each plugin stands alone)");
  }

  static ArchRule coreIndependentOfPlugins(String core, String... plugins) {
    return noClasses().that().resideInAPackage(core + "..")
        .should().dependOnClassesThat().resideInAnyPackage(packages(plugins))
        .as("core never imports a plugin or a bundled strategy (rule: core finds them by ServiceLoader)");
  }

  static ArchRule noPackageCycles(String root) {
    return SlicesRuleDefinition.slices().matching(root + ".(**)").should().beFreeOfCycles()
        .as("no package cycles under " + root);
  }

  /** Every public type of the exported API packages ({@code internal} is not exported). */
  static ArchRule publicApiTypesDeclareStability(String api) {
    return classes().that().resideInAPackage(api + "..").and().arePublic()
        .and().resideOutsideOfPackage(api + ".internal..")
        .should().beAnnotatedWith(Stable.class).orShould().beAnnotatedWith(Experimental.class)
        .as("every public api type carries @Stable or @Experimental");
  }

  private static String[] packages(String... roots) {
    return Arrays.stream(roots).map(r -> r + "..").toArray(String[]::new);
  }
}
