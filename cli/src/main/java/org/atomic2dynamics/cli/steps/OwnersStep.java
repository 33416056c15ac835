package org.atomic2dynamics.cli.steps;

import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.cli.wiring.ClientTarget;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.core.port.TargetDirectory;
import org.atomic2dynamics.engine.owners.OwnerLine;
import org.atomic2dynamics.engine.owners.OwnerQueue;
import org.atomic2dynamics.engine.owners.OwnerReconciliation;
import org.atomic2dynamics.engine.owners.SourceOwners;

/** Owner reconciliation from a source and a target, with the sentences a person reads about it. */
public final class OwnersStep {
    private OwnersStep() {
    }

    /** Reconciles against the users and teams of the environment the client is connected to. */
    public static OwnerQueue reconcile(SourceReader source, DataverseClient client, String fallback) {
        return reconcile(source, new ClientTarget(client, TableNames.standard(), WriterSettings.defaults()), fallback);
    }

    public static OwnerQueue reconcile(SourceReader source, TargetDirectory target, String fallback) {
        return new OwnerReconciliation(target).reconcile(SourceOwners.owners(source), SourceOwners.owned(source),
                fallback);
    }

    public static List<String> notes(OwnerQueue queue) {
        List<String> notes = new ArrayList<>();
        for (OwnerLine line : queue.needingAttention()) {
            String what = line.owner() == null ? "Records without an owner in Atomic CRM"
                    : (line.owner().known() ? "Sales user " : "") + line.owner().name()
                            + (line.owner().email().isEmpty() ? "" : " <" + line.owner().email() + ">")
                            + (line.matchedUserDisabled() ? " is disabled in Dynamics" : " has no Dynamics user");
            String where = queue.fallback() != null ? "are assigned to the fallback owner " + queue.fallbackName()
                    : "are held until a user is provisioned or --fallback-owner is given";
            notes.add(what + ": " + line.total() + " record(s) " + where + ".");
        }
        return notes;
    }
}
