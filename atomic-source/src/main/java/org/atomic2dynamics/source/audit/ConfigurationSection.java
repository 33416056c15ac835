package org.atomic2dynamics.source.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.core.source.Enumeration;
import org.atomic2dynamics.source.config.ConfigurationMerger;
import org.atomic2dynamics.source.config.ConfigurationResolver;
import org.atomic2dynamics.source.config.tsx.AppConfig;
import org.atomic2dynamics.source.read.LogicalColumn;
import org.atomic2dynamics.source.read.LogicalTable;
import org.atomic2dynamics.source.read.Sql;

/**
 * Where the configuration came from, and the enumeration values records use that it does not list (after
 * normalisation: older generations' labels are compared as slugs).
 */
final class ConfigurationSection {
    /** table, column, enumeration: where each enumeration is used. */
    private static final List<String[]> USES = List.of(
            new String[] {"companies", "sector", EffectiveConfiguration.COMPANY_SECTORS},
            new String[] {"deals", "stage", EffectiveConfiguration.DEAL_STAGES},
            new String[] {"deals", "category", EffectiveConfiguration.DEAL_CATEGORIES},
            new String[] {"contact_notes", "status", EffectiveConfiguration.NOTE_STATUSES},
            new String[] {"contacts", "status", EffectiveConfiguration.NOTE_STATUSES},
            new String[] {"tasks", "type", EffectiveConfiguration.TASK_TYPES},
            new String[] {"contacts", "gender", EffectiveConfiguration.CONTACT_GENDER});

    private ConfigurationSection() {
    }

    static List<Finding> run(AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        boolean database = ConfigurationResolver.usesDatabase(ctx.model().databaseConfiguration());
        Optional<AppConfig> app = ctx.appConfig();
        if (database && app.isPresent()) {
            out.add(Finding.info(FindingCode.CONFIG_APP_IGNORED, app.get().file(), "the database configuration is not"
                    + " empty, so the app ignores the <CRM> props of " + app.get().file() + "; so does the migration", 1));
        } else if (!database && app.isEmpty()) {
            out.add(Finding.info(FindingCode.CONFIG_FROM_DEFAULTS, "configuration", "no configuration stored in the"
                    + " database: Atomic CRM's defaults are assumed; pass --app-config src/App.tsx if the instance"
                    + " customised its <CRM> props", 1));
        }
        app.filter(a -> !database).ifPresent(a -> a.problems().forEach(p -> out.add(appProblem(p))));
        for (String[] use : USES) {
            ctx.readableTable(use[0]).ifPresent(t -> unconfigured(ctx, t, use[1], use[2], out));
        }
        return out;
    }

    private static Finding appProblem(String problem) {
        boolean matters = ConfigurationMerger.ENUMERATION_KEYS.stream().anyMatch(problem::startsWith)
                || problem.startsWith("currency");
        String message = "App.tsx value unknown without running the code: " + problem;
        return matters
                ? Finding.decision(FindingCode.CONFIG_APP_VALUE_UNKNOWN, problem.split("[ \\[.]")[0], message, 1,
                        List.of(), "write the values into the <CRM> props literally, or store them in the database"
                                + " configuration (Settings page)")
                : Finding.info(FindingCode.CONFIG_APP_VALUE_UNKNOWN, problem.split("[ \\[.]")[0], message
                        + " (not used by the migration)", 1);
    }

    private static void unconfigured(AuditContext ctx, LogicalTable t, String column, String enumName,
            List<Finding> out) {
        Optional<LogicalColumn> col = t.columns().stream().filter(c -> c.name().equals(column)).findFirst();
        Optional<Enumeration> enumeration = ctx.model().configuration().enumeration(enumName);
        if (col.isEmpty() || enumeration.isEmpty()) {
            return;
        }
        String value = col.get().sql();
        String id = Sql.ident(t.idColumn());
        String sql = "select " + value + ", count(*), (array_agg(" + id + " order by " + id + "))[1:"
                + Finding.SAMPLES + "] from public." + Sql.ident(t.physicalName()) + " where " + value
                + " is not null group by 1 order by 1";
        for (Object[] row : ctx.rows(t.name() + "." + column + " values", sql,
                rs -> new Object[] {rs.getString(1), rs.getLong(2), AuditContext.sampleList(rs.getArray(3), t.name())})) {
            String v = (String) row[0];
            if (enumeration.get().find(v).isEmpty()) {
                @SuppressWarnings("unchecked")
                List<String> samples = (List<String>) row[2];
                out.add(Finding.decision(FindingCode.CONFIG_VALUE_NOT_CONFIGURED, t.name() + "." + column + " = " + v,
                        (long) row[1] + " " + t.name() + " use " + column + " '" + v + "', which " + enumName
                                + " does not list", (long) row[1], samples, "add '" + v + "' to " + enumName
                                + " (a new option in Dynamics) or map it to an existing value")
                        .withDetails(Map.of("enumeration", enumName, "value", v)));
            }
        }
    }
}
