package org.atomic2dynamics.demo.data;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo records in the current generation's shape, before they are written. Enumerations are slugs,
 * JSON values are Maps and Lists. Tests compare what the source reader returns with these records.
 */
public record DemoDataset(
        List<Sale> sales,
        List<Tag> tags,
        List<Company> companies,
        List<Contact> contacts,
        List<ContactNote> contactNotes,
        List<Deal> deals,
        List<DealNote> dealNotes,
        List<Task> tasks,
        List<StoredObject> storageObjects,
        List<String> faviconExcludedDomains) {

    public DemoDataset {
        sales = List.copyOf(sales);
        tags = List.copyOf(tags);
        companies = List.copyOf(companies);
        contacts = List.copyOf(contacts);
        contactNotes = List.copyOf(contactNotes);
        deals = List.copyOf(deals);
        dealNotes = List.copyOf(dealNotes);
        tasks = List.copyOf(tasks);
        storageObjects = List.copyOf(storageObjects);
        faviconExcludedDomains = List.copyOf(faviconExcludedDomains);
    }

    public record Sale(long id, UUID userId, String firstName, String lastName, String email,
            boolean administrator, Map<String, Object> avatar, boolean disabled) {
    }

    public record Tag(long id, String name, String color) {
    }

    public record Company(long id, OffsetDateTime createdAt, String name, String sector, int size,
            String linkedinUrl, String website, String phoneNumber, String address, String zipcode, String city,
            String stateAbbr, Long salesId, List<String> contextLinks, String country, String description,
            String revenue, String taxIdentifier, Map<String, Object> logo) {
    }

    public record Contact(long id, String firstName, String lastName, String gender, String title,
            String background, Map<String, Object> avatar, OffsetDateTime firstSeen, OffsetDateTime lastSeen,
            boolean hasNewsletter, String status, List<Long> tags, long companyId, Long salesId,
            String linkedinUrl, List<Map<String, Object>> emails, List<Map<String, Object>> phones) {

        /** The same contact after its notes: last seen at the latest note, status of the latest note. */
        Contact afterNotes(OffsetDateTime latestNote, String latestStatus) {
            return new Contact(id, firstName, lastName, gender, title, background, avatar, firstSeen,
                    latestNote == null ? firstSeen : latestNote, hasNewsletter, latestStatus, tags, companyId,
                    salesId, linkedinUrl, emails, phones);
        }
    }

    public record ContactNote(long id, long contactId, String text, OffsetDateTime date, Long salesId,
            String status, List<Map<String, Object>> attachments) {
    }

    public record Deal(long id, String name, long companyId, List<Long> contactIds, String category, String stage,
            String description, long amount, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            OffsetDateTime archivedAt, LocalDate expectedClosingDate, Long salesId, int index) {
    }

    public record DealNote(long id, long dealId, String text, OffsetDateTime date, Long salesId,
            List<Map<String, Object>> attachments) {
    }

    public record Task(long id, long contactId, String type, String text, OffsetDateTime dueDate,
            OffsetDateTime doneDate, Long salesId) {
    }

    /** A storage.objects row: Supabase keeps the size and MIME type in its metadata. */
    public record StoredObject(UUID id, String bucket, String name, long size, String mimeType,
            OffsetDateTime createdAt) {
    }
}
