package dev.condor.archfixture.plugina;

import dev.condor.archfixture.core.Engine;
import dev.condor.archfixture.pluginb.PluginB;

/** Breaks "plugins never import core" and "plugins never import each other" on purpose. */
public class PluginA {
  public Engine engine;
  public PluginB other;
}
