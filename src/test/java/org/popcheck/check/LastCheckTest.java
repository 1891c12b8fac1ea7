package org.popcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageEngine;

/** Which saved or on-screen check stands in the way of a guided session (trial 12, H1). */
class LastCheckTest {

    private static final TriageEngine ENGINE = TriageEngine.standard();
    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-03-02T10:00:00Z");

    private final List<JournalEntry> journal = new ArrayList<>();

    private void saveCheck(Region region, Level level, OffsetDateTime at) {
        Side side = region.isPaired() ? Side.RIGHT : Side.CENTER;
        Assessment a = new Assessment(40, List.of(new BodySite(region, side)), Map.of());
        journal.add(new JournalEntry("c" + journal.size(), at, null, null, null, null, List.of(), List.of(), "", false, List.of(),
                new SavedAssessment(a, level, List.of())));
    }

    @Test
    void aLaterHomeCareCheckOfAnotherPlaceDoesNotClearAPlaceWhoseLastCheckSaidCareFirst() {
        saveCheck(Region.HIP, Level.EMERGENCY, MONDAY);
        saveCheck(Region.SPINE_LOWER, Level.SELF_CARE, MONDAY.plusHours(1));
        List<Region> hipFlexorStretch = List.of(Region.HIP, Region.SPINE_LOWER);

        var blocking = LastCheck.blockingFor(hipFlexorStretch, journal, ENGINE, null);
        assertTrue(blocking.isPresent(), "the hip's own last check still says the emergency department");
        assertEquals(Level.EMERGENCY, blocking.get().level());
        assertTrue(LastCheck.blockingFor(List.of(Region.SPINE_LOWER), journal, ENGINE, null).isEmpty(),
                "a back-only exercise follows the back's newer home-care check");
    }

    @Test
    void anEmergencyAsTheLatestCheckOfAnyPlaceHoldsBackEveryExercise() {
        saveCheck(Region.ANKLE, Level.SELF_CARE, MONDAY);
        saveCheck(Region.HIP, Level.EMERGENCY, MONDAY.plusHours(1));
        var blocking = LastCheck.blockingFor(List.of(Region.SPINE_NECK), journal, ENGINE, null);
        assertTrue(blocking.isPresent(), "sent to the emergency department, no neck exercise either");
        assertFalse(blocking.get().regions().contains(Region.SPINE_NECK));

        saveCheck(Region.SPINE_NECK, Level.SELF_CARE, MONDAY.plusHours(2));
        assertTrue(LastCheck.blockingFor(List.of(Region.SPINE_NECK), journal, ENGINE, null).isEmpty(), "a newer check clears it");
        assertTrue(LastCheck.blockingFor(List.of(Region.HIP), journal, ENGINE, null).isPresent(), "but not for the hip");
    }

    @Test
    void aCareFirstLevelBelowTheEmergenciesHoldsBackOnlyItsOwnPlaces() {
        saveCheck(Region.ANKLE, Level.CONSULTATION_24, MONDAY);
        assertTrue(LastCheck.blockingFor(List.of(Region.ANKLE, Region.FOOT), journal, ENGINE, null).isPresent());
        assertTrue(LastCheck.blockingFor(List.of(Region.SPINE_NECK), journal, ENGINE, null).isEmpty());
    }

    @Test
    void theCheckOnScreenCountsAsTheNewestEvenUnsaved() {
        saveCheck(Region.SPINE_LOWER, Level.SELF_CARE, MONDAY);
        Assessment hip = new Assessment(72, List.of(new BodySite(Region.HIP, Side.RIGHT)), Map.of());

        LastCheck callNow = LastCheck.onScreen(hip, Level.EMERGENCY_AMBULANCE, true);
        var any = LastCheck.blockingFor(List.of(Region.SPINE_LOWER), journal, ENGINE, callNow);
        assertEquals(Level.EMERGENCY_AMBULANCE, any.orElseThrow().level(), "call now on screen: no session of any place");

        LastCheck within24h = LastCheck.onScreen(hip, Level.CONSULTATION_24, true);
        assertTrue(LastCheck.blockingFor(List.of(Region.HIP), journal, ENGINE, within24h).isPresent());
        assertTrue(LastCheck.blockingFor(List.of(Region.SPINE_LOWER), journal, ENGINE, within24h).isEmpty());

        LastCheck withheld = LastCheck.onScreen(hip, Level.SELF_CARE, true);
        assertTrue(LastCheck.blockingFor(List.of(Region.HIP), journal, ENGINE, withheld).isPresent(),
                "a plan that left exercises out (a suspected fracture) holds back even at a mild level");
    }

    /**
     * The check on screen counts as made when it was made, not whenever the exercise screen asks: an emergency
     * logged after it (a quick entry's warning sign the safety net checked) is newer and holds back every
     * exercise. Taken as made "now", a home-care check of the morning lifted an emergency logged at noon.
     */
    @Test
    void anEmergencyLoggedAfterTheCheckOnScreenIsNewerThanIt() {
        Assessment knee = new Assessment(40, List.of(new BodySite(Region.ANKLE, Side.LEFT)), Map.of());
        LastCheck homeCareThisMorning = LastCheck.onScreen(knee, Level.SELF_CARE, false, MONDAY);
        saveCheck(Region.HIP, Level.EMERGENCY, MONDAY.plusHours(2));
        var blocking = LastCheck.blockingFor(List.of(Region.ANKLE), journal, ENGINE, homeCareThisMorning);
        assertEquals(Level.EMERGENCY, blocking.orElseThrow().level());
        assertTrue(LastCheck.blockingFor(List.of(Region.ANKLE), journal, ENGINE,
                LastCheck.onScreen(knee, Level.SELF_CARE, false, MONDAY.plusHours(3))).isEmpty(), "a check on screen made after it lifts it");
    }
}
