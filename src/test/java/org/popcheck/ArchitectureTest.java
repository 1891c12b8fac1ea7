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
}
