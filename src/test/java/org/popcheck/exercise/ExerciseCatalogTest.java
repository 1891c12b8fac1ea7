package org.popcheck.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.popcheck.body.Region;
import org.popcheck.i18n.Messages;

class ExerciseCatalogTest {

    private final ExerciseCatalog catalog = ExerciseCatalog.standard();

    @Test
    void theCatalogHoldsAtLeastSixteenExercisesWithUniqueIds() {
        List<Exercise> all = catalog.all();
        assertTrue(all.size() >= 16, "only " + all.size() + " exercises");
        Set<String> ids = new HashSet<>();
        all.forEach(e -> assertTrue(ids.add(e.id()), "duplicate id " + e.id()));
    }

    @Test
    void theFourAnkleExercisesOfTheAnkleSeedArePresent() {
        for (String id : List.of("calf-raise", "banded-side-step", "single-leg-balance", "ankle-circles")) {
            assertTrue(catalog.find(id).orElseThrow(() -> new AssertionError(id + " missing")).regions().contains(Region.ANKLE), id);
        }
    }

    @Test
    void everyRegionHasExercises() {
        Set<Region> covered = EnumSet.noneOf(Region.class);
        catalog.all().forEach(e -> covered.addAll(e.regions()));
        assertEquals(EnumSet.allOf(Region.class), covered);
    }

    @Test
    void everyExerciseHasEveryFieldFilledIn() {
        for (Exercise e : catalog.all()) {
            String id = e.id();
            assertFalse(e.name().isBlank(), id + " name");
            assertFalse(e.regions().isEmpty(), id + " regions");
            assertFalse(e.purpose().isBlank(), id + " purpose");
            assertFalse(e.equipment().isBlank(), id + " equipment");
            assertNotNull(e.dosage(), id + " dosage");
            assertTrue(e.steps().size() >= 3, id + " needs at least three steps");
            e.steps().forEach(s -> assertFalse(s.isBlank(), id + " blank step"));
            assertFalse(e.tips().isEmpty(), id + " tips");
            assertFalse(e.mistake().isBlank(), id + " mistake");
            assertFalse(e.stopIf().isEmpty(), id + " stopIf");
            assertTrue(e.easierVersion().isPresent(), id + " easier");
            assertTrue(e.harderVersion().isPresent(), id + " harder");
        }
    }

    @Test
    void countedExercisesArePacedByATempoAndHoldsLastAtLeastTenSeconds() {
        for (Exercise e : catalog.all()) {
            Exercise.Dosage d = e.dosage();
            if (d.isHold()) {
                assertTrue(d.holdSeconds() >= 10, e.id());
            } else {
                assertNotNull(d.tempo(), e.id());
                assertTrue(d.tempo().up() > 0 && d.tempo().down() > 0, e.id() + " needs time to move up and down");
            }
            assertTrue(d.restSeconds() > 0, e.id() + " rest");
        }
    }

    @Test
    void easierAndHarderReferencesResolveToOtherExercises() {
        for (Exercise e : catalog.all()) {
            for (Exercise.Variant v : List.of(e.easier(), e.harder())) {
                v.exercise().ifPresent(ref -> {
                    assertTrue(catalog.find(ref).isPresent(), e.id() + " refers to unknown " + ref);
                    assertFalse(ref.equals(e.id()), e.id() + " refers to itself");
                });
            }
        }
    }

    @Test
    void everyExerciseHasPoseDataForItsDemonstration() {
        for (Exercise e : catalog.all()) {
            assertNotNull(getClass().getResource(org.popcheck.exercise.figure.Movements.FOLDER + e.id() + ".json"), e.id());
        }
    }

    @Test
    void theMessageKeysTheScreensNeedExist() {
        for (Region r : Region.values()) {
            assertTrue(Messages.has("exercises.region." + r.id()), "exercises.region." + r.id());
        }
        for (String key : List.of("exercises.title", "exercises.filter.all", "exercises.stop.title", "exercises.session.painQuestion",
                "exercises.plan.title", "exercises.plan.clinicianFirst", "exercises.plan.none", "exercises.dosage.reps",
                "exercises.dosage.hold")) {
            assertTrue(Messages.has(key), key);
        }
    }

    @Test
    void forRegionsKeepsCatalogOrderAndOnlyMatchingExercises() {
        List<Exercise> neck = catalog.forRegions(List.of(Region.SPINE_NECK));
        assertFalse(neck.isEmpty());
        neck.forEach(e -> assertTrue(e.regions().contains(Region.SPINE_NECK)));
        List<Exercise> all = catalog.all();
        for (int i = 1; i < neck.size(); i++) {
            assertTrue(all.indexOf(neck.get(i - 1)) < all.indexOf(neck.get(i)));
        }
    }
}
