package org.popcheck.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stage, frequency, position and cautions of every exercise, and the loader's words for bad ones. */
class CatalogCautionsTest {

    private final ExerciseCatalog catalog = ExerciseCatalog.standard();

    @Test
    void everyExerciseHasAFrequencyAStageAndAPosition() {
        for (Exercise e : catalog.all()) {
            assertTrue(e.daysPerWeek() >= 1 && e.daysPerWeek() <= 7, e.id() + " days a week " + e.daysPerWeek());
            assertTrue(e.stage() != null && e.position() != null, e.id());
            e.cautions().forEach(c -> assertFalse(c.say().isBlank(), e.id() + " caution without words"));
        }
    }

    @Test
    void everyInsteadNamesAnotherExerciseThatIsNotItselfAvoidedForTheSameCondition() {
        for (Exercise e : catalog.all()) {
            for (Caution c : e.cautions()) {
                c.insteadId().ifPresent(ref -> {
                    Exercise other = catalog.find(ref).orElseThrow(() -> new AssertionError(e.id() + " -> " + ref));
                    assertTrue(other.cautionsFor(c.condition()).stream().noneMatch(o -> o.action() == Caution.Action.AVOID),
                            e.id() + " is replaced by " + ref + ", which the same condition also rules out");
                });
            }
        }
    }

    @ParameterizedTest(name = "{0} has a {1} caution for {2}")
    @CsvSource({
        "glute-bridge, adapt, pregnant",
        "pelvic-tilt, adapt, pregnant",
        "bird-dog, avoid, age_65_plus",
        "cat-cow, avoid, age_65_plus",
        "cat-cow, adapt, osteoporosis",
        "open-book, adapt, osteoporosis",
        "hip-flexor-stretch, avoid, hip_replacement",
        "bird-dog, avoid, hip_replacement",
        "sole-stretch, adapt, hip_replacement",
        "single-leg-balance, adapt, neuropathy",
        "banded-side-step, avoid, swelling_or_giving_way",
        "calf-raise, avoid, swelling_or_giving_way",
    })
    void theCautionsAPhysiotherapistWouldExpectAreThere(String id, String action, String condition) {
        Exercise e = catalog.find(id).orElseThrow();
        List<Caution> cs = e.cautionsFor(PersonCondition.fromId(condition).orElseThrow());
        assertTrue(cs.stream().anyMatch(c -> c.action().id().equals(action)), id + " " + cs);
    }

    @Test
    void everyFloorExerciseTellsOlderPeopleHowToDoItWithoutGettingDown() {
        for (Exercise e : catalog.all()) {
            if (e.position().onTheFloor()) {
                assertFalse(e.cautionsFor(PersonCondition.AGE_65_PLUS).isEmpty(), e.id() + " is floor work without an alternative for 65+");
            }
        }
    }

    private static final String GOOD = """
            {"id": "a", "name": "A", "regions": ["ankle"], "stage": "mobility", "daysPerWeek": 5, "position": "sitting",
             "cautions": [{"if": "pregnant", "action": "adapt", "say": "Sit up."}],
             "dosage": {"sets": 1, "holdSeconds": 10}}""";

    private static ExerciseCatalog parse(String... exercises) {
        return ExerciseCatalog.parse(new StringReader("{\"exercises\": [" + String.join(",", exercises) + "]}"));
    }

    @Test
    void aWellFormedExerciseLoads() {
        Exercise a = parse(GOOD).find("a").orElseThrow();
        assertEquals(Stage.MOBILITY, a.stage());
        assertEquals(5, a.daysPerWeek());
        assertEquals(Position.SITTING, a.position());
        assertEquals(List.of(new Caution(PersonCondition.PREGNANT, Caution.Action.ADAPT, "Sit up.", null)), a.cautions());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "\"if\": \"pregnant\"|\"if\": \"flu\"|unknown condition \"flu\"",
        "\"action\": \"adapt\"|\"action\": \"skip\"|unknown action \"skip\"",
        "\"stage\": \"mobility\"|\"stage\": \"warmup\"|unknown stage \"warmup\"",
        "\"daysPerWeek\": 5|\"daysPerWeek\": 8|daysPerWeek must be 1 to 7, not 8",
        "\"daysPerWeek\": 5|\"daysPerWeek\": 0|daysPerWeek must be 1 to 7, not 0",
        "\"daysPerWeek\": 5,|| daysPerWeek (how many days a week, 1 to 7) is missing",
        "\"say\": \"Sit up.\"|\"instead\": \"b\", \"say\": \"Sit up.\"|says to do \"b\" instead, which is not another exercise",
        "\"position\": \"sitting\"|\"position\": \"upside_down\"|unknown position \"upside_down\"",
    })
    void badCatalogDataIsRefusedWithWordsNamingTheProblem(String from, String to, String expected) {
        String bad = GOOD.replace(from, to == null ? "" : to);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(bad));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("a"), "the message names the exercise: " + e.getMessage());
    }
}
