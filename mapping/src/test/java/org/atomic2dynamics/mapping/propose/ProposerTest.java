package org.atomic2dynamics.mapping.propose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.mapping.AtomicFixtures;
import org.atomic2dynamics.mapping.spec.ColumnMapping;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.OptionSetSpec;
import org.atomic2dynamics.mapping.spec.StageRule;
import org.atomic2dynamics.mapping.spec.TableMapping;
import org.junit.jupiter.api.Test;

class ProposerTest {
    private final MappingSpec spec = Proposer.propose(AtomicFixtures.demoInput());

    @Test
    void everyColumnOfEveryTableHasAnEntryInEveryMappingOfItsTable() {
        for (TableInfo table : AtomicFixtures.currentSchema().tables()) {
            List<TableMapping> mappings = spec.mappingsOf(table.name());
            assertThat(mappings).as(table.name()).isNotEmpty();
            for (TableMapping m : mappings) {
                for (ColumnInfo c : table.columns()) {
                    assertThat(m.entriesReading(c.name())).as(m.label() + " / " + c.name()).isNotEmpty();
                }
                m.columns().forEach(c -> assertThat(c.reason()).as(m.label() + " " + c.label()).isNotBlank());
            }
        }
    }

    @Test
    void contactsSplitIntoContactAndLeadAndLeadsGetSubjectAndCompanyName() {
        List<TableMapping> contacts = spec.mappingsOf("contacts");
        assertThat(contacts).extracting(TableMapping::target).containsExactly("contact", "lead");
        TableMapping lead = contacts.get(1);
        assertThat(lead.when().routedAs()).isEqualTo("lead");
        assertThat(lead.columns()).flatExtracting(ColumnMapping::target).contains("subject", "companyname",
                "parentaccountid", "leadqualitycode").doesNotContain("gendercode", "parentcustomerid");
        assertThat(contacts.get(0).columns()).flatExtracting(ColumnMapping::target)
                .contains("gendercode", "parentcustomerid", "emailaddress1", "telephone1", "donotbulkemail");
    }

    @Test
    void everyRecordTableGetsTheAuditColumnWithAnAlternateKeyExceptNotes() {
        for (TableMapping m : spec.tables()) {
            if (!m.migrated() || m.target().equals("annotation")) {
                assertThat(m.auditColumn()).as(m.label()).isNull();
                continue;
            }
            assertThat(m.auditColumn()).as(m.label()).isEqualTo("atm_atomicid");
            assertThat(m.newColumn("atm_atomicid")).get().satisfies(c -> {
                assertThat(c.alternateKey()).isTrue();
                assertThat(c.type()).isEqualTo("String");
                assertThat(c.maxLength()).isEqualTo(100);
                assertThat(c.schemaName()).isEqualTo("atm_AtomicId");
            });
        }
    }

    @Test
    void enumerationsBecomeOptionSetsWithConfiguredLabelsAndStableValues() {
        OptionSetSpec stages = spec.optionSet("atm_dealstage").orElseThrow();
        assertThat(stages.options()).extracting(o -> o.value() + " " + o.label() + " " + o.source()).containsExactly(
                "727000000 Opportunity opportunity", "727000001 Proposal Sent proposal-sent",
                "727000002 In Negotiation in-negociation", "727000003 Won won", "727000004 Lost lost",
                "727000005 Delayed delayed");
        assertThat(spec.optionSets()).extracting(OptionSetSpec::name).contains("atm_dealcategory", "atm_tasktype",
                "atm_notestatus", "atm_companysector", "atm_tag", "atm_gender", "atm_companysize");
        OptionSetSpec tags = spec.optionSet("atm_tag").orElseThrow();
        assertThat(tags.multiSelect()).isTrue();
        assertThat(tags.bySource("5")).get().satisfies(o -> {
            assertThat(o.value()).isEqualTo(727000005);
            assertThat(o.label()).isEqualTo("vip");
        });
    }

    @Test
    void stageRulesCarryAtomicsProbabilitiesAndOutcomes() {
        assertThat(spec.settings().dealStages()).extracting(StageRule::stage, StageRule::probability,
                StageRule::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("opportunity", 20, "open"),
                        org.assertj.core.groups.Tuple.tuple("proposal-sent", 50, "open"),
                        org.assertj.core.groups.Tuple.tuple("in-negociation", 80, "open"),
                        org.assertj.core.groups.Tuple.tuple("won", 100, "won"),
                        org.assertj.core.groups.Tuple.tuple("lost", 0, "lost"),
                        org.assertj.core.groups.Tuple.tuple("delayed", 30, "open"));
    }

    @Test
    void callsAndMeetingsBecomeActivitiesWhenAsked() {
        MappingSpec activities = Proposer.propose(AtomicFixtures.input(AtomicFixtures.currentSchema(),
                ProposalSettings.defaults("demo").withTasksAsActivities(true)));
        assertThat(activities.mappingsOf("tasks")).extracting(TableMapping::target)
                .containsExactly("phonecall", "appointment", "task");
    }

    @Test
    void referenceTablesAreNotMigratedAndSayWhy() {
        for (String name : List.of("sales", "tags", "configuration", "favicons_excluded_domains")) {
            TableMapping m = spec.mappingsOf(name).get(0);
            assertThat(m.migrated()).as(name).isFalse();
            assertThat(m.reason()).as(name).isNotBlank();
            assertThat(m.columns()).allSatisfy(c -> assertThat(c.migrated()).isFalse());
        }
    }
}
