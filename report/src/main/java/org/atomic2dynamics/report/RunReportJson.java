package org.atomic2dynamics.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.atomic2dynamics.engine.ledger.Outcome;
import org.atomic2dynamics.engine.run.PhaseReport;
import org.atomic2dynamics.engine.run.Reject;
import org.atomic2dynamics.engine.run.RunReport;
import org.atomic2dynamics.engine.run.SourceTally;

/**
 * report.json: {"run":{"id","status",...},"phases":[{"name","source_table","target_table","source",
 * "created","updated","unchanged","rejected","held"}],"reconciliation":[...],"http":{"requests",...},
 * "rejects":[...],"notes":[...], plus named sections}.
 */
public final class RunReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunReportJson() {
    }

    public static String render(RunReport report) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode run = root.putObject("run");
        run.put("id", report.run().id());
        run.put("kind", report.run().kind());
        run.put("status", report.run().status());
        run.put("started_at", report.run().startedAt());
        run.put("finished_at", report.run().finishedAt());
        run.put("source_instance", report.run().sourceInstance());
        run.put("target", report.run().target());
        run.put("reconciles", report.reconciles());
        report.phases().forEach(p -> phase(root.withArray("phases"), p));
        report.sources().forEach(s -> tally(root.withArray("reconciliation"), s));
        ObjectNode http = root.putObject("http");
        http.put("requests", report.http().requests());
        http.put("retries", report.http().retries());
        http.put("throttled", report.http().throttled());
        report.rejects().forEach(r -> reject(root.withArray("rejects"), r));
        report.notes().forEach(root.withArray("notes")::add);
        report.sections().forEach((name, value) -> root.set(name, JSON.valueToTree(value)));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("report cannot be serialised", e);
        }
    }

    private static void phase(ArrayNode phases, PhaseReport p) {
        ObjectNode n = phases.addObject();
        n.put("name", p.name());
        n.put("source_table", p.sourceTable());
        n.put("target_table", p.targetTable());
        n.put("source", p.counts().source());
        for (Outcome o : Outcome.values()) {
            n.put(o.label(), p.counts().count(o));
        }
        n.put("status", p.status());
    }

    private static void tally(ArrayNode out, SourceTally s) {
        ObjectNode n = out.addObject();
        n.put("source_table", s.sourceTable());
        n.put("source", s.sourceCount());
        n.put("accounted", s.accounted());
        n.put("balances", s.balances());
    }

    private static void reject(ArrayNode out, Reject r) {
        ObjectNode n = out.addObject();
        n.put("phase", r.phase());
        n.put("source_table", r.sourceTable());
        n.put("source_id", r.sourceId());
        n.put("target_table", r.targetTable());
        n.put("target_id", r.targetId() == null ? null : r.targetId().toString());
        n.put("outcome", r.outcome());
        n.put("code", r.code());
        n.put("reason", r.reason());
    }
}
