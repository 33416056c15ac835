package org.atomic2dynamics.demo.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.atomic2dynamics.demo.data.DemoDataset.Contact;
import org.atomic2dynamics.demo.data.DemoDataset.ContactNote;
import org.atomic2dynamics.demo.data.DemoDataset.Deal;
import org.junit.jupiter.api.Test;

class DemoDataTest {
    private final DemoDataset demo = DemoData.standard().generate();

    @Test
    void hasAtomicCrmDemoVolumes() {
        assertThat(demo.sales()).hasSize(6);
        assertThat(demo.tags()).extracting(DemoDataset.Tag::name)
                .containsExactly("football-fan", "holiday-card", "influencer", "manager", "musician", "vip");
        assertThat(demo.companies()).hasSize(55);
        assertThat(demo.contacts()).hasSize(500);
        assertThat(demo.contactNotes()).hasSize(1200);
        assertThat(demo.deals()).hasSize(50);
        assertThat(demo.dealNotes()).hasSize(300);
        assertThat(demo.tasks()).hasSize(400);
    }

    @Test
    void janeDoeIsTheOnlyAdministrator() {
        assertThat(demo.sales()).filteredOn(DemoDataset.Sale::administrator)
                .singleElement().satisfies(s -> {
                    assertThat(s.firstName() + " " + s.lastName()).isEqualTo("Jane Doe");
                    assertThat(s.email()).isEqualTo("janedoe@atomic.dev");
                });
    }

    @Test
    void sameSeedGivesTheSameData() {
        assertThat(DemoData.standard().generate()).isEqualTo(demo);
        assertThat(new DemoData(7, 1, false).generate().companies()).isNotEqualTo(demo.companies());
    }

    @Test
    void contactsHaveOneEmailTwoPhonesAndAtMostTwoTags() {
        assertThat(demo.contacts()).allSatisfy(c -> {
            assertThat(c.emails()).hasSize(1);
            assertThat(c.phones()).hasSize(2);
            assertThat(c.tags()).hasSizeBetween(0, 2).doesNotHaveDuplicates();
            assertThat(c.emails().get(0).get("type")).isIn("Work", "Home", "Other");
        });
        assertThat(demo.contacts()).extracting(c -> c.tags().size()).contains(0, 1, 2);
    }

    @Test
    void valuesAreSlugsOfTheDefaultConfiguration() {
        assertThat(demo.companies()).allSatisfy(c -> assertThat(Vocabulary.SECTORS).containsKey(c.sector()));
        assertThat(demo.deals()).allSatisfy(d -> {
            assertThat(Vocabulary.DEAL_STAGES).containsKey(d.stage());
            assertThat(Vocabulary.DEAL_CATEGORIES).containsKey(d.category());
        });
        assertThat(demo.tasks()).allSatisfy(t -> assertThat(Vocabulary.TASK_TYPES).containsKey(t.type()));
        assertThat(demo.companies()).extracting(DemoDataset.Company::size).containsOnly(1, 10, 50, 250, 500);
    }

    @Test
    void eachContactTakesItsStatusAndLastSeenFromItsLatestNote() {
        Map<Long, ContactNote> latest = demo.contactNotes().stream().collect(Collectors.toMap(
                ContactNote::contactId, Function.identity(),
                (a, b) -> Comparator.comparing(ContactNote::date).compare(a, b) >= 0 ? a : b));
        for (Contact c : demo.contacts()) {
            ContactNote note = latest.get(c.id());
            assertThat(c.status()).isEqualTo(note == null ? null : note.status());
            assertThat(c.lastSeen()).isEqualTo(note == null ? c.firstSeen() : note.date());
        }
    }

    @Test
    void dealsHaveOneToThreeContactsOfTheirCompany() {
        Map<Long, Long> companyOf = demo.contacts().stream()
                .collect(Collectors.toMap(Contact::id, Contact::companyId));
        for (Deal d : demo.deals()) {
            assertThat(d.contactIds()).hasSizeBetween(1, 3);
            assertThat(d.contactIds()).allSatisfy(id -> assertThat(companyOf.get(id)).isEqualTo(d.companyId()));
            assertThat(d.expectedClosingDate()).isAfterOrEqualTo(d.createdAt().toLocalDate());
        }
    }

    @Test
    void noDateIsAfterTheReferenceDateExceptOpenTasks() {
        assertThat(demo.contactNotes()).allSatisfy(n -> assertThat(n.date()).isBeforeOrEqualTo(DemoData.REFERENCE_DATE));
        assertThat(demo.tasks()).filteredOn(t -> t.doneDate() != null)
                .allSatisfy(t -> assertThat(t.doneDate()).isBefore(DemoData.REFERENCE_DATE));
    }

    @Test
    void attachmentsPointAtStoredObjects() {
        var paths = demo.storageObjects().stream().map(DemoDataset.StoredObject::name).collect(Collectors.toSet());
        var referenced = demo.contactNotes().stream().filter(n -> n.attachments() != null)
                .flatMap(n -> n.attachments().stream()).map(a -> (String) a.get("path")).toList();
        assertThat(referenced).isNotEmpty().allSatisfy(p -> assertThat(paths).contains(p));
        assertThat(referenced).allMatch(p -> p.matches("0\\.\\d+\\.[a-z]+"));
    }

    @Test
    void scaleMultipliesVolumesButKeepsSalesAndTags() {
        DemoDataset triple = DemoData.standard().scale(3).generate();
        assertThat(triple.sales()).hasSize(6);
        assertThat(triple.tags()).hasSize(6);
        assertThat(triple.companies()).hasSize(165);
        assertThat(triple.contacts()).hasSize(1500);
        assertThat(triple.contactNotes()).hasSize(3600);
        assertThat(triple.deals()).hasSize(150);
        assertThat(triple.dealNotes()).hasSize(900);
        assertThat(triple.tasks()).hasSize(1200);
        assertThat(triple.companies()).extracting(DemoDataset.Company::website).doesNotHaveDuplicates();
        assertThatThrownBy(() -> DemoData.standard().scale(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void auditSamplesChangeOnlyTheirOwnRecords() {
        DemoDataset samples = DemoData.standard().withAuditSamples().generate();
        assertThat(samples.contacts()).isEqualTo(demo.contacts());
        assertThat(samples.contactNotes().subList(2, 1200)).isEqualTo(demo.contactNotes().subList(2, 1200));
        assertThat(samples.storageObjects()).hasSizeBetween(demo.storageObjects().size(), demo.storageObjects().size() + 3);
        assertThat(samples.storageObjects()).extracting(DemoDataset.StoredObject::size)
                .contains(AuditSamples.OVERSIZED, AuditSamples.BASE64_TOO_BIG);
    }
}
