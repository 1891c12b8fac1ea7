package org.popcheck.triage;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.popcheck.body.Region;

/**
 * spec/triage-rules.md transcribed row by row: the level each rule must give at the least, and the
 * regions it must cover. An edit to rules.json that drops a rule, lowers a level or narrows a
 * region fails here; a more cautious level is allowed.
 */
class SpecRuleLevelsTest {

    private static final Level AMB = Level.EMERGENCY_AMBULANCE;
    private static final Level ED = Level.EMERGENCY;
    private static final Level C24 = Level.CONSULTATION_24;
    private static final Level C = Level.CONSULTATION;

    private static final Set<Region> ANY = Set.of();
    private static final Set<Region> ANKLE_FOOT = Set.of(Region.ANKLE, Region.FOOT);
    private static final Set<Region> HIP = Set.of(Region.HIP);
    private static final Set<Region> SPINE = Set.of(Region.SPINE_NECK, Region.SPINE_UPPER, Region.SPINE_LOWER);
    private static final Set<Region> BACK = Set.of(Region.SPINE_UPPER, Region.SPINE_LOWER);
    private static final Set<Region> NECK = Set.of(Region.SPINE_NECK);

    record Row(Level atLeast, Set<Region> covers) {}

    private static Row row(Level level, Set<Region> regions) {
        return new Row(level, regions);
    }

    private static final Map<String, Row> SPEC = Map.ofEntries(
            // Any region
            entry("chest-pain-or-breathless", row(AMB, ANY)),
            entry("cold-pale-limb", row(ED, ANY)),
            entry("cold-pale-limb-deformed", row(AMB, ANY)),
            entry("injury-deformity-or-wound", row(ED, ANY)),
            entry("crack-at-injury-with-pain", row(ED, Set.of(Region.ANKLE, Region.FOOT, Region.HIP))),
            entry("pain-out-of-proportion", row(ED, ANY)),
            entry("fever-with-hot-or-swollen-joint", row(ED, ANY)),
            entry("joint-replacement-with-fever", row(ED, ANY)),
            entry("hot-red-joint", row(C24, ANY)),
            entry("lasting-numbness", row(C24, ANY)),
            entry("leg-weakness", row(C24, ANY)),
            entry("worsening-weakness", row(ED, ANY)),
            entry("radiating-pain", row(C, ANY)),
            entry("bruising", row(C, ANY)),
            entry("spreading-bruise-on-blood-thinners", row(C24, ANY)),
            entry("mechanical-symptoms", row(C, ANY)),
            entry("persistent-or-worsening", row(C, ANY)),
            entry("severe-pain", row(C, ANY)),
            entry("painful-popping-that-persists", row(C, ANY)),
            entry("painful-grinding-over-45", row(C, ANY)),
            // Ankle and foot
            entry("ottawa-ankle-foot", row(ED, ANKLE_FOOT)),
            entry("cannot-walk-four-steps", row(C24, ANKLE_FOOT)),
            entry("achilles-rupture", row(ED, ANKLE_FOOT)),
            entry("calf-swelling", row(ED, ANKLE_FOOT)),
            entry("calf-swelling-with-chest-symptoms", row(AMB, ANKLE_FOOT)),
            entry("hot-big-toe", row(C24, ANKLE_FOOT)),
            entry("hot-big-toe-with-fever", row(ED, ANKLE_FOOT)),
            entry("diabetic-foot-infection", row(ED, ANKLE_FOOT)),
            entry("charcot-foot", row(C24, ANKLE_FOOT)),
            entry("diabetic-foot-check", row(C, ANKLE_FOOT)),
            entry("peroneal-tendon-snapping", row(C, ANKLE_FOOT)),
            // Hip
            entry("hip-fracture", row(ED, HIP)),
            entry("hip-fracture-older-or-shortened", row(AMB, HIP)),
            entry("leg-short-turned-out", row(ED, HIP)),
            entry("child-hip-infection", row(ED, HIP)),
            entry("adolescent-limp", row(C24, HIP)),
            entry("groin-pain-bone-risk", row(C, HIP)),
            // Spine: all three parts
            entry("cauda-equina-or-cord", row(ED, SPINE)),
            entry("spine-progressive-weakness", row(ED, SPINE)),
            entry("spinal-infection", row(ED, SPINE)),
            entry("cancer-history-with-back-pain", row(C24, SPINE)),
            entry("cancer-history-with-nerve-signs", row(ED, SPINE)),
            entry("weight-loss-with-back-pain", row(C24, SPINE)),
            entry("spine-after-injury", row(C, SPINE)),
            // Spine: lower and upper back
            entry("both-legs-symptoms", row(ED, BACK)),
            entry("back-major-trauma", row(ED, BACK)),
            entry("fragility-fracture", row(C24, BACK)),
            entry("upper-back-chest-symptoms", row(AMB, Set.of(Region.SPINE_UPPER))),
            entry("inflammatory-back-pain", row(C, BACK)),
            // Spine: neck
            entry("neck-major-trauma", row(AMB, NECK)),
            entry("canadian-c-spine", row(ED, NECK)),
            entry("dizzy-vision-speech", row(AMB, NECK)),
            entry("stiff-neck-with-fever", row(ED, NECK)),
            entry("myelopathy", row(C24, NECK)),
            entry("myelopathy-progressing", row(ED, NECK)));

    private final Map<String, Rule> rules = RuleBook.standard().rules().stream()
            .collect(Collectors.toMap(Rule::id, r -> r));

    @Test
    void everyRowOfTheSpecHasARule() {
        Set<String> missing = new TreeSet<>(SPEC.keySet());
        missing.removeAll(rules.keySet());
        assertTrue(missing.isEmpty(), "spec rows without a rule: " + missing);
    }

    @Test
    void theRuleFileHasNoRuleTheSpecDoesNotKnow() {
        Set<String> extra = new TreeSet<>(rules.keySet());
        extra.removeAll(SPEC.keySet());
        assertEquals(Set.of(), extra, "add new rules to this table after clinical review");
    }

    @Test
    void noRuleIsLessUrgentThanTheSpec() {
        SPEC.forEach((id, spec) -> {
            Rule rule = rules.get(id);
            assertTrue(rule != null && rule.level().compareTo(spec.atLeast()) <= 0,
                    id + " must give at least " + spec.atLeast() + (rule == null ? "" : ", gives " + rule.level()));
        });
    }

    @Test
    void noRuleCoversFewerRegionsThanTheSpec() {
        SPEC.forEach((id, spec) -> {
            Rule rule = rules.get(id);
            if (spec.covers().isEmpty()) {
                assertTrue(rule.isPersonWide(), id + " must apply to every region");
            } else if (!rule.isPersonWide()) {
                assertTrue(rule.regions().containsAll(spec.covers()), id + " must cover " + spec.covers() + ", covers " + rule.regions());
            }
        });
    }
}
