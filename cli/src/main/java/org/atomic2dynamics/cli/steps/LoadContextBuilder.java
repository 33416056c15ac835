package org.atomic2dynamics.cli.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.ids.DeterministicIds;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.dataverse.client.read.Query;
import org.atomic2dynamics.dataverse.client.read.RecordReader;
import org.atomic2dynamics.engine.owners.OwnerLine;
import org.atomic2dynamics.engine.owners.OwnerQueue;
import org.atomic2dynamics.mapping.record.ContactRouting;
import org.atomic2dynamics.mapping.record.ContactRoutes;
import org.atomic2dynamics.mapping.record.MappingContext;
import org.atomic2dynamics.mapping.record.OwnerMap;
import org.atomic2dynamics.mapping.record.Route;
import org.atomic2dynamics.mapping.spec.MappingSpec;

/**
 * Computes, once before the load, what the record mapper reads: contact routing (streamed over deals and
 * notes), owners, company names, the currency record and the stakeholder connection role.
 */
public final class LoadContextBuilder {
    static final String STAKEHOLDER_ROLE = "Stakeholder";

    private LoadContextBuilder() {
    }

    public static MappingContext build(MappingSpec spec, SourceReader source, OwnerQueue owners, RecordReader target) {
        return new MappingContext(new DeterministicIds(spec.source().instance()), routes(spec, source),
                ownerMap(owners), currency(spec.source().currency(), target), stakeholderRole(target),
                companyNames(source));
    }

    static ContactRoutes routes(MappingSpec spec, SourceReader source) {
        ContactRouting routing = new ContactRouting(spec.settings().contactRouting());
        source.read("deals", 0, routing::acceptDeal);
        source.read("contact_notes", 0, routing::acceptNote);
        Set<Long> contacts = new HashSet<>();
        Set<Long> leads = new HashSet<>();
        source.read("contacts", 0, c -> (routing.decide(c) == Route.CONTACT ? contacts : leads).add(c.id()));
        return new ContactRoutes(contacts, leads);
    }

    static OwnerMap ownerMap(OwnerQueue owners) {
        Map<Long, EntityRef> map = new HashMap<>();
        for (OwnerLine line : owners.lines()) {
            if (line.owner() != null && line.assignTo() != null) {
                map.put(line.owner().salesId(), line.assignTo());
            }
        }
        return new OwnerMap(map, owners.fallback());
    }

    static Map<Long, String> companyNames(SourceReader source) {
        Map<Long, String> names = new HashMap<>();
        source.read("companies", 0, row -> names.put(row.id(), row.string("name")));
        return names;
    }

    static EntityRef currency(String isoCode, RecordReader target) {
        String code = isoCode == null || isoCode.isBlank() ? "USD" : isoCode;
        List<JsonNode> found = target.all(Query.of("transactioncurrencies").select(List.of("transactioncurrencyid"))
                .filter("isocurrencycode eq " + Query.literal(code)));
        if (found.isEmpty()) {
            throw new MigrationException(ErrorCode.TARGET_SCHEMA_MISSING, "the currency " + code
                    + " of Atomic CRM does not exist in Dynamics", "add it in Settings > Business Management > Currencies"
                    + " (with its exchange rate) and run again");
        }
        return new EntityRef("transactioncurrencies", UUID.fromString(found.get(0).path("transactioncurrencyid").asText()));
    }

    static UUID stakeholderRole(RecordReader target) {
        List<JsonNode> roles = target.all(Query.of("connectionroles").select(List.of("connectionroleid"))
                .filter("name eq " + Query.literal(STAKEHOLDER_ROLE)));
        return roles.isEmpty() ? null : UUID.fromString(roles.get(0).path("connectionroleid").asText());
    }
}
