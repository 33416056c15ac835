package org.atomic2dynamics.demo.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.demo.data.DemoDataset.StoredObject;

/**
 * Files in the "attachments" bucket and the RAFile JSON that points at them ({src, title, path, type}), with
 * object keys shaped like the app's `${Math.random()}${ext}`.
 */
final class AttachmentFactory {
    static final String BUCKET = "attachments";
    /** The public URL prefix of a local Supabase (supabase start), where the demo pretends to live. */
    static final String PUBLIC_URL = "http://127.0.0.1:54321/storage/v1/object/public/" + BUCKET + "/";
    private static final List<String[]> KINDS = List.of(
            new String[] {"pdf", "application/pdf", "Proposal"},
            new String[] {"png", "image/png", "Screenshot"},
            new String[] {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Meeting minutes"},
            new String[] {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Quote"},
            new String[] {"jpg", "image/jpeg", "Photo"});

    private final Rng rng;
    private final List<StoredObject> objects = new ArrayList<>();

    AttachmentFactory(Rng rng) {
        this.rng = rng;
    }

    /** A random document of 20 KB to 2 MB, stored and referenced. */
    Map<String, Object> document(OffsetDateTime at) {
        String[] kind = rng.pick(KINDS);
        long size = rng.between(20_000, 2_000_000);
        return stored(kind[2] + " " + rng.between(1, 99) + "." + kind[0], kind[1], size, at);
    }

    /** An image (logo or avatar) in the bucket. */
    Map<String, Object> image(String title, OffsetDateTime at) {
        return stored(title, "image/png", rng.between(5_000, 80_000), at);
    }

    /** A file of exactly {@code size} bytes, stored and referenced. */
    Map<String, Object> stored(String title, String mimeType, long size, OffsetDateTime at) {
        String path = objectKey(title);
        UUID id = UUID.nameUUIDFromBytes(("atomic-demo:object:" + path).getBytes(StandardCharsets.UTF_8));
        objects.add(new StoredObject(id, BUCKET, path, size, mimeType, at));
        return reference(title, mimeType, path);
    }

    /** A reference to a file that is not in the bucket. */
    Map<String, Object> dangling(String title, String mimeType) {
        return reference(title, mimeType, objectKey(title));
    }

    List<StoredObject> objects() {
        return List.copyOf(objects);
    }

    private String objectKey(String title) {
        String ext = title.substring(title.lastIndexOf('.'));
        return BigDecimal.valueOf(rng.nextDouble()).toPlainString() + ext;
    }

    private static Map<String, Object> reference(String title, String mimeType, String path) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("src", PUBLIC_URL + path);
        file.put("title", title);
        file.put("path", path);
        file.put("type", mimeType);
        return file;
    }
}
