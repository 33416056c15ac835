package org.atomic2dynamics.demo.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.atomic2dynamics.demo.data.DemoDataset.ContactNote;
import org.atomic2dynamics.demo.data.DemoDataset.DealNote;
import org.atomic2dynamics.demo.data.DemoDataset.StoredObject;

/**
 * Storage problems the audit must find, placed on fixed records after generation so the rest of the data set
 * is the same with or without them (files they replace leave the bucket too): contact note 1 references a file missing from the bucket, contact note 2
 * holds a 4,000,000-byte file (over the limit once base64-encoded), deal note 1 a 6,000,000-byte file (over
 * Dataverse's 5 MB default), and one object in the bucket is referenced by nothing.
 */
final class AuditSamples {
    static final long BASE64_TOO_BIG = 4_000_000L;
    static final long OVERSIZED = 6_000_000L;

    private AuditSamples() {
    }

    static DemoDataset add(DemoDataset data, AttachmentFactory files) {
        var at = DemoData.REFERENCE_DATE.minusDays(10);
        List<ContactNote> contactNotes = new ArrayList<>(data.contactNotes());
        contactNotes.set(0, withAttachments(contactNotes.get(0),
                List.of(files.dangling("lost-contract.pdf", "application/pdf"))));
        contactNotes.set(1, withAttachments(contactNotes.get(1),
                List.of(files.stored("site-survey.mp4", "video/mp4", BASE64_TOO_BIG, at))));
        List<DealNote> dealNotes = new ArrayList<>(data.dealNotes());
        DealNote first = dealNotes.get(0);
        dealNotes.set(0, new DealNote(first.id(), first.dealId(), first.text(), first.date(), first.salesId(),
                List.of(files.stored("full-catalogue.pdf", "application/pdf", OVERSIZED, at))));
        files.stored("orphan-scan.png", "image/png", 123_456, at);
        Set<Object> replaced = Stream.of(data.contactNotes().get(0).attachments(),
                        data.contactNotes().get(1).attachments(), first.attachments())
                .filter(Objects::nonNull).flatMap(List::stream).map(a -> a.get("path")).collect(Collectors.toSet());
        List<StoredObject> objects = files.objects().stream().filter(o -> !replaced.contains(o.name())).toList();
        return new DemoDataset(data.sales(), data.tags(), data.companies(), data.contacts(), contactNotes,
                data.deals(), dealNotes, data.tasks(), objects, data.faviconExcludedDomains());
    }

    private static ContactNote withAttachments(ContactNote n, List<Map<String, Object>> attachments) {
        return new ContactNote(n.id(), n.contactId(), n.text(), n.date(), n.salesId(), n.status(), attachments);
    }
}
