package org.atomic2dynamics.source.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.source.EnumValue;
import org.atomic2dynamics.source.generation.GenerationDetection;

/** audit.json: the report for machines. Every finding has code, severity, subject, count and sample ids. */
public final class AuditJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private AuditJson() {
    }

    public static String write(AuditReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("auditedAt", r.auditedAt());
        root.put("source", r.source());
        root.put("generation", generation(r.generation()));
        root.put("summary", Map.of("decisions", r.findings(Severity.DECISION).size(),
                "warnings", r.findings(Severity.WARNING).size(), "infos", r.findings(Severity.INFO).size(),
                "needsDecision", r.needsDecision()));
        root.put("configuration", configuration(r));
        root.put("rowCounts", new java.util.TreeMap<>(r.rowCounts()));
        root.put("owners", new java.util.TreeMap<>(r.owners()));
        root.put("storage", Map.of("buckets", r.storage().buckets(), "references", r.storage().references()));
        root.put("access", r.access().stream().map(a -> Map.of("table", a.schema() + "." + a.table(),
                "readable", a.readable(), "granted", a.granted(), "rowLevelSecurity", a.rls(),
                "fix", a.fix(r.source().user()))).toList());
        root.put("findings", r.findings().stream().map(AuditJson::finding).toList());
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit.json: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> generation(GenerationDetection d) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", d.generation().name());
        g.put("label", d.generation().label());
        g.put("evidence", d.evidence());
        g.put("byColumns", d.byColumns().name());
        g.put("byHistory", d.byHistory() == null ? null : d.byHistory().name());
        g.put("newestMigration", d.newestMigration());
        return g;
    }

    private static Map<String, Object> configuration(AuditReport r) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("currency", Map.of("value", r.configuration().currency(), "origin", r.configuration().currencyOrigin()));
        Map<String, Object> enums = new java.util.TreeMap<>();
        r.configuration().enumerations().forEach((name, e) -> {
            List<Map<String, String>> values = new ArrayList<>();
            for (EnumValue v : e.values()) {
                values.add(Map.of("value", v.value(), "label", v.label() == null ? v.value() : v.label(),
                        "origin", v.origin()));
            }
            enums.put(name, values);
        });
        c.put("enumerations", enums);
        return c;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.code().name());
        m.put("section", f.code().section());
        m.put("severity", f.severity().name());
        m.put("subject", f.subject());
        m.put("count", f.count());
        m.put("sampleIds", f.sampleIds());
        m.put("message", f.message());
        if (!f.decision().isEmpty()) {
            m.put("decision", f.decision());
        }
        if (!f.details().isEmpty()) {
            m.put("details", f.details());
        }
        return m;
    }
}
