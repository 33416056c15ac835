package org.atomic2dynamics.core.ids;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based (version 5, SHA-1) UUIDs of (source instance, table, id). Every target primary key comes from
 * here, so a lookup to a parent is computed rather than queried, and a re-run writes the same ids: reruns
 * update instead of duplicating, even if the run ledger is lost.
 */
public final class DeterministicIds {
    /** Namespace of all atomic2dynamics ids: UUIDv5 of the URL namespace and "urn:atomic2dynamics". */
    static final UUID PROJECT_NAMESPACE = nameBased(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
            "urn:atomic2dynamics");

    private final UUID instanceNamespace;
    private final String sourceInstance;

    public DeterministicIds(String sourceInstance) {
        if (sourceInstance == null || sourceInstance.isBlank()) {
            throw new IllegalArgumentException("a source instance id is required");
        }
        this.sourceInstance = sourceInstance;
        this.instanceNamespace = nameBased(PROJECT_NAMESPACE, sourceInstance);
    }

    public String sourceInstance() {
        return sourceInstance;
    }

    /** The target id of source row {@code id} of {@code table} (logical table name, e.g. "contact_notes"). */
    public UUID idFor(String table, Object id) {
        return nameBased(instanceNamespace, table + ":" + id);
    }

    /** RFC 4122 §4.3 name-based UUID with SHA-1. */
    public static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java runtime", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }
}
