package org.atomic2dynamics.core.target;

import java.util.UUID;

/** A reference to a Dataverse record, written as {@code "<nav>@odata.bind": "/<entitySet>(<id>)"}. */
public record EntityRef(String entitySet, UUID id) {

    public String bindPath() {
        return "/" + entitySet + "(" + id + ")";
    }
}
