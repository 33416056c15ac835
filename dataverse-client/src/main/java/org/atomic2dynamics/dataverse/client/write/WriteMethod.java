package org.atomic2dynamics.dataverse.client.write;

/**
 * How records travel. AUTO uses the bulk messages where the table supports them (sdkmessagefilters probe)
 * and $batch elsewhere.
 */
public enum WriteMethod {
    AUTO,
    BULK,
    BATCH,
    SINGLE
}
