package org.atomic2dynamics.demo.data;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.demo.data.DemoDataset.Company;
import org.atomic2dynamics.demo.data.DemoDataset.Contact;
import org.atomic2dynamics.demo.data.DemoDataset.ContactNote;
import org.atomic2dynamics.demo.data.DemoDataset.Deal;
import org.atomic2dynamics.demo.data.DemoDataset.DealNote;
import org.atomic2dynamics.demo.data.DemoDataset.Task;

/** Notes, deals and tasks hanging off the contacts and companies. */
final class ActivityFactory {
    private static final OffsetDateTime NOW = DemoData.REFERENCE_DATE;
    private final Rng rng;
    private final AttachmentFactory files;

    ActivityFactory(Rng rng, AttachmentFactory files) {
        this.rng = rng;
        this.files = files;
    }

    List<ContactNote> contactNotes(int count, List<Contact> contacts) {
        List<String> statuses = List.copyOf(Vocabulary.NOTE_STATUSES.keySet());
        List<ContactNote> notes = new ArrayList<>(count);
        for (long id = 1; id <= count; id++) {
            Contact contact = rng.pick(contacts);
            OffsetDateTime date = rng.between(contact.firstSeen(), NOW);
            notes.add(new ContactNote(id, contact.id(), Words.paragraphs(rng, 4), date, contact.salesId(),
                    rng.pick(statuses), attachments(date, 1.0 / 30)));
        }
        return notes;
    }

    /** Deals on companies that have contacts, with 1-3 of that company's contacts. */
    List<Deal> deals(int count, List<Company> companies, List<Contact> contacts) {
        Map<Long, List<Long>> contactsByCompany = new HashMap<>();
        contacts.forEach(c -> contactsByCompany.computeIfAbsent(c.companyId(), k -> new ArrayList<>()).add(c.id()));
        List<Company> withContacts = companies.stream().filter(c -> contactsByCompany.containsKey(c.id())).toList();
        List<String> stages = List.copyOf(Vocabulary.DEAL_STAGES.keySet());
        List<String> categories = List.copyOf(Vocabulary.DEAL_CATEGORIES.keySet());
        Map<String, Integer> nextIndex = new HashMap<>();
        List<Deal> deals = new ArrayList<>(count);
        for (long id = 1; id <= count; id++) {
            Company company = rng.pick(withContacts);
            List<Long> dealContacts = rng.sample(contactsByCompany.get(company.id()), rng.between(1, 3));
            String stage = rng.pick(stages);
            OffsetDateTime created = rng.between(company.createdAt(), NOW);
            OffsetDateTime updated = rng.between(created, NOW);
            boolean closed = stage.equals("won") || stage.equals("lost");
            deals.add(new Deal(id, rng.pick(Words.DEAL_WORDS) + " for " + company.name(), company.id(),
                    dealContacts, rng.pick(categories), stage, Words.paragraph(rng), rng.between(0, 1000) * 100L,
                    created, updated, closed && rng.chance(0.3) ? updated : null,
                    created.plusDays(rng.between(0, 180)).toLocalDate(), company.salesId(),
                    nextIndex.merge(stage, 1, Integer::sum) - 1));
        }
        return deals;
    }

    List<DealNote> dealNotes(int count, List<Deal> deals) {
        List<DealNote> notes = new ArrayList<>(count);
        for (long id = 1; id <= count; id++) {
            Deal deal = rng.pick(deals);
            OffsetDateTime date = rng.between(deal.createdAt(), NOW);
            notes.add(new DealNote(id, deal.id(), Words.paragraphs(rng, 3), date, deal.salesId(),
                    attachments(date, 1.0 / 20)));
        }
        return notes;
    }

    /** Tasks due from two months ago to 100 days ahead; some of the past ones are done. */
    List<Task> tasks(int count, List<Contact> contacts) {
        List<String> types = List.copyOf(Vocabulary.TASK_TYPES.keySet());
        List<Task> tasks = new ArrayList<>(count);
        for (long id = 1; id <= count; id++) {
            Contact contact = rng.pick(contacts);
            OffsetDateTime due = NOW.plusDays(rng.between(-60, 100)).withHour(rng.between(8, 17)).withMinute(0);
            OffsetDateTime done = due.isBefore(NOW) && rng.chance(0.4) ? due.minusHours(rng.between(0, 48)) : null;
            tasks.add(new Task(id, contact.id(), rng.pick(types), rng.pick(Words.TASK_TEXTS), due, done,
                    contact.salesId()));
        }
        return tasks;
    }

    private List<Map<String, Object>> attachments(OffsetDateTime at, double probability) {
        return rng.chance(probability) ? List.of(files.document(at)) : null;
    }
}
