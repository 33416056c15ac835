package org.atomic2dynamics.demo.data;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.demo.data.DemoDataset.Contact;
import org.atomic2dynamics.demo.data.DemoDataset.ContactNote;
import org.atomic2dynamics.demo.data.DemoDataset.Deal;

/** Builds a {@link DemoDataset} from a {@link DemoData} spec, entity by entity from one seeded source. */
final class DemoGenerator {
    private static final List<String> WEBMAIL = List.of("gmail.com", "googlemail.com", "yahoo.com", "yahoo.fr",
            "hotmail.com", "hotmail.fr", "outlook.com", "live.com", "icloud.com", "me.com", "aol.com",
            "protonmail.com", "gmx.com", "orange.fr", "free.fr");

    private final DemoData spec;
    private final Rng rng;
    private final AttachmentFactory files;

    DemoGenerator(DemoData spec) {
        this.spec = spec;
        this.rng = new Rng(spec.seed());
        this.files = new AttachmentFactory(rng);
    }

    DemoDataset generate() {
        PeopleFactory people = new PeopleFactory(rng, files);
        ActivityFactory activity = new ActivityFactory(rng, files);
        var sales = people.sales();
        var tags = people.tags();
        var companies = new CompanyFactory(rng, files).create(spec.companies());
        List<Contact> drafts = people.contacts(spec.contacts(), companies);
        List<ContactNote> contactNotes = activity.contactNotes(spec.contactNotes(), drafts);
        List<Contact> contacts = afterNotes(drafts, contactNotes);
        List<Deal> deals = activity.deals(spec.deals(), companies, contacts);
        var dealNotes = activity.dealNotes(spec.dealNotes(), deals);
        var tasks = activity.tasks(spec.tasks(), contacts);
        DemoDataset data = new DemoDataset(sales, tags, companies, contacts, contactNotes, deals, dealNotes, tasks,
                files.objects(), WEBMAIL);
        return spec.auditSamples() ? AuditSamples.add(data, files) : data;
    }

    /** As upstream's finalize step: each contact's status and last_seen come from its latest note. */
    private static List<Contact> afterNotes(List<Contact> drafts, List<ContactNote> notes) {
        Map<Long, ContactNote> latest = new HashMap<>();
        for (ContactNote n : notes) {
            latest.merge(n.contactId(), n, (a, b) -> b.date().isAfter(a.date()) ? b : a);
        }
        List<Contact> contacts = new ArrayList<>(drafts.size());
        for (Contact c : drafts) {
            ContactNote note = latest.get(c.id());
            OffsetDateTime date = note == null ? null : note.date();
            contacts.add(c.afterNotes(date, note == null ? null : note.status()));
        }
        return contacts;
    }
}
