package org.atomic2dynamics.cli.options;

import picocli.CommandLine.Option;

/** Who takes the records whose owner has no active Dynamics user (a picocli mixin). */
public final class FallbackOwnerOption {

    @Option(names = "--fallback-owner", paramLabel = "EMAIL|TEAM",
            description = "Who takes the records of unmatched or disabled owners, and of records without an owner"
                    + " (an active user's email or a team's name). Without it those records are held.")
    public String fallback;
}
