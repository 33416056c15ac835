package org.atomic2dynamics.dataverse.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebApiNamesTest {
    private final ReferenceTables tables = ReferenceTables.load();

    private TableDef table(String name) {
        return tables.table(name).orElseThrow();
    }

    @Test
    void bindNamesFollowDataverseConventions() {
        TableDef contact = table("contact");
        assertThat(WebApiNames.bindProperties(contact, contact.column("parentcustomerid").orElseThrow()))
                .containsOnlyKeys("parentcustomerid_account", "parentcustomerid_contact");
        assertThat(WebApiNames.bindProperties(contact, contact.column("ownerid").orElseThrow())).containsOnlyKeys("ownerid");
        TableDef task = table("task");
        assertThat(WebApiNames.bindProperties(task, task.column("regardingobjectid").orElseThrow()))
                .containsEntry("regardingobjectid_opportunity_task", "opportunity");
        TableDef note = table("annotation");
        assertThat(WebApiNames.bindProperties(note, note.column("objectid").orElseThrow()))
                .containsEntry("objectid_lead", "lead");
        TableDef account = table("account");
        assertThat(WebApiNames.bindProperties(account, account.column("parentaccountid").orElseThrow()))
                .containsOnlyKeys("parentaccountid");
    }

    @Test
    void lookupNamePartsAreNotProperties() {
        TableDef contact = table("contact");
        assertThat(WebApiNames.isProperty(contact, contact.column("owneridname").orElseThrow())).isFalse();
        assertThat(WebApiNames.isProperty(contact, contact.column("parentcustomeridtype").orElseThrow())).isFalse();
        assertThat(WebApiNames.isProperty(contact, contact.column("lastname").orElseThrow())).isTrue();
        assertThat(WebApiNames.valueProperty(contact.column("parentcustomerid").orElseThrow()))
                .isEqualTo("_parentcustomerid_value");
    }
}
