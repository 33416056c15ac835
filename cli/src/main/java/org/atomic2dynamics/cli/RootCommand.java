package org.atomic2dynamics.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code atomic2dynamics} command; each verb is a class of its own. */
@Command(name = "atomic2dynamics",
        mixinStandardHelpOptions = true,
        version = "atomic2dynamics 0.1.0",
        description = "Migrates an Atomic CRM instance (Supabase Postgres) into Microsoft Dynamics 365 Sales.",
        subcommands = {
            CommandLine.HelpCommand.class,
            org.atomic2dynamics.cli.demo.DemoCommand.class,
            org.atomic2dynamics.cli.demo.SandboxCommand.class,
            org.atomic2dynamics.cli.audit.AuditCommand.class,
            org.atomic2dynamics.cli.mapping.PlanCommand.class,
            org.atomic2dynamics.cli.mapping.ValidateCommand.class,
            org.atomic2dynamics.cli.mapping.ConfirmCommand.class,
            org.atomic2dynamics.cli.schema.SchemaCommand.class,
            org.atomic2dynamics.cli.owners.OwnersCommand.class,
            org.atomic2dynamics.cli.migrate.MigrateCommand.class,
            org.atomic2dynamics.cli.mapping.SpecCommand.class,
            org.atomic2dynamics.cli.emulator.EmulatorCommand.class,
        })
public final class RootCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Inherited by every command: the failure handler prints stack traces only when it is given. */
    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of failures, and the libraries' informational logs.")
    boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setExitCodeExceptionMapper(FailureHandler::exitCodeOf);
        return cl;
    }
}
