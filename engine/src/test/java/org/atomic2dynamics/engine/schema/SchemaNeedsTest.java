package org.atomic2dynamics.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.CustomTableDef;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.NewColumn;
import org.atomic2dynamics.mapping.spec.NewTable;
import org.atomic2dynamics.mapping.spec.TableMapping;
import org.junit.jupiter.api.Test;

/** A map's custom table and custom foreign key become a table to create and a lookup column. */
class SchemaNeedsTest {
    private static NewColumn text(String name, int maxLength, boolean key) {
        return new NewColumn(name, name, name, "String", maxLength, "Text", null, null, null, null, null, null, key, null);
    }

    private static NewColumn lookup(String name, String target) {
        return new NewColumn(name, name, name, "Lookup", null, null, null, null, null, null, null, target, false, null);
    }

    private static MappingSpec spec(NewTable table) {
        TableMapping campaigns = new TableMapping("campaigns", "atm_campaigns", null, 3L, "custom", "atm_atomicid", table,
                List.of(text("atm_atomicid", 100, true), text("atm_name", 400, false)), List.of());
        TableMapping deals = new TableMapping("deals", "opportunity", null, 5L, "deals", "atm_atomicid", null,
                List.of(text("atm_atomicid", 100, true), lookup("atm_campaign_id", "atm_campaigns")), List.of());
        return new MappingSpec(1, null, null, List.of(), List.of(deals, campaigns));
    }

    private static NewTable campaigns(String entitySet, String primaryId) {
        return new NewTable("atm_campaigns", "atm_campaigns", "campaigns", "campaigns", entitySet, primaryId, "atm_name");
    }

    @Test
    void theCustomTableAndTheLookupAreNeeded() {
        SchemaNeeds needs = SchemaNeeds.of(spec(campaigns("atm_campaignses", "atm_campaignsid")));
        assertThat(needs.tables()).hasSize(1);
        CustomTableDef table = needs.tables().get(0);
        assertThat(table.entitySetName()).isEqualTo("atm_campaignses");
        assertThat(table.primaryName().logicalName()).isEqualTo("atm_name");
        assertThat(table.primaryName().maxLength()).isEqualTo(400);
        assertThat(table.userOwned()).isTrue();
        ColumnDef lookup = needs.columns().get("opportunity").get(1);
        assertThat(lookup.type()).isEqualTo(AttributeType.LOOKUP);
        assertThat(lookup.targets()).containsExactly("atm_campaigns");
        assertThat(needs.keys()).extracting(k -> k.table() + "." + k.schemaName())
                .containsExactly("opportunity.atm_opportunity_atomicid_key", "atm_campaigns.atm_campaigns_atomicid_key");
    }

    @Test
    void withoutAnEntitySetTheDerivedOneIsUsed() {
        assertThat(SchemaNeeds.of(spec(campaigns(null, null))).tables().get(0).entitySetName()).isEqualTo("atm_campaignses");
    }

    @Test
    void aPrimaryKeyDataverseWouldNotCreateIsRefused() {
        assertThatThrownBy(() -> SchemaNeeds.of(spec(campaigns("atm_campaignses", "atm_campaignid"))))
                .isInstanceOf(MigrationException.class).hasMessageContaining("atm_campaignsid")
                .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.MAPPING_INVALID));
    }
}
