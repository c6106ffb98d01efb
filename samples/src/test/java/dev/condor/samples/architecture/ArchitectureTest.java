package dev.condor.samples.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enforces ARCHITECTURE.md's rules on every module's main classes, in the normal build. */
class ArchitectureTest {

  private static final String API = "dev.condor.api";
  private static final String CORE = "dev.condor.core";
  private static final String[] PLUGINS = {
    "dev.condor.tastytrade", "dev.condor.ibkr", "dev.condor.polygon", "dev.condor.yfinance",
    "dev.condor.strategies"
  };

  private static JavaClasses condor;

  @BeforeAll
  static void importMainClasses() {
    condor = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.condor");
  }

  @Test
  void apiImportsOnlyJava() {
    ArchitectureRules.apiImportsOnlyJava(API).check(condor);
  }

  @Test
  void apiIsFreeOfVertx() {
    ArchitectureRules.apiFreeOfVertx(API).check(condor);
  }

  @Test
  void pluginsAndStrategiesNeverImportCore() {
    ArchitectureRules.pluginsIndependentOfCore(CORE, PLUGINS).allowEmptyShould(true).check(condor);
  }

  @Test
  void pluginsNeverImportEachOther() {
    ArchitectureRules.pluginsIndependentOfEachOther(PLUGINS).allowEmptyShould(true).check(condor);
  }

  @Test
  void coreNeverImportsAPlugin() {
    ArchitectureRules.coreIndependentOfPlugins(CORE, PLUGINS).check(condor);
  }

  @Test
  void noPackageCycles() {
    ArchitectureRules.noPackageCycles("dev.condor").check(condor);
  }

  @Test
  void everyPublicApiTypeDeclaresItsStability() {
    ArchitectureRules.publicApiTypesDeclareStability(API).check(condor);
  }
}
