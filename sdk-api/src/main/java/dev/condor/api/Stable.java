package dev.condor.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public API type whose source and binary compatibility Condor keeps within a major
 * version: embedding applications and plugin authors may build on it.
 */
@Documented
@Stable(since = "0.1")
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Stable {
  /** The API version in which the element became stable, e.g. {@code "0.1"}. */
  String since();
}
