package dev.condor.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public API type that may still change in a minor release; use it, but expect to
 * adapt when it does.
 */
@Documented
@Stable(since = "0.1")
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Experimental {
  /** The API version in which the element appeared, e.g. {@code "0.1"}. */
  String since();
}
