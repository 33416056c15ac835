package org.atomic2dynamics.cli.steps;

import java.nio.file.Path;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.source.SchemaSnapshot;
import org.atomic2dynamics.engine.ledger.Confirmation;
import org.atomic2dynamics.engine.ledger.Ledger;
import org.atomic2dynamics.mapping.file.MappingDocument;
import org.atomic2dynamics.mapping.file.MappingFile;
import org.atomic2dynamics.mapping.validate.MappingValidator;
import org.atomic2dynamics.mapping.validate.ValidationReport;

/**
 * Nothing moves before a person confirms the map: a valid mapping file whose content hash equals the one
 * confirmed last in the ledger beside it. Anything else stops the command before it touches the target.
 */
public final class MappingGate {
    private MappingGate() {
    }

    /** A mapping file that passed validation (with the source's schema when given, else without it). */
    public static MappingDocument valid(Path file, SchemaSnapshot logicalSchema) {
        MappingDocument doc = MappingFile.load(file);
        ValidationReport report = MappingValidator.validate(doc, Planning.targetTables(), logicalSchema);
        report.throwIfInvalid();
        return doc;
    }

    public static MappingDocument confirmed(Path file, Ledger ledger, SchemaSnapshot logicalSchema) {
        MappingDocument doc = valid(file, logicalSchema);
        String key = key(file);
        Confirmation confirmation = ledger.confirmations().latest(key).orElseThrow(() -> new MigrationException(
                ErrorCode.MAPPING_UNCONFIRMED, file.getFileName() + " has not been confirmed; nothing was moved",
                "review it, then run: atomic2dynamics confirm " + file));
        if (!confirmation.hash().equals(doc.hash())) {
            throw new MigrationException(ErrorCode.MAPPING_CHANGED, file.getFileName() + " was edited after "
                    + confirmation.confirmedBy() + " confirmed it at " + confirmation.confirmedAt() + "; nothing was moved",
                    "review the changes, then run: atomic2dynamics confirm " + file);
        }
        return doc;
    }

    /** How the ledger names a mapping file: its absolute, normalised path. */
    public static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
