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

    /**
     * The words for what a logged session did and the stop signs ticked after it have one home, so the journal list,
     * the summary and its log cannot tell the same session differently (each once had its own copy).
     */
    @Test
    void aLoggedSessionIsPutIntoWordsOnlyByDoneWords() {
        noClasses().that().doNotHaveFullyQualifiedName("org.popcheck.exercise.DoneWords")
                .and().resideOutsideOfPackage("org.popcheck.ui.exercises..")
                // a call or a method reference (list::words) alike
                .should().accessTargetWhere(com.tngtech.archunit.base.DescribedPredicate.describe("StopList.words",
                        a -> a.getTargetOwner().isEquivalentTo(org.popcheck.exercise.StopList.class) && a.getName().equals("words")))
                .because("org.popcheck.exercise.DoneWords turns a session's stop signs into words; the exercise screens only name the signs to tick")
                .check(MAIN);
    }
}
