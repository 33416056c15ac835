package org.atomic2dynamics.dataverse.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceTablesTest {
    private final ReferenceTables tables = ReferenceTables.load();

    @Test
    void carriesEveryTableTheMigrationAndTheEmulatorNeed() {
        assertThat(tables.all()).containsKeys("account", "contact", "lead", "opportunity", "opportunityclose",
                "task", "phonecall", "appointment", "annotation", "connection", "connectionrole", "systemuser",
                "team", "businessunit", "transactioncurrency");
        assertThat(tables.table("opportunity").orElseThrow().entitySetName()).isEqualTo("opportunities");
        assertThat(tables.byEntitySet("transactioncurrencies").orElseThrow().primaryId())
                .isEqualTo("transactioncurrencyid");
    }

    @Test
    void columnFactsComeThroughTyped() {
        ColumnDef subject = tables.table("task").orElseThrow().column("subject").orElseThrow();
        assertThat(subject.type()).isEqualTo(AttributeType.STRING);
        assertThat(subject.maxLength()).isEqualTo(200);

        ColumnDef customer = tables.table("contact").orElseThrow().column("parentcustomerid").orElseThrow();
        assertThat(customer.type()).isEqualTo(AttributeType.CUSTOMER);
        assertThat(customer.targets()).containsExactly("account", "contact");

        ColumnDef industry = tables.table("account").orElseThrow().column("industrycode").orElseThrow();
        assertThat(industry.hasOption(7)).isTrue();
        assertThat(industry.hasOption(99)).isFalse();
    }

    @Test
    void readOnlyColumnsAreNotValidForWrites() {
        ColumnDef fullname = tables.table("contact").orElseThrow().column("fullname").orElseThrow();
        assertThat(fullname.validForCreate()).isFalse();
        assertThat(fullname.validForUpdate()).isFalse();
        ColumnDef overridden = tables.table("appointment").orElseThrow().column("overriddencreatedon").orElseThrow();
        assertThat(overridden.validForCreate()).isTrue();
        assertThat(overridden.validForUpdate()).isFalse();
    }

    @Test
    void bulkMessagesAreListedWhereTheReferenceSaysSo() {
        assertThat(tables.table("account").orElseThrow().supports("UpsertMultiple")).isTrue();
        assertThat(tables.table("task").orElseThrow().supports("UpsertMultiple")).isFalse();
    }
}
