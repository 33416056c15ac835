package org.atomic2dynamics.core.target;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One record to write to Dataverse. {@code table} is the logical name (account), {@code id} its primary key
 * (a deterministic id), {@code attributes} the column values by logical name, and {@code binds} the lookups
 * by navigation property (parentcustomerid_account, ownerid...). Attribute values are String, Integer, Long,
 * BigDecimal, Double, Boolean, OffsetDateTime, LocalDate, java.util.List of Integer (multi-select choices),
 * or null to clear a column.
 */
public record TargetRecord(String table, UUID id, Map<String, Object> attributes, Map<String, EntityRef> binds) {

    public TargetRecord {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        binds = Collections.unmodifiableMap(new LinkedHashMap<>(binds));
    }
}
