package org.atomic2dynamics.source.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file a record points at (an RAFile: {src, title, path, type}). {@code key} is "bucket/path" when the file
 * is in Supabase Storage, null for a link elsewhere. As the app's delete function does, the object is found
 * by {@code path}, or else by parsing a storage URL in {@code src}.
 */
record FileReference(String record, String key, String title) {
    static final String DEFAULT_BUCKET = "attachments";
    private static final Pattern STORAGE_URL = Pattern.compile("/storage/v1/object/(?:public|sign|authenticated)/"
            + "([^/]+)/([^?#]+)");

    static FileReference of(String record, String path, String src, String title) {
        Matcher m = src == null ? null : STORAGE_URL.matcher(src);
        boolean fromUrl = m != null && m.find();
        if (path != null && !path.isBlank()) {
            return new FileReference(record, (fromUrl ? m.group(1) : DEFAULT_BUCKET) + "/" + path, title);
        }
        return new FileReference(record, fromUrl ? m.group(1) + "/" + m.group(2) : null, title);
    }
}
