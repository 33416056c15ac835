package org.atomic2dynamics.emulator.data;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The ids of the seeded organization records; name-based, so they are the same on every start. */
public record OrgIds(UUID organization, UUID businessUnit, UUID baseCurrency, UUID team) {

    public static OrgIds forTenant(String tenant) {
        return new OrgIds(id(tenant, "organization"), id(tenant, "businessunit"), id(tenant, "currency:USD"),
                id(tenant, "team"));
    }

    /** A stable id for a seeded thing of this tenant. */
    public static UUID id(String tenant, String what) {
        return UUID.nameUUIDFromBytes(("atomic2dynamics-emulator:" + tenant + ":" + what).getBytes(StandardCharsets.UTF_8));
    }
}
