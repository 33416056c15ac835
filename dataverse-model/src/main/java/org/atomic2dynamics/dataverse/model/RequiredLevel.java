package org.atomic2dynamics.dataverse.model;

/** RequiredLevel.Value in the metadata API. Only SystemRequired is enforced by the Web API. */
public enum RequiredLevel {
    NONE("None"),
    RECOMMENDED("Recommended"),
    APPLICATION_REQUIRED("ApplicationRequired"),
    SYSTEM_REQUIRED("SystemRequired");

    private final String metadataName;

    RequiredLevel(String metadataName) {
        this.metadataName = metadataName;
    }

    public String metadataName() {
        return metadataName;
    }

    public static RequiredLevel of(String name) {
        for (RequiredLevel r : values()) {
            if (r.metadataName.equalsIgnoreCase(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown required level: " + name);
    }
}
