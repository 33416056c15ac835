package org.atomic2dynamics.dataverse.client.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Splits an id list into {@code Microsoft.Dynamics.CRM.In} filters whose encoded URL stays under the Web
 * API's 32 KB limit (with room for the rest of the URL).
 */
public final class IdChunks {
    /** Encoded characters per id in the filter: %27 + 36 + %27 + %2C. */
    private static final int PER_ID = 45;
    private static final int URL_BUDGET = 30_000;
    private static final int MAX_IDS = 500;

    private IdChunks() {
    }

    public static List<List<UUID>> chunks(Collection<UUID> ids, int otherUrlLength) {
        int room = Math.max(1, Math.min(MAX_IDS, (URL_BUDGET - otherUrlLength) / PER_ID));
        List<UUID> all = new ArrayList<>(ids);
        List<List<UUID>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += room) {
            out.add(List.copyOf(all.subList(from, Math.min(all.size(), from + room))));
        }
        return out;
    }

    public static String inFilter(String column, List<UUID> ids) {
        return "Microsoft.Dynamics.CRM.In(PropertyName=" + Query.literal(column) + ",PropertyValues=["
                + ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + "])";
    }
}
