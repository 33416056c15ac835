package org.atomic2dynamics.cli.emulator;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorException;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.SeedUser;
import org.atomic2dynamics.emulator.SeedUsers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atomic2dynamics emulator}: runs the local Dataverse Web API until Ctrl-C. */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = "Runs a local Dataverse (Dynamics 365 Sales) Web API that answers as the real service does.")
public final class EmulatorCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port on localhost (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--data", paramLabel = "DIR", description = "Persist state here on a clean stop and reload it at start.")
    Path dataDir;

    @Option(names = "--users", paramLabel = "CSV", description = "Seed systemusers from a CSV with the header email,first_name,last_name,disabled.")
    Path usersFile;

    @Mixin
    EmulatorOptions options;


    /** Tests replace this to return instead of waiting for Ctrl-C. */
    Runnable waitForStop = EmulatorCommand::waitForever;

    @Override
    public Integer call() {
        List<SeedUser> users = usersFile == null ? List.of() : readUsers(usersFile);
        EmulatorSettings settings = options.apply(EmulatorSettings.defaults().withPort(port).withDataDir(dataDir)
                .withUsers(users));
        Emulator emulator = start(settings);
        Thread stop = new Thread(emulator::close, "emulator-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        printBanner(spec.commandLine().getOut(), emulator, users.size());
        waitForStop.run();
        Runtime.getRuntime().removeShutdownHook(stop);
        emulator.close();
        return 0;
    }

    private static List<SeedUser> readUsers(Path file) {
        try {
            return SeedUsers.read(file);
        } catch (EmulatorException e) {
            throw new MigrationException(ErrorCode.INPUT_NOT_READABLE, e.getMessage(),
                    "fix the users file (header email,first_name,last_name,disabled) or leave out --users", e);
        }
    }

    private Emulator start(EmulatorSettings settings) {
        try {
            return Emulator.start(settings);
        } catch (EmulatorException e) {
            throw switch (e.reason()) {
                case PORT_IN_USE -> new MigrationException(ErrorCode.PORT_IN_USE, e.getMessage(),
                        "choose another port with --port, or stop the program that uses it", e);
                case INPUT_NOT_READABLE -> new MigrationException(ErrorCode.INPUT_NOT_READABLE, e.getMessage(),
                        "check the --data directory", e);
                case DATA_NOT_WRITABLE -> new MigrationException(ErrorCode.OUTPUT_NOT_WRITABLE, e.getMessage(),
                        "choose a writable --data directory", e);
                default -> new MigrationException(ErrorCode.INTERNAL, e.getMessage(), "run again with --verbose", e);
            };
        }
    }

    private void printBanner(PrintWriter out, Emulator emulator, int users) {
        out.println("Dataverse emulator running");
        out.println("  Web API:       " + emulator.apiUri());
        out.println("  Token URL:     " + emulator.tokenUri());
        out.println("  Tenant:        " + emulator.tenant());
        out.println("  Client id:     " + options.clientId());
        out.println("  Client secret: " + options.secretDescription());
        out.println("  Test control:  " + emulator.baseUri() + "_emulator/counters (GET), _emulator/reset (POST)");
        out.println("  Seeded users:  " + users + (dataDir == null ? "" : "; state kept in " + dataDir));
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    private static void waitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
