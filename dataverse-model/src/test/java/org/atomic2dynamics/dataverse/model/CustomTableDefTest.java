package org.atomic2dynamics.dataverse.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomTableDefTest {
    private static final ColumnDef NAME = new ColumnDef("atm_name", "atm_Name", AttributeType.STRING, RequiredLevel.NONE,
            true, true, 400, "Text", null, null, null, null, List.of(), List.of(), null, true);

    @Test
    void theEntitySetIsTheEnglishPluralOfTheLogicalName() {
        assertThat(WebApiNames.entitySetName("atm_campaign")).isEqualTo("atm_campaigns");
        assertThat(WebApiNames.entitySetName("atm_campaigns")).isEqualTo("atm_campaignses");
        assertThat(WebApiNames.entitySetName("msdyn_smsengagementctx")).isEqualTo("msdyn_smsengagementctxes");
        assertThat(WebApiNames.entitySetName("atm_batch")).isEqualTo("atm_batches");
        assertThat(WebApiNames.entitySetName("atm_category")).isEqualTo("atm_categories");
        assertThat(WebApiNames.entitySetName("atm_survey")).isEqualTo("atm_surveys");
        ReferenceTables.load().all().values().forEach(t ->
                assertThat(WebApiNames.entitySetName(t.logicalName())).as(t.logicalName()).isEqualTo(t.entitySetName()));
    }

    @Test
    void aUserOwnedTableHasItsKeysNameAndTheSystemColumns() {
        CustomTableDef table = CustomTableDef.userOwned("atm_Campaigns", "Campaign", "Campaigns", null, NAME);
        TableDef def = table.definition(ReferenceTables.load());
        assertThat(def.logicalName()).isEqualTo("atm_campaigns");
        assertThat(def.entitySetName()).isEqualTo("atm_campaignses");
        assertThat(def.primaryId()).isEqualTo("atm_campaignsid");
        assertThat(def.primaryName()).isEqualTo("atm_name");
        assertThat(def.columns()).containsKeys("atm_campaignsid", "atm_name", "createdon", "modifiedon", "ownerid",
                "owningbusinessunit", "statecode", "statuscode", "overriddencreatedon");
        assertThat(def.column("ownerid").orElseThrow().targets()).containsExactly("systemuser", "team");
        assertThat(def.supports("UpsertMultiple")).isTrue();
    }

    @Test
    void anOrganizationOwnedTableHasNoOwner() {
        CustomTableDef table = new CustomTableDef("atm_rate", "atm_Rate", "Rate", "Rates", null, "atm_rates",
                "OrganizationOwned", NAME);
        TableDef def = table.definition(ReferenceTables.load());
        assertThat(def.columns()).doesNotContainKey("ownerid").containsKey("statecode");
        assertThat(def.supports("Assign")).isFalse();
    }
}
