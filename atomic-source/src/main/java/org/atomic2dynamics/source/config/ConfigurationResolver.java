package org.atomic2dynamics.source.config;

import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.source.config.tsx.AppConfig;

/**
 * Decides the configuration an instance runs with, as the app does: a non-empty database configuration is
 * merged over the code defaults and the {@code <CRM>} props are then ignored; otherwise the props (when the
 * App.tsx was given) are merged over the defaults; otherwise the defaults alone.
 */
public final class ConfigurationResolver {
    private ConfigurationResolver() {
    }

    public static EffectiveConfiguration effective(Optional<Map<String, Object>> database, Optional<AppConfig> app) {
        if (usesDatabase(database)) {
            return ConfigurationMerger.merge(Defaults.configuration(), database.get(), DatabaseConfiguration.ORIGIN);
        }
        return app.map(a -> ConfigurationMerger.merge(Defaults.configuration(), a.props(), origin(a)))
                .orElseGet(Defaults::configuration);
    }

    public static boolean usesDatabase(Optional<Map<String, Object>> database) {
        return database.isPresent() && !database.get().isEmpty();
    }

    public static String origin(AppConfig app) {
        return "app-config:" + app.file();
    }
}
