package dev.condor.archfixture.cycle.a;

/** One side of a deliberate package cycle. */
public class A {
  public dev.condor.archfixture.cycle.b.B b;
}
