package org.atomic2dynamics.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void everyCodeHasItsOwnNonZeroExitCode() {
        var exits = Arrays.stream(ErrorCode.values()).map(ErrorCode::exitCode).toList();
        assertThat(exits).doesNotHaveDuplicates().doesNotContain(0, 1);
    }

    @Test
    void oneLineNamesTheCodeTheProblemAndTheFix() {
        var e = new MigrationException(ErrorCode.SOURCE_AUTH, "password refused for user \"crm\"", "set PGPASSWORD");
        assertThat(e.oneLine()).isEqualTo("error[SOURCE_AUTH]: password refused for user \"crm\" — set PGPASSWORD")
                .doesNotContain("\n");
        assertThat(e.code().exitCode()).isEqualTo(11);
    }

    @Test
    void theDocumentedTableListsEveryCodeWithItsExitCode() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "EXIT-CODES.md"));
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(doc).as(code.name()).contains("| " + code.exitCode() + " | " + code.name() + " |");
        }
    }
}
