package org.atomic2dynamics.dataverse.client.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.core.target.TargetRecord;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
    private final RecordJson json = new RecordJson(new ObjectMapper());

    @Test
    void writesEveryValueTypeTheWayTheWebApiReadsIt() {
        UUID parent = UUID.fromString("00000000-0000-0000-0000-000000000001");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "Acme");
        values.put("numberofemployees", 12);
        values.put("revenue", new BigDecimal("1000.50"));
        values.put("address1_latitude", 48.5);
        values.put("donotemail", true);
        values.put("overriddencreatedon", OffsetDateTime.of(2024, 3, 4, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
        values.put("atm_since", LocalDate.of(2024, 5, 31));
        values.put("atm_tags", List.of(727000000, 727000001));
        values.put("description", null);
        TargetRecord r = new TargetRecord("account", UUID.randomUUID(), values,
                Map.of("parentaccountid", new EntityRef("accounts", parent)));
        assertThat(json.text(json.body(r))).isEqualTo("{\"name\":\"Acme\",\"numberofemployees\":12,\"revenue\":1000.50,"
                + "\"address1_latitude\":48.5,\"donotemail\":true,\"overriddencreatedon\":\"2024-03-04T10:00:00Z\","
                + "\"atm_since\":\"2024-05-31\",\"atm_tags\":\"727000000,727000001\",\"description\":null,"
                + "\"parentaccountid@odata.bind\":\"/accounts(00000000-0000-0000-0000-000000000001)\"}");
    }

    @Test
    void refusesAValueItCannotSend() {
        TargetRecord r = new TargetRecord("account", UUID.randomUUID(), Map.of("name", new Object()), Map.of());
        assertThatThrownBy(() -> json.body(r)).isInstanceOf(MigrationException.class).hasMessageContaining("account.name");
    }
}
