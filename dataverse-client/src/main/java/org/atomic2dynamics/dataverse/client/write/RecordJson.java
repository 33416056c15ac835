package org.atomic2dynamics.dataverse.client.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.core.target.TargetRecord;

/**
 * A {@link TargetRecord} as a Web API JSON body: attributes by logical name, lookups as
 * {@code nav@odata.bind}. Date-times go out in UTC with a Z; dates as yyyy-MM-dd; multi-select choices as
 * the comma-separated string the Web API expects. A value of another type is refused, never guessed.
 */
public final class RecordJson {
    private final ObjectMapper json;

    public RecordJson(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode body(TargetRecord record) {
        ObjectNode node = json.createObjectNode();
        record.attributes().forEach((name, value) -> put(node, record, name, value));
        for (Map.Entry<String, EntityRef> bind : record.binds().entrySet()) {
            EntityRef ref = bind.getValue();
            if (ref == null) {
                node.putNull(bind.getKey() + "@odata.bind");
            } else {
                node.put(bind.getKey() + "@odata.bind", ref.bindPath());
            }
        }
        return node;
    }

    public String text(ObjectNode node) {
        return node.toString();
    }

    private void put(ObjectNode node, TargetRecord record, String name, Object value) {
        if (value == null) {
            node.putNull(name);
        } else if (value instanceof String) {
            node.put(name, (String) value);
        } else if (value instanceof Integer) {
            node.put(name, (Integer) value);
        } else if (value instanceof Long) {
            node.put(name, (Long) value);
        } else if (value instanceof BigDecimal) {
            node.put(name, (BigDecimal) value);
        } else if (value instanceof Double) {
            node.put(name, (Double) value);
        } else if (value instanceof Boolean) {
            node.put(name, (Boolean) value);
        } else if (value instanceof OffsetDateTime) {
            node.put(name, ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } else if (value instanceof LocalDate) {
            node.put(name, value.toString());
        } else if (value instanceof List) {
            node.put(name, ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(",")));
        } else {
            throw new MigrationException(ErrorCode.INTERNAL, "column " + record.table() + "." + name + " of record "
                    + record.id() + " holds a " + value.getClass().getSimpleName() + ", which the client cannot send",
                    "convert it to a String, number, Boolean, OffsetDateTime, LocalDate or list of choice values");
        }
    }
}
