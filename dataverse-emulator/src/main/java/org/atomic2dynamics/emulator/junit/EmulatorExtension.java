package org.atomic2dynamics.emulator.junit;

import java.util.function.UnaryOperator;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one emulator on a free port for a test class and stops it afterwards. Use it declaratively,
 * {@code @ExtendWith(EmulatorExtension.class)} and an {@link Emulator} parameter, or as a field to choose
 * settings:
 * <pre>
 * &#64;RegisterExtension
 * static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s.withStrictRequired(true));
 * </pre>
 */
public final class EmulatorExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(EmulatorExtension.class);

    private final UnaryOperator<EmulatorSettings> settings;
    private Emulator emulator;

    public EmulatorExtension() {
        this(UnaryOperator.identity());
    }

    /** @param settings changes to {@link EmulatorSettings#defaults()}; the port is always a free one */
    public EmulatorExtension(UnaryOperator<EmulatorSettings> settings) {
        this.settings = settings;
    }

    /** The running emulator (between beforeAll and afterAll). */
    public Emulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("the emulator runs only while the test class runs");
        }
        return emulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = Emulator.start(settings.apply(EmulatorSettings.defaults()).withPort(0));
        context.getStore(NS).put(Emulator.class, emulator);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Emulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return emulator();
    }
}
