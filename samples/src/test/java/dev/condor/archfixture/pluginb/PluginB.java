package dev.condor.archfixture.pluginb;

/** A plugin that the broken fixtures depend on. */
public class PluginB {}
