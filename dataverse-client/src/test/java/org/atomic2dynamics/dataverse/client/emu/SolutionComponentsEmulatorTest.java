package org.atomic2dynamics.dataverse.client.emu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.atomic2dynamics.dataverse.client.fixture.SchemaFixtures;
import org.atomic2dynamics.dataverse.client.schema.CreatedItem;
import org.atomic2dynamics.dataverse.client.schema.SchemaRequirements;
import org.atomic2dynamics.dataverse.client.schema.SchemaResult;
import org.atomic2dynamics.dataverse.client.schema.SchemaSetup;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.KeyDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.OptionSetDef;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option set, column and key apply creates lands in our solution (MSCRM.SolutionUniqueName), as the
 * emulator records it: read from the state it saves to its data directory.
 */
class SolutionComponentsEmulatorTest {

    @Test
    void everyCreatedComponentIsRecordedInTheSolution(@TempDir Path data) throws IOException {
        SchemaRequirements req = SchemaFixtures.requirements(
                List.of(new OptionSetDef("atm_sector", "Sector", List.of(OptionDef.of(727000000, "Tech")))),
                Map.of("account", List.of(SchemaFixtures.column("atm_ExternalId", AttributeType.STRING, 100, null),
                        SchemaFixtures.column("atm_Sector", AttributeType.PICKLIST, null, "atm_sector"))),
                List.of(new KeyDef("account", "atm_account_externalid", List.of("atm_externalid"), null)));
        SchemaResult result;
        try (Emulator emulator = Emulator.start(EmulatorSettings.defaults().withDataDir(data)
                .withKeyActivationDelay(Duration.ofMillis(100)))) {
            SchemaSetup setup = new SchemaSetup(EmulatorClients.connect(emulator), Duration.ofMillis(50), Duration.ofSeconds(30));
            result = setup.apply(setup.plan(req));
        }

        JsonNode components = new ObjectMapper().readTree(data.resolve("state.json").toFile())
                .path("metadata").path("components");
        List<String> recorded = new ArrayList<>();
        components.forEach(c -> recorded.add(c.path("solution").asText() + " " + c.path("componentType").asInt() + " "
                + c.path("objectId").asText()));
        List<String> expected = result.created().stream()
                .filter(c -> c.kind() != CreatedItem.Kind.PUBLISHER && c.kind() != CreatedItem.Kind.SOLUTION)
                .map(c -> "atomicmigration " + componentType(c.kind()) + " " + c.id()).collect(Collectors.toList());
        assertThat(expected).hasSize(4);
        assertThat(recorded).containsExactlyElementsOf(expected);
    }

    private static int componentType(CreatedItem.Kind kind) {
        switch (kind) {
            case OPTION_SET:
                return 9;
            case COLUMN:
                return 2;
            default:
                return 14;
        }
    }
}
