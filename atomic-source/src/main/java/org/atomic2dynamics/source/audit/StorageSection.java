package org.atomic2dynamics.source.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atomic2dynamics.source.read.LogicalTable;
import org.atomic2dynamics.source.read.Sql;

/**
 * Supabase Storage as the database knows it (storage.buckets, storage.objects): inventory, the files records
 * point at (note attachments, company logos, contact and sales avatars) checked to exist, files no record
 * points at, and files too big for a Dataverse attachment.
 */
final class StorageSection {
    /** Dataverse's default attachment limit: 5 MB. */
    static final long MAX_ATTACHMENT = 5_242_880L;
    /** Dataverse counts the base64 text, 4/3 of the raw size: raw files above this are over the limit too. */
    static final long MAX_RAW_FOR_BASE64 = 3_932_160L;
    /** table, column, whether the column is a jsonb[] of files (else one jsonb file). */
    private static final List<String[]> FILE_COLUMNS = List.of(new String[] {"contact_notes", "attachments", "array"},
            new String[] {"deal_notes", "attachments", "array"}, new String[] {"companies", "logo", "one"},
            new String[] {"contacts", "avatar", "one"}, new String[] {"sales", "avatar", "one"});

    private StorageSection() {
    }

    static List<Finding> run(AuditContext ctx, boolean storageReadable, StorageSummary summary) {
        List<Finding> out = new ArrayList<>();
        if (!storageReadable) {
            out.add(Finding.warning(FindingCode.STORAGE_NOT_READABLE, "storage.objects", ctx.session().spec().user()
                    + " cannot read storage.objects: attachments cannot be checked or migrated", 1, List.of()));
            return out;
        }
        List<StoredFile> objects = ctx.rows("storage objects", "select bucket_id, name,"
                + " coalesce((metadata->>'size')::bigint, 0) from storage.objects order by bucket_id, name",
                rs -> new StoredFile(rs.getString(1), rs.getString(2), rs.getLong(3)));
        ctx.rows("storage buckets", "select b.id, b.public, count(o.id), coalesce(sum((o.metadata->>'size')::bigint), 0)"
                + " from storage.buckets b left join storage.objects o on o.bucket_id = b.id group by b.id, b.public"
                + " order by b.id", rs -> new StorageSummary.Bucket(rs.getString(1), rs.getBoolean(2), rs.getLong(3),
                rs.getLong(4))).forEach(summary::add);
        summary.buckets().forEach(b -> out.add(Finding.info(FindingCode.STORAGE_INVENTORY, "bucket " + b.name(),
                "bucket " + b.name() + (b.isPublic() ? " (public)" : " (private)") + ": " + b.objects() + " objects, "
                        + b.bytes() + " bytes", b.objects())));
        List<FileReference> references = references(ctx);
        summary.setReferences(references.size());
        new StorageChecks(objects, references).findings(out);
        return out;
    }

    private static List<FileReference> references(AuditContext ctx) {
        List<FileReference> refs = new ArrayList<>();
        for (String[] fc : FILE_COLUMNS) {
            ctx.readableTable(fc[0]).filter(t -> t.columns().stream().anyMatch(c -> c.name().equals(fc[1])))
                    .ifPresent(t -> refs.addAll(references(ctx, t, fc[1], fc[2].equals("array"))));
        }
        return refs;
    }

    private static List<FileReference> references(AuditContext ctx, LogicalTable t, String column, boolean array) {
        String col = Sql.ident(column);
        String id = Sql.ident(t.idColumn());
        String from = "public." + Sql.ident(t.physicalName());
        String sql = array
                ? "select " + id + ", f->>'path', f->>'src', f->>'title' from " + from + ", unnest(" + col + ") f"
                : "select " + id + ", " + col + "->>'path', " + col + "->>'src', " + col + "->>'title' from " + from
                        + " where jsonb_typeof(" + col + ") = 'object'";
        return ctx.rows(t.name() + "." + column + " files", sql + " order by 1",
                rs -> FileReference.of(t.name() + ":" + rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)));
    }

    /** The storage checks over plain lists, so they read as the rules they are. */
    record StorageChecks(List<StoredFile> objects, List<FileReference> references) {
        void findings(List<Finding> out) {
            Map<String, StoredFile> byKey = new HashMap<>();
            objects.forEach(o -> byKey.put(o.key(), o));
            Set<String> referenced = new HashSet<>();
            List<String> dangling = new ArrayList<>();
            List<String> external = new ArrayList<>();
            for (FileReference r : references) {
                if (r.key() == null) {
                    external.add(r.record());
                } else if (byKey.containsKey(r.key())) {
                    referenced.add(r.key());
                } else {
                    dangling.add(r.record() + " → " + r.key());
                }
            }
            if (!dangling.isEmpty()) {
                out.add(Finding.decision(FindingCode.STORAGE_DANGLING_REFERENCE, "storage", dangling.size()
                        + " file references point at objects missing from storage", dangling.size(), dangling,
                        "migrate those records without the file, or restore the files into the bucket first"));
            }
            if (!external.isEmpty()) {
                out.add(Finding.info(FindingCode.STORAGE_EXTERNAL_REFERENCE, "storage", external.size()
                        + " file references are links outside the storage bucket (kept as links)", external.size()));
            }
            List<StoredFile> unreferenced = objects.stream().filter(o -> !referenced.contains(o.key())).toList();
            if (!unreferenced.isEmpty()) {
                out.add(Finding.warning(FindingCode.STORAGE_UNREFERENCED_OBJECT, "storage", unreferenced.size()
                        + " objects in storage are referenced by no record and will not be migrated",
                        unreferenced.size(), unreferenced.stream().map(StoredFile::key).toList()));
            }
            tooLarge(out, referenced);
        }

        private void tooLarge(List<Finding> out, Set<String> referenced) {
            List<StoredFile> over = objects.stream().filter(o -> o.size() > MAX_ATTACHMENT).toList();
            List<StoredFile> base64 = objects.stream()
                    .filter(o -> o.size() > MAX_RAW_FOR_BASE64 && o.size() <= MAX_ATTACHMENT).toList();
            if (!over.isEmpty()) {
                out.add(Finding.decision(FindingCode.STORAGE_FILE_OVER_LIMIT, "storage", over.size() + " files are over"
                        + " Dataverse's default 5 MB attachment limit: " + describe(over, referenced), over.size(),
                        over.stream().map(StoredFile::key).toList(), "raise the environment's attachment limit,"
                                + " link the files instead, or leave them behind"));
            }
            if (!base64.isEmpty()) {
                out.add(Finding.decision(FindingCode.STORAGE_FILE_OVER_BASE64_LIMIT, "storage", base64.size()
                        + " files are under 5 MB but over it once base64-encoded (Dataverse counts the encoded size): "
                        + describe(base64, referenced), base64.size(), base64.stream().map(StoredFile::key).toList(),
                        "raise the environment's attachment limit, link the files instead, or leave them behind"));
            }
        }

        private static String describe(List<StoredFile> files, Set<String> referenced) {
            return String.join(", ", files.stream().map(f -> f.key() + " (" + f.size() + " bytes"
                    + (referenced.contains(f.key()) ? "" : ", unreferenced") + ")").toList());
        }
    }
}
