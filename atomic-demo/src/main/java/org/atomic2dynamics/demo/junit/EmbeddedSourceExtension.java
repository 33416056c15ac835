package org.atomic2dynamics.demo.junit;

import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one {@link EmbeddedSource} of the test JVM: started on first use, kept in the root store
 * and stopped when the whole run ends. Use with {@code @ExtendWith(EmbeddedSourceExtension.class)} and an
 * {@code EmbeddedSource} parameter on a test, lifecycle method or constructor; then ask it for
 * {@code database(spec)} (shared, read-only) or {@code freshDatabase(spec)} (the test's own).
 */
public final class EmbeddedSourceExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EmbeddedSourceExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedSource.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    /** The shared server, for extensions and helpers that hold an ExtensionContext. */
    public static EmbeddedSource server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(EmbeddedSource.class, k -> EmbeddedSource.start(), EmbeddedSource.class);
    }
}
