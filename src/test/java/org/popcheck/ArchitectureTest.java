package org.popcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.popcheck");

    @Test
    void domainCodeNeverImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.popcheck.ui..", "org.popcheck.app")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the domain must be testable and usable without the UI toolkit")
                .check(MAIN);
    }

    @Test
    void domainCodeNeverReachesIntoTheUserInterface() {
        noClasses().that().resideOutsideOfPackages("org.popcheck.ui..", "org.popcheck.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.popcheck.ui..", "org.popcheck.app..")
                .check(MAIN);
    }

    @Test
    void theTriageEngineStaysAboutLevelsAndTheCausesNeverSeeALevel() {
        noClasses().that().resideInAPackage("org.popcheck.triage..")
                .should().dependOnClassesThat().resideInAnyPackage("org.popcheck.causes..", "org.popcheck.check..", "org.popcheck.exercise..")
                .because("exercises and causes are composed around the level in org.popcheck.check (spec/result-design.md)")
                .check(MAIN);
        noClasses().that().resideInAPackage("org.popcheck.causes..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.popcheck.triage.TriageResult")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.popcheck.triage.Level")
                .because("ranking the causes must not be able to see, let alone change, the level")
                .check(MAIN);
    }
}
