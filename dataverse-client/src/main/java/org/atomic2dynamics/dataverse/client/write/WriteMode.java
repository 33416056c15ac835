package org.atomic2dynamics.dataverse.client.write;

/** What a write may do to a record: create or update it (by id), only create it, or only update it. */
public enum WriteMode {
    UPSERT,
    CREATE,
    UPDATE
}
