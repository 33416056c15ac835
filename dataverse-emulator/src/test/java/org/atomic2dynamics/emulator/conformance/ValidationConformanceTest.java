package org.atomic2dynamics.emulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.SeedUser;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.atomic2dynamics.emulator.seed.Seeder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DATAVERSE.md §2.7 and §9 item 5: each validation failure with its status, code and message. */
class ValidationConformanceTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(s -> s.withUsers(java.util.List.of(
            new SeedUser("gone@example.com", "Gone", "User", true))));
    private static Http http;
    private static Emulator emulator;

    @BeforeAll
    static void connect() {
        emulator = EMULATOR.emulator();
        http = new Http(emulator);
    }

    @Test
    void unknownPropertyIs0x0() {
        Http.Reply r = http.post("accounts", "{\"nmae\":\"typo\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("0x0");
        assertThat(r.errorMessage()).isEqualTo("Could not find a property named 'nmae' on type 'Microsoft.Dynamics.CRM.account'.");
        assertThat(http.get("accounts?$select=Name").errorMessage())
                .isEqualTo("Could not find a property named 'Name' on type 'Microsoft.Dynamics.CRM.account'.");
    }

    @Test
    void aCustomColumnThatDoesNotExistYetIsAnUnknownProperty() {
        Http.Reply r = http.post("accounts", "{\"name\":\"x\",\"atm_externalid\":\"42\"}");
        assertThat(r.errorCode()).isEqualTo("0x0");
        assertThat(r.errorMessage()).contains("'atm_externalid'");
    }

    @Test
    void wrongTypeIsAPayloadError() {
        Http.Reply r = http.post("accounts", "{\"name\":\"x\",\"numberofemployees\":\"many\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("0x80048d19");
        assertThat(r.errorMessage()).startsWith("Error identified in Payload provided by the user for Entity :'accounts'")
                .endsWith("Cannot convert the literal 'many' to the expected type 'Edm.Int32'.");
    }

    @Test
    void stringOverMaxLengthIs0x80044331WithTheExactMessage() {
        Http.Reply r = http.post("tasks", "{\"subject\":\"" + "x".repeat(201) + "\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("0x80044331");
        assertThat(r.errorMessage()).isEqualTo("A validation error occurred.  The length of the 'subject' attribute of the "
                + "'task' entity exceeded the maximum allowed length of '200'.");
    }

    @Test
    void numberOutOfRangeIs0x80044330() {
        Http.Reply r = http.post("opportunities", "{\"name\":\"x\",\"closeprobability\":101}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("0x80044330");
        assertThat(r.errorMessage()).contains("'closeprobability'").contains("'opportunity'").contains("outside the valid range");
    }

    @Test
    void optionNotInTheSetIs0x8004431A() {
        Http.Reply r = http.post("accounts", "{\"name\":\"x\",\"industrycode\":99}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("0x8004431A");
        assertThat(r.errorMessage()).startsWith("A validation error occurred. The value 99 of 'industrycode' on record of "
                + "type 'account' is outside the valid range. Accepted Values: 1,2,3");
    }

    @Test
    void bindToAMissingRecordIs404() {
        String missing = UUID.randomUUID().toString();
        Http.Reply r = http.post("accounts", "{\"name\":\"x\",\"parentaccountid@odata.bind\":\"/accounts(" + missing + ")\"}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("0x80040217");
        assertThat(r.errorMessage()).isEqualTo("account With Id = " + missing + " Does Not Exist");
    }

    @Test
    void wrongOrWronglyCasedNavigationPropertyIsAnUndeclaredProperty() {
        String account = Http.idOf(http.post("accounts", "{\"name\":\"p\"}"));
        for (String nav : new String[] {"parentcustomerid", "ParentCustomerId_account", "parentcustomerid_Account"}) {
            Http.Reply r = http.post("contacts", "{\"lastname\":\"x\",\"" + nav + "@odata.bind\":\"/accounts(" + account + ")\"}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("0x80048d19");
            assertThat(r.errorMessage()).contains("An undeclared property '" + nav + "' which only has property annotations "
                    + "in the payload but no property value was found in the payload.");
        }
        Http.Reply wrongTarget = http.post("contacts", "{\"lastname\":\"x\",\"parentcustomerid_contact@odata.bind\":\"/accounts("
                + account + ")\"}");
        assertThat(wrongTarget.errorCode()).isEqualTo("0x80048d19");
    }

    @Test
    void overriddenCreatedOnCannotBeSetOnUpdate() {
        String id = Http.idOf(http.post("accounts", "{\"name\":\"x\"}"));
        Http.Reply r = http.patch("accounts(" + id + ")", "{\"overriddencreatedon\":\"2020-01-01T00:00:00Z\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("0x80040203");
        assertThat(r.errorMessage()).contains("overriddencreatedon").contains("not valid for update");
    }

    @Test
    void aDisabledOwnerIs0x80040225() {
        UUID user = Seeder.userId(emulator.tenant(), "gone@example.com");
        Http.Reply r = http.post("accounts", "{\"name\":\"x\",\"ownerid@odata.bind\":\"/systemusers(" + user + ")\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("0x80040225");
        assertThat(r.errorMessage()).isEqualTo("The specified user is either disabled or is not a member of any business unit.");
    }

    @Test
    void applicationRequiredColumnsAreNotEnforced() {
        assertThat(http.post("accounts", "{\"description\":\"no name\"}").status()).isEqualTo(204);
    }

    @Test
    void anUnknownEntitySetIsASegmentNotFound() {
        Http.Reply r = http.get("Account");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("0x8006088a");
        assertThat(r.errorMessage()).isEqualTo("Resource not found for the segment 'Account'.");
    }
}
