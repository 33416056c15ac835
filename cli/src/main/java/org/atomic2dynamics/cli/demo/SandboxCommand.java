package org.atomic2dynamics.cli.demo;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Starts the embedded Atomic CRM demo database and the Dataverse emulator and keeps them running until
 * Ctrl-C, printing what to paste to run every step by hand. The printed password is the throwaway demo
 * database's own.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Starts the demo database and the emulator and keeps them running, to try each command by hand.")
public final class SandboxCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "The emulator's port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N", description = "Multiplies the demo volumes.")
    int scale;


    @Spec
    CommandSpec spec;

    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        try (DemoEnvironment env = DemoEnvironment.start(scale, port, null)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            print(env, spec.commandLine().getOut());
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return 0;
    }

    /** Ends a running sandbox (tests; Ctrl-C does the same through the shutdown hook). */
    public void stop() {
        stop.countDown();
    }

    private void print(DemoEnvironment env, PrintWriter out) {
        SourceDatabase db = env.database();
        Emulator emu = env.emulator();
        String target = emu.baseUri().toString().replaceAll("/$", "");
        out.println("Atomic CRM demo database: " + db.uri());
        out.println("Dataverse emulator:       " + target + "  (Web API " + emu.apiUri() + ")");
        out.println();
        out.println("Paste into another shell (these are the sandbox's own throwaway credentials):");
        out.println("  export PGPASSWORD='" + db.password() + "'");
        out.println("  export A2D_TENANT=" + emu.tenant() + " A2D_CLIENT_ID=" + EmulatorSettings.DEFAULT_CLIENT_ID
                + " A2D_CLIENT_SECRET=" + EmulatorSettings.DEFAULT_CLIENT_SECRET);
        out.println("  SRC='" + db.uri() + "' TGT=" + target);
        out.println();
        out.println("Then, step by step:");
        out.println("  ./atomic2dynamics audit   --source \"$SRC\" --out sandbox-out/audit");
        out.println("  ./atomic2dynamics plan    --source \"$SRC\" --target $TGT --out sandbox-out/mapping.yaml");
        out.println("  ./atomic2dynamics confirm sandbox-out/mapping.yaml");
        out.println("  ./atomic2dynamics schema  --target $TGT --mapping sandbox-out/mapping.yaml --apply");
        out.println("  ./atomic2dynamics owners  --source \"$SRC\" --target $TGT --out sandbox-out");
        out.println("  ./atomic2dynamics migrate --source \"$SRC\" --target $TGT --mapping sandbox-out/mapping.yaml \\");
        out.println("                            --fallback-owner " + env.fallbackOwner() + " --out sandbox-out");
        out.println();
        out.println("Running until Ctrl-C.");
        out.flush();
    }
}
