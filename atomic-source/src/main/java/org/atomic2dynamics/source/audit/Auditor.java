package org.atomic2dynamics.source.audit;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.atomic2dynamics.source.config.tsx.AppConfig;
import org.atomic2dynamics.source.connect.SourceSession;
import org.atomic2dynamics.source.read.SourceModel;
import org.atomic2dynamics.source.read.ValueDecoder;
import org.atomic2dynamics.source.reference.ReferenceSchemas;

/**
 * Runs the source audit over one read-only session: access first (so no section queries a table it cannot
 * read), then schema, configuration, storage and the data profile.
 */
public final class Auditor {
    private final ReferenceSchemas references = new ReferenceSchemas();

    public AuditReport audit(SourceSession session, AppConfig appConfig) {
        try {
            SourceModel model = SourceModel.load(session, new ValueDecoder().json(), appConfig);
            List<TableAccess> access = AccessSection.tables(session);
            Set<String> readable = access.stream().filter(a -> a.schema().equals("public") && a.readable())
                    .map(TableAccess::table).collect(Collectors.toSet());
            boolean storageReadable = access.stream().anyMatch(a -> a.schema().equals("storage")
                    && a.table().equals("objects") && a.readable());
            AuditContext ctx = new AuditContext(session, model, references.of(model.detection().generation()),
                    appConfig, readable);
            List<Finding> findings = new ArrayList<>(connectionFindings(session, model));
            findings.addAll(SchemaSection.run(ctx));
            findings.addAll(ConfigurationSection.run(ctx));
            StorageSummary storage = new StorageSummary();
            findings.addAll(StorageSection.run(ctx, storageReadable, storage));
            findings.addAll(AccessSection.findings(access, session.spec().user()));
            ProfileSection.Profile profile = ProfileSection.Profile.empty();
            findings.addAll(ProfileSection.run(ctx, profile));
            findings.addAll(ctx.failures());
            var source = new AuditReport.Source(session.spec().display(), session.spec().kind(), session.spec().user(),
                    session.readOnly(), session.warnings());
            return new AuditReport(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), source,
                    model.detection(), model.configuration(), profile.rowCounts(), profile.owners(), storage, access,
                    findings);
        } catch (SQLException e) {
            throw session.readFailure(e);
        }
    }

    private static List<Finding> connectionFindings(SourceSession session, SourceModel model) {
        List<Finding> out = new ArrayList<>();
        session.warnings().forEach(w -> out.add(Finding.warning(FindingCode.CONNECTION_TRANSACTION_POOLER,
                session.spec().display(), w, 1, List.of())));
        if (!model.detection().agree()) {
            out.add(Finding.warning(FindingCode.GENERATION_HISTORY_MISMATCH, "supabase_migrations.schema_migrations",
                    model.detection().evidence(), 1, List.of()));
        }
        return out;
    }
}
