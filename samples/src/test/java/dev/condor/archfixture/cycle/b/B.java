package dev.condor.archfixture.cycle.b;

/** The other side of a deliberate package cycle. */
public class B {
  public dev.condor.archfixture.cycle.a.A a;
}
