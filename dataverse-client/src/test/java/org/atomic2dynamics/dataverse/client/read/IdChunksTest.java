package org.atomic2dynamics.dataverse.client.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdChunksTest {

    @Test
    void everyChunkKeepsTheUrlUnder32KbAndNoIdIsLost() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            ids.add(UUID.randomUUID());
        }
        String prefix = "https://contoso.crm.dynamics.com/api/data/v9.2/accounts?$select=accountid&$filter=";
        List<List<UUID>> chunks = IdChunks.chunks(ids, prefix.length() + 100);
        assertThat(chunks.stream().mapToInt(List::size).sum()).isEqualTo(ids.size());
        assertThat(chunks.stream().flatMap(List::stream)).containsExactlyElementsOf(ids);
        for (List<UUID> chunk : chunks) {
            String url = prefix + Query.encode(IdChunks.inFilter("accountid", chunk));
            assertThat(url.length()).isLessThan(32_768);
        }
    }

    @Test
    void theFilterUsesTheInFunctionAndQuotedIds() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        assertThat(IdChunks.inFilter("accountid", List.of(id))).isEqualTo(
                "Microsoft.Dynamics.CRM.In(PropertyName='accountid',PropertyValues=['00000000-0000-0000-0000-00000000000a'])");
    }

    @Test
    void queryEncodesSpacesAndQuotes() {
        Query q = Query.of("accounts").select(List.of("name", "accountid")).filter("name eq " + Query.literal("O'Neil"))
                .orderBy("name asc").top(5);
        assertThat(q.path()).isEqualTo("accounts?$select=name%2Caccountid&$filter=name%20eq%20%27O%27%27Neil%27"
                + "&$orderby=name%20asc&$top=5");
    }
}
