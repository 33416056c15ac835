package org.atomic2dynamics.dataverse.client.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.http.HttpCall;

/**
 * Messages that are not plain writes: WhoAmI, closing an opportunity as won or lost (which creates an
 * opportunityclose activity; a PATCH of statecode is refused for that), and setting a record's state
 * (e.g. completing a task: state 1, status 5).
 */
public final class Actions {
    private final DataverseClient client;
    private final TableNames tables;

    public Actions(DataverseClient client, TableNames tables) {
        this.client = client;
        this.tables = tables;
    }

    public WhoAmI whoAmI() {
        return client.whoAmI();
    }

    /** WinOpportunity; status is a Won status reason (3). */
    public void winOpportunity(OpportunityClose close, int status) {
        client.send(HttpCall.json("POST", "WinOpportunity", closeBody(close, status)));
    }

    /** LoseOpportunity; status is a Lost status reason (4 Canceled, 5 Out-Sold). */
    public void loseOpportunity(OpportunityClose close, int status) {
        client.send(HttpCall.json("POST", "LoseOpportunity", closeBody(close, status)));
    }

    /** PATCH statecode/statuscode of one record, only if it exists. */
    public void setState(String table, UUID id, int state, int status) {
        TableNames.Entry t = tables.of(table);
        ObjectNode body = client.json().createObjectNode().put("statecode", state).put("statuscode", status);
        client.send(HttpCall.json("PATCH", t.entitySet() + "(" + id + ")", body.toString()).withHeader("If-Match", "*"));
    }

    private String closeBody(OpportunityClose close, int status) {
        ObjectNode root = client.json().createObjectNode();
        ObjectNode c = root.putObject("OpportunityClose");
        c.put("@odata.type", "Microsoft.Dynamics.CRM.opportunityclose");
        c.put("opportunityid@odata.bind", "/opportunities(" + close.opportunityId() + ")");
        c.put("subject", close.subject());
        if (close.actualRevenue() != null) {
            c.put("actualrevenue", close.actualRevenue());
        }
        if (close.actualEnd() != null) {
            c.put("actualend", close.actualEnd().toString());
        }
        if (close.description() != null) {
            c.put("description", close.description());
        }
        root.put("Status", status);
        return root.toString();
    }
}
