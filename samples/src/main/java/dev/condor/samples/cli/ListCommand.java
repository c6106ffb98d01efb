package dev.condor.samples.cli;

import dev.condor.api.plugin.Provider;
import dev.condor.api.plugin.ProviderKind;
import dev.condor.core.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code condor list}: the installed plugins by kind, each with its id and a one-line description. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List installed strategies, brokers, data sources, risk policies and journals.",
    footer = {"", "Examples:", "  ./condor list", "  ./condor list --kind broker"})
final class ListCommand implements Runnable {

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Only this kind: ${COMPLETION-CANDIDATES}.", converter = KindConverter.class,
      completionCandidates = KindConverter.Names.class)
  ProviderKind kind;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    PluginRegistry registry = PluginRegistry.discover();
    for (ProviderKind k : ProviderKind.values()) {
      if (kind != null && k != kind) {
        continue;
      }
      List<Provider<?, ?>> providers = registry.providers(k);
      out.println(title(k) + ":");
      if (providers.isEmpty()) {
        out.println("  (none installed)");
      }
      int width = providers.stream().mapToInt(p -> p.id().length()).max().orElse(0);
      for (Provider<?, ?> p : providers) {
        String caps = p.capabilities().isEmpty() ? ""
            : "  [" + p.capabilities().stream().map(c -> c.name().toLowerCase(Locale.ROOT))
                .sorted().collect(Collectors.joining(", ")) + "]";
        out.printf("  %-" + width + "s  %s  (API %s)%s%n", p.id(), p.description(), p.apiVersion(), caps);
      }
      out.println();
    }
    out.flush();
  }

  private static String title(ProviderKind kind) {
    switch (kind) {
      case BROKER:
        return "Brokers";
      case MARKET_DATA:
        return "Live data feeds";
      case HISTORICAL_DATA:
        return "Historical data sources";
      case STRATEGY:
        return "Strategies";
      case RISK_POLICY:
        return "Risk policies";
      default:
        return "Journal sinks";
    }
  }

  /** Reads {@code --kind strategy} (any case, '-' or '_'). */
  static final class KindConverter implements picocli.CommandLine.ITypeConverter<ProviderKind> {
    @Override
    public ProviderKind convert(String value) {
      try {
        return ProviderKind.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("unknown kind '" + value
            + "'; use one of " + new Names());
      }
    }

    /** The kinds as users type them. */
    static final class Names extends java.util.ArrayList<String> {
      private static final long serialVersionUID = 1L;

      Names() {
        for (ProviderKind k : ProviderKind.values()) {
          add(k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
      }
    }
  }
}
