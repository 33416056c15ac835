package org.atomic2dynamics.source.audit;

/** A storage.objects row: bucket, object key and size in bytes (from its metadata). */
record StoredFile(String bucket, String name, long size) {

    String key() {
        return bucket + "/" + name;
    }
}
