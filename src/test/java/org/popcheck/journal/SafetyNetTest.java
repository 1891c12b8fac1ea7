package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.UnknownAgeTriage;

class SafetyNetTest {

    private final SafetyNet net = new SafetyNet(TriageEngine.standard(), FactCatalog.standard());

    private static JournalEntry entry(Region region, Side side, List<String> signs) {
        return new JournalEntry("e", OffsetDateTime.parse("2026-03-01T10:00:00Z"), new BodySite(region, side), "pop", "daily", 2,
                null, signs, "", false, null, null);
    }

    private static JournalEntry savedRun(int age, Map<String, Answer> facts) {
        Assessment a = new Assessment(age, List.of(new BodySite(Region.HIP, Side.LEFT)), facts);
        return new JournalEntry("w", OffsetDateTime.parse("2026-02-01T10:00:00Z"), null, null, null, null, null, null, "", false, null,
                new SavedAssessment(a, Level.SELF_CARE, List.of()));
    }

    @Test
    void anEntryWithoutWarningSignsIsNotChecked() {
        assertTrue(net.check(entry(Region.ANKLE, Side.LEFT, List.of()), List.of(), "112").isEmpty());
    }

    @Test
    void aHotRedJointIsPointedOutWithItsReasons() {
        Optional<UnknownAgeTriage.Outcome> f = net.check(entry(Region.ANKLE, Side.LEFT, List.of("hot_red_joint", "fever")), List.of(), "112");
        assertTrue(f.isPresent());
        assertTrue(f.get().level().isMoreUrgentThan(Level.CONSULTATION), f.get().level().toString());
        assertFalse(f.get().result().reasons().isEmpty());
        assertFalse(f.get().ageKnown());
    }

    @Test
    void withoutAKnownAgeTheMostUrgentAgeIsAssumed() {
        // A new limp is urgent for a child or teenager only (a slipping growth plate), so an unknown
        // age must be treated as if it could be that of a teenager.
        JournalEntry limp = entry(Region.HIP, Side.LEFT, List.of("limp"));
        Level unknownAge = net.check(limp, List.of(), "112").map(UnknownAgeTriage.Outcome::level).orElse(Level.SELF_CARE);
        Level adult = net.check(limp, List.of(savedRun(40, Map.of())), "112").map(UnknownAgeTriage.Outcome::level).orElse(Level.SELF_CARE);
        assertTrue(unknownAge.isMoreUrgentThan(adult), unknownAge + " vs " + adult);
    }

    @Test
    void theAgeAndLastingFactsComeFromTheLatestSavedAssessment() {
        JournalEntry bruise = entry(Region.FOOT, Side.RIGHT, List.of("bruise_spreading"));
        Optional<UnknownAgeTriage.Outcome> withThinners = net.check(bruise, List.of(savedRun(50, Map.of("anticoagulant", Answer.YesNo.YES))), "112");
        assertTrue(withThinners.isPresent());
        assertTrue(withThinners.get().ageKnown());
        assertTrue(withThinners.get().result().reasons().stream().anyMatch(r -> r.facts().contains("anticoagulant")),
                withThinners.get().result().reasons().toString());
    }

    /**
     * A "no" to "is the joint that pops a replaced joint?" was given about the joint of that check
     * (here the left hip): it is not carried to an entry about another joint, where a clinician
     * would read it as answered. A "yes" or "not sure" is carried (never less cautious).
     */
    @Test
    void anAnswerAboutTheJointIsCarriedOnlyToThatJointUnlessItRaises() {
        JournalEntry hipCheck = savedRun(30, Map.of("joint_replacement", Answer.YesNo.NO, "diabetes_or_neuropathy", Answer.YesNo.NO));
        UnknownAgeTriage.Outcome ankle = net.check(entry(Region.ANKLE, Side.RIGHT, List.of("fever", "hot_red_joint")), List.of(hipCheck), "112").orElseThrow();
        assertFalse(ankle.asked().facts().containsKey("joint_replacement"), ankle.asked().facts().toString());
        assertEquals(Answer.YesNo.NO, ankle.asked().facts().get("diabetes_or_neuropathy"), "a fact about the person goes with every entry");
        UnknownAgeTriage.Outcome sameHip = net.check(entry(Region.HIP, Side.LEFT, List.of("fever", "hot_red_joint")), List.of(hipCheck), "112").orElseThrow();
        assertEquals(Answer.YesNo.NO, sameHip.asked().facts().get("joint_replacement"));
        for (Answer.YesNo raising : List.of(Answer.YesNo.YES, Answer.YesNo.UNSURE)) {
            JournalEntry replaced = savedRun(30, Map.of("joint_replacement", raising));
            UnknownAgeTriage.Outcome other = net.check(entry(Region.ANKLE, Side.RIGHT, List.of("fever")), List.of(replaced), "112").orElseThrow();
            assertEquals(raising, other.asked().facts().get("joint_replacement"));
            assertTrue(other.result().reasons().stream().anyMatch(r -> r.facts().contains("joint_replacement")), other.result().reasons().toString());
        }
    }

    /** Every person fact asked about "the joint that pops" is in SafetyNet.ABOUT_THE_JOINT, and only those. */
    @Test
    void theFactsAboutTheJointAreThoseTheCatalogAsksAboutTheJoint() {
        java.util.Set<String> aboutTheJoint = new java.util.TreeSet<>();
        for (var f : FactCatalog.standard().group("person")) {
            if (f.question().toLowerCase(java.util.Locale.ROOT).contains("the joint that pops")) {
                aboutTheJoint.add(f.id());
            }
        }
        assertFalse(aboutTheJoint.isEmpty());
        assertEquals(aboutTheJoint, new java.util.TreeSet<>(SafetyNet.ABOUT_THE_JOINT));
    }
}
