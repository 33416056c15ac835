package org.atomic2dynamics.cli.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.atomic2dynamics.core.port.TargetDirectory;
import org.atomic2dynamics.core.port.TargetWriter;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.core.target.TargetTeam;
import org.atomic2dynamics.core.target.TargetUser;
import org.atomic2dynamics.core.target.WriteResult;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.read.Query;
import org.atomic2dynamics.dataverse.client.read.RecordReader;
import org.atomic2dynamics.dataverse.client.throttle.ClientStatistics;
import org.atomic2dynamics.dataverse.client.write.RecordWriter;
import org.atomic2dynamics.dataverse.client.write.WriteMode;
import org.atomic2dynamics.dataverse.client.write.WriteOutcome;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;

/** The engine's target ports, served by the Dataverse client. */
public final class ClientTarget implements TargetWriter, TargetDirectory {
    private final DataverseClient client;
    private final RecordWriter writer;
    private final RecordReader reader;
    private final ClientStatistics start;

    public ClientTarget(DataverseClient client, TableNames tables, WriterSettings settings) {
        this.client = client;
        this.writer = new RecordWriter(client, tables, settings);
        this.reader = new RecordReader(client, tables);
        this.start = client.statistics();
    }

    public DataverseClient client() {
        return client;
    }

    public RecordReader reader() {
        return reader;
    }

    @Override
    public List<WriteResult> upsert(String table, List<TargetRecord> records) {
        List<WriteResult> out = new ArrayList<>(records.size());
        for (WriteOutcome o : writer.write(table, records, WriteMode.UPSERT).outcomes()) {
            out.add(switch (o.status()) {
                case CREATED -> WriteResult.created(o.id());
                case UPDATED -> WriteResult.updated(o.id());
                case REJECTED -> WriteResult.rejected(o.id(), o.code(), o.message());
                // transient failures that outlived every retry: recorded as rejected so a re-run sends them again
                case FAILED -> WriteResult.rejected(o.id(), o.code(), "not written after every retry: " + o.message());
            });
        }
        return out;
    }

    @Override
    public WireCounters counters() {
        ClientStatistics s = client.statistics().minus(start);
        return new WireCounters(s.requests(), s.retries(), s.throttled());
    }

    @Override
    public List<TargetUser> users() {
        List<TargetUser> out = new ArrayList<>();
        for (JsonNode u : reader.all(Query.of("systemusers").select(List.of("systemuserid", "fullname",
                "internalemailaddress", "domainname", "isdisabled", "applicationid")))) {
            out.add(new TargetUser(UUID.fromString(u.path("systemuserid").asText()), text(u, "fullname"),
                    text(u, "internalemailaddress"), text(u, "domainname"), u.path("isdisabled").asBoolean(false),
                    !u.path("applicationid").isNull() && !u.path("applicationid").isMissingNode()));
        }
        return out;
    }

    @Override
    public List<TargetTeam> teams() {
        List<TargetTeam> out = new ArrayList<>();
        for (JsonNode t : reader.all(Query.of("teams").select(List.of("teamid", "name")))) {
            out.add(new TargetTeam(UUID.fromString(t.path("teamid").asText()), text(t, "name")));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }
}
