package io.xinlu.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style: the abstract class is the public type, the generated implementation is hidden,
 * and users build values through the nested {@code Builder} that each abstract class declares.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    get = {"is*", "get*"},
    depluralize = true,
    strictBuilder = false,
    privateNoargConstructor = false,
    allowedClasspathAnnotations = {Override.class})
public @interface XinluStyle {}
