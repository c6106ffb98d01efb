package dev.condor.archfixture.core;

import dev.condor.archfixture.pluginb.PluginB;

/** Breaks "core never imports a plugin" on purpose. */
public class Engine {
  public PluginB plugin;
}
