package org.atomic2dynamics.demo.schema;

/** One upstream Atomic CRM migration, as the project re-states it in its own SQL resource. */
public record Migration(String version, String name) {

    String resource() {
        return Migrations.BASE + "migrations/" + version + "_" + name + ".sql";
    }
}
