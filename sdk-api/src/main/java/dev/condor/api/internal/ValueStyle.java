package dev.condor.api.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the API, applied to every immutable value type.
 *
 * <p>A value type {@code X} is a public abstract class; the generated {@code ImmutableX} stays
 * package-private ({@link Value.Style#overshadowImplementation()} makes its builder return
 * {@code X}), and {@code X} exposes {@code X.Builder}, a public subclass of the generated builder.
 * Validation lives in a {@link Value.Check} method on {@code X}, so a value cannot be built
 * invalid. Only JDK types appear in generated code. Source retention: nothing of Immutables is
 * left in the class files.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = true, prehash = false),
    strictBuilder = false,
    privateNoargConstructor = false,
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
