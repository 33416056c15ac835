package org.atomic2dynamics.source.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.core.source.SchemaSnapshot;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.atomic2dynamics.demo.schema.Migrations;
import org.atomic2dynamics.source.TestSources;
import org.atomic2dynamics.source.connect.SourceSession;
import org.atomic2dynamics.source.introspect.SchemaIntrospector;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reference of each generation equals what the project's own SQL creates for it, so an untouched database
 * shows no difference. After changing the SQL, regenerate with
 * {@code mvn -pl atomic-source -am verify -Dtest=ReferenceSchemasTest -Da2d.writeReferences=true
 * -Dsurefire.failIfNoSpecifiedTests=false} and review the JSON diff.
 */
@ExtendWith(EmbeddedSourceExtension.class)
class ReferenceSchemasTest {
    private static final Path RESOURCES = Path.of("src/main/resources/org/atomic2dynamics/source/reference");

    @ParameterizedTest
    @EnumSource(SchemaGeneration.class)
    void referenceEqualsTheSchemaOurSqlCreates(SchemaGeneration generation, EmbeddedSource pg) throws Exception {
        SchemaSnapshot live = publicSchema(pg, generation);
        String lastMigration = Migrations.lastOf(generation).version();
        if (Boolean.getBoolean("a2d.writeReferences")) {
            Files.createDirectories(RESOURCES);
            ReferenceSchemas.write(new ReferenceSchema(generation, lastMigration, live),
                    RESOURCES.resolve(ReferenceSchemas.resourceName(generation)));
            return;
        }
        ReferenceSchema reference = new ReferenceSchemas().of(generation);
        assertThat(reference.generation()).isEqualTo(generation);
        assertThat(reference.lastMigration()).isEqualTo(lastMigration);
        assertThat(reference.schema()).isEqualTo(live);
    }

    static SchemaSnapshot publicSchema(EmbeddedSource pg, SchemaGeneration generation) throws SQLException {
        try (SourceSession session = TestSources.session(pg.database(DatabaseSpec.of(generation)))) {
            return SchemaIntrospector.snapshot(session.connection(), java.util.List.of("public"));
        }
    }
}
