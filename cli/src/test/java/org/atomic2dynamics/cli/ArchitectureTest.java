package org.atomic2dynamics.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The lines docs/ARCHITECTURE.md draws, held by the compiled code of every module: dependencies point one
 * way, the emulator knows nothing of the migrator, and there is no static mutable state.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.atomic2dynamics");

    @Test
    void coreDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.atomic2dynamics.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.atomic2dynamics.(engine|mapping|source|demo|"
                        + "dataverse|emulator|report|cli)..")
                .check(MAIN);
    }

    @Test
    void theEngineReachesSourceAndTargetOnlyThroughCorePorts() {
        noClasses().that().resideInAPackage("org.atomic2dynamics.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.atomic2dynamics.source..",
                        "org.atomic2dynamics.demo..", "org.atomic2dynamics.dataverse.client..",
                        "org.atomic2dynamics.emulator..", "org.atomic2dynamics.cli..", "org.atomic2dynamics.report..")
                .check(MAIN);
    }

    @Test
    void theEmulatorKnowsNothingOfTheMigrator() {
        noClasses().that().resideInAPackage("org.atomic2dynamics.emulator..")
                .should().dependOnClassesThat().resideInAnyPackage("org.atomic2dynamics.core..",
                        "org.atomic2dynamics.engine..", "org.atomic2dynamics.mapping..", "org.atomic2dynamics.source..",
                        "org.atomic2dynamics.dataverse.client..", "org.atomic2dynamics.cli..")
                .check(MAIN);
    }

    @Test
    void onlyCliWiresTheTwoSidesTogether() {
        noClasses().that().resideOutsideOfPackage("org.atomic2dynamics.cli..")
                .and().resideOutsideOfPackage("org.atomic2dynamics.dataverse.client..")
                .should().dependOnClassesThat().resideInAPackage("org.atomic2dynamics.dataverse.client..")
                .check(MAIN);
    }

    @Test
    void noStaticMutableState() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("org.atomic2dynamics..")
                .and().doNotHaveName("$VALUES").and().doNotHaveName("serialVersionUID")
                .should().beFinal()
                .check(MAIN);
    }

    @Test
    void onlyTheEntryPointEndsTheProcess() {
        noClasses().that().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().callMethod(System.class, "exit", int.class)
                .check(MAIN);
    }
}
