package dev.condor.archfixture.api;

import io.vertx.core.Vertx;

/** Breaks two API rules on purpose: holds a Vert.x type, and has no stability annotation. */
public class LeakyApiType {
  public Vertx vertx;
}
