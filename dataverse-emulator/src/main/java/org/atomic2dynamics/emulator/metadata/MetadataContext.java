package org.atomic2dynamics.emulator.metadata;

import org.atomic2dynamics.emulator.api.Urls;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.seed.Seeder;

/** What the metadata handlers share. */
record MetadataContext(Backend backend, MetadataRegistry registry, Prefixes prefixes, MetadataJson json, Urls urls,
                       KeyActivator activator, Seeder seeder) {

    static String solution(ApiRequest req) {
        return req.headers().get("MSCRM.SolutionUniqueName").map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
    }
}
