package org.atomic2dynamics.mapping.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atomic2dynamics.mapping.record.MapperFixture.at;
import static org.atomic2dynamics.mapping.record.MapperFixture.date;
import static org.atomic2dynamics.mapping.record.MapperFixture.row;
import static org.atomic2dynamics.mapping.record.MapperFixture.typed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.mapping.convert.ValueIssue;
import org.junit.jupiter.api.Test;

class RecordMapperTest {
    private final MapperFixture f = new MapperFixture();

    private TargetRecord only(MappedRow r) {
        assertThat(r.records()).hasSize(1);
        return r.records().get(0);
    }

    @Test
    void companyBecomesAnAccountWithEveryStandardTransform() {
        MappedRow r = f.mapper.map(row("companies", 10, "created_at", at("2024-05-01T10:00:00+02:00"), "name", "Acme",
                "sector", "financials", "size", 50, "website", "Acme.com/about", "revenue", "$1.5M",
                "sales_id", 0L, "context_links", List.of("https://a.example", "https://b.example"),
                "logo", Map.of("src", "https://logos.example/10.png", "title", "logo"), "state_abbr", "NY"), f.ctx);
        TargetRecord a = only(r);
        assertThat(a.table()).isEqualTo("account");
        assertThat(a.id()).isEqualTo(MapperFixture.IDS.idFor("companies", 10));
        assertThat(a.attributes()).containsEntry("atm_atomicid", "10").containsEntry("name", "Acme")
                .containsEntry("overriddencreatedon", at("2024-05-01T08:00:00Z"))
                .containsEntry("websiteurl", "https://acme.com/about").containsEntry("industrycode", 16)
                .containsEntry("atm_sector", 727000004).containsEntry("numberofemployees", 10)
                .containsEntry("atm_companysize", 727000002).containsEntry("revenue", new BigDecimal("1500000"))
                .containsEntry("atm_revenuetext", "$1.5M")
                .containsEntry("atm_contextlinks", "https://a.example\nhttps://b.example")
                .containsEntry("atm_logourl", "https://logos.example/10.png")
                .containsEntry("address1_stateorprovince", "NY");
        assertThat(a.binds()).containsEntry("ownerid", MapperFixture.JANE)
                .containsEntry("transactioncurrencyid", MapperFixture.USD);
        assertThat(r.issues()).isEmpty();
    }

    @Test
    void contactsAreRoutedToContactOrLead() {
        List<Map<String, Object>> emails = typed("email", "home@x.org", "Home", "work@x.org", "Work", "other@x.org",
                "Other", "second@x.org", "Work", "not an email", "Other");
        MappedRow contact = f.mapper.map(row("contacts", 1, "first_name", "Ada", "last_name", "Lovelace",
                "gender", "nonbinary", "has_newsletter", true, "company_id", 10L, "sales_id", 0L, "tags", List.of(5L),
                "email_jsonb", emails, "phone_jsonb", typed("number", "111", "Home", "222", "Home", "333", "Work"),
                "status", "hot", "first_seen", at("2023-01-02T03:04:05Z")), f.ctx);
        TargetRecord c = only(contact);
        assertThat(c.table()).isEqualTo("contact");
        assertThat(c.attributes()).containsEntry("firstname", "Ada").containsEntry("gendercode", null)
                .containsEntry("atm_gender", 727000002).containsEntry("donotbulkemail", false)
                .containsEntry("atm_tags", List.of(727000005)).containsEntry("emailaddress1", "work@x.org")
                .containsEntry("emailaddress2", "second@x.org").containsEntry("emailaddress3", "home@x.org")
                .containsEntry("atm_moreemails", "Other: other@x.org\nOther: not an email")
                .containsEntry("telephone1", "333").containsEntry("telephone2", "111").containsEntry("telephone3", "222")
                .containsEntry("atm_contactstatus", 727000002);
        assertThat(c.binds()).containsEntry("parentcustomerid_account",
                new EntityRef("accounts", MapperFixture.IDS.idFor("companies", 10)));
        assertThat(contact.issues()).extracting(FieldIssue::kind).containsExactlyInAnyOrder(ValueIssue.INVALID_EMAIL,
                ValueIssue.MOVED);
        assertThat(contact.hasErrors()).isFalse();

        TargetRecord lead = only(f.mapper.map(row("contacts", 2, "first_name", "Bob", "company_id", 10L,
                "status", "warm", "gender", "male"), f.ctx));
        assertThat(lead.table()).isEqualTo("lead");
        assertThat(lead.attributes()).containsEntry("subject", "Bob").containsEntry("companyname", "Acme")
                .containsEntry("leadqualitycode", 2).containsEntry("atm_gender", 727000000)
                .doesNotContainKey("gendercode");
        assertThat(lead.binds()).containsKey("parentaccountid");
    }

    @Test
    void wonDealIsClosedLastAndContactsBecomeStakeholders() {
        MappedRow r = f.mapper.map(row("deals", 7, "name", "Big deal", "company_id", 10L, "contact_ids",
                List.of(2L, 1L, 99L), "stage", "won", "amount", 120000L, "updated_at", at("2024-06-30T23:30:00-02:00"),
                "expected_closing_date", date("2024-07-15"), "category", "ui-design", "sales_id", 3L), f.ctx);
        TargetRecord o = only(r);
        assertThat(o.attributes()).containsEntry("atm_dealstage", 727000003).containsEntry("salesstage", 3)
                .containsEntry("stepname", "Won").containsEntry("closeprobability", 100)
                .containsEntry("estimatedvalue", new BigDecimal("120000"))
                .containsEntry("estimatedclosedate", LocalDate.of(2024, 7, 15));
        assertThat(o.binds()).containsKeys("customerid_account", "parentaccountid", "originatingleadid",
                "transactioncurrencyid").doesNotContainKey("parentcontactid")
                .containsEntry("ownerid", MapperFixture.FALLBACK);
        assertThat(r.followUps()).filteredOn(x -> x instanceof FollowUp.CreateAfterLoad).hasSize(2);
        FollowUp.CloseOpportunity close = (FollowUp.CloseOpportunity) r.followUps().stream()
                .filter(x -> x instanceof FollowUp.CloseOpportunity).findFirst().orElseThrow();
        assertThat(close.won()).isTrue();
        assertThat(close.status()).isEqualTo(3);
        assertThat(close.actualRevenue()).isEqualByComparingTo("120000");
        assertThat(close.actualEnd()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(close.order()).isGreaterThan(r.followUps().get(0).order());
        assertThat(r.issues()).extracting(FieldIssue::kind).containsExactlyInAnyOrder(ValueIssue.DANGLING_REFERENCE,
                ValueIssue.FALLBACK_OWNER);
    }

    @Test
    void delayedDealIsPutOnHoldAndLostDealIsLost() {
        MappedRow delayed = f.mapper.map(row("deals", 8, "name", "d", "stage", "delayed"), f.ctx);
        assertThat(delayed.followUps()).singleElement().isInstanceOfSatisfying(FollowUp.SetState.class,
                s -> assertThat(s.statuscode()).isEqualTo(2));
        MappedRow lost = f.mapper.map(row("deals", 9, "name", "l", "stage", "lost", "contact_ids", List.of(1L)), f.ctx);
        assertThat(lost.followUps()).anySatisfy(x -> assertThat(x).isInstanceOfSatisfying(
                FollowUp.CloseOpportunity.class, c -> assertThat(c.won()).isFalse()));
        assertThat(only(lost).binds()).containsKey("parentcontactid");
    }

    @Test
    void doneTaskIsCompletedAfterTheLoadAndRegardsTheLead() {
        OffsetDateTime done = at("2024-02-03T04:05:06Z");
        MappedRow r = f.mapper.map(row("tasks", 4, "contact_id", 2L, "type", "call", "text",
                "Call back\nabout the offer", "due_date", at("2024-02-01T09:00:00Z"), "done_date", done, "sales_id", 0L),
                f.ctx);
        TargetRecord t = only(r);
        assertThat(t.table()).isEqualTo("task");
        assertThat(t.attributes()).containsEntry("subject", "Call back")
                .containsEntry("description", "Call back\nabout the offer").containsEntry("atm_tasktype", 727000008);
        assertThat(t.binds()).containsEntry("regardingobjectid_lead_task",
                new EntityRef("leads", MapperFixture.IDS.idFor("contacts", 2)));
        assertThat(r.followUps()).singleElement().isInstanceOfSatisfying(FollowUp.SetState.class, s -> {
            assertThat(s.statecode()).isEqualTo(1);
            assertThat(s.statuscode()).isEqualTo(5);
            assertThat(s.attributes()).containsEntry("actualend", done);
        });
    }

    @Test
    void notesRegardTheirRecordAndKeepTheStatusInTheTitle() {
        TargetRecord n = only(f.mapper.map(row("contact_notes", 5, "contact_id", 1L, "text", "hello", "status",
                "in-contract", "date", at("2024-01-01T00:00:00Z")), f.ctx));
        assertThat(n.table()).isEqualTo("annotation");
        assertThat(n.attributes()).containsEntry("subject", "Status: In Contract").containsEntry("notetext", "hello")
                .doesNotContainKey("atm_atomicid");
        assertThat(n.binds()).containsEntry("objectid_contact",
                new EntityRef("contacts", MapperFixture.IDS.idFor("contacts", 1)));
        TargetRecord d = only(f.mapper.map(row("deal_notes", 6, "deal_id", 7L, "text", "x"), f.ctx));
        assertThat(d.binds()).containsEntry("objectid_opportunity",
                new EntityRef("opportunities", MapperFixture.IDS.idFor("deals", 7)));
    }

    @Test
    void valuesTheTargetCannotTakeAreCaughtBeforeSending() {
        MappedRow r = f.mapper.map(row("companies", 11, "name", "x".repeat(161), "created_at",
                at("1700-01-01T00:00:00Z"), "sector", "space-mining", "size", 42, "website", "not a url"), f.ctx);
        assertThat(r.issues()).extracting(FieldIssue::kind).contains(ValueIssue.TOO_LONG, ValueIssue.DATE_BEFORE_1753,
                ValueIssue.UNKNOWN_OPTION, ValueIssue.NOT_A_URL);
        assertThat(r.hasErrors()).isTrue();
        assertThat(only(r).attributes()).doesNotContainKeys("name", "overriddencreatedon")
                .containsEntry("websiteurl", "not a url");
    }

    @Test
    void rowsOfReferenceTablesSayWhyTheyAreNotRecords() {
        MappedRow r = f.mapper.map(row("sales", 0, "email", "jane@atomic.dev"), f.ctx);
        assertThat(r.records()).isEmpty();
        assertThat(r.skipped()).contains("owner map");
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void noOwnerAndNoFallbackIsAnError() {
        MappingContext strict = new MappingContext(MapperFixture.IDS, f.ctx.routes(),
                new OwnerMap(Map.of(), null), MapperFixture.USD, null, Map.of());
        MappedRow r = f.mapper.map(row("companies", 12, "name", "n"), strict);
        assertThat(r.issues()).extracting(FieldIssue::kind).containsExactly(ValueIssue.NO_OWNER);
    }
}
