package org.atomic2dynamics.dataverse.client.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/**
 * Where secrets come from: an environment variable or a file, never a command-line argument (which
 * {@code ps} shows). The environment is passed in, so tests need not change the process environment.
 */
public final class Secrets {
    private final Map<String, String> environment;

    public Secrets(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static Secrets fromProcessEnvironment() {
        return new Secrets(System.getenv());
    }

    public Secret fromEnvironment(String variable) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            throw new MigrationException(ErrorCode.SECRET_MISSING, "environment variable " + variable + " is not set",
                    "export " + variable + " (or give the secret in a file) and run again");
        }
        return Secret.of(value.strip(), "environment variable " + variable);
    }

    /** The file's content without its trailing newline. */
    public Secret fromFile(Path file) {
        try {
            String value = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (value.isEmpty()) {
                throw new MigrationException(ErrorCode.SECRET_MISSING, "secret file " + file + " is empty",
                        "write the secret into the file and run again");
            }
            return Secret.of(value, "file " + file);
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.INPUT_NOT_READABLE, "secret file " + file + " cannot be read",
                    "check the path and that this user may read it");
        }
    }
}
