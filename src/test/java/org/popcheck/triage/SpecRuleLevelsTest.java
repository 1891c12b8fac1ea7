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
 * spec/triage-rules.md (version 2) transcribed row by row: the level each rule must give at the least, and the
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

    private static final Set<Region> LEGS_AND_LOWER_BACK = Set.of(Region.HIP, Region.ANKLE, Region.FOOT, Region.SPINE_LOWER);

    /**
     * spec/triage-rules.md version 2, row by row. Rows the project adds (more cautious than the
     * spec, each with a hazard-log line) are marked "project"; their level here is the one chosen.
     */
    private static final Map<String, Row> SPEC = Map.ofEntries(
            // Emergency signs (any region, asked first)
            entry("chest-pain-or-breathless", row(AMB, ANY)),
            entry("chest-symptoms", row(AMB, ANY)),
            entry("dizzy-vision-speech", row(AMB, ANY)),
            entry("sudden-severe-headache", row(AMB, ANY)),
            entry("sepsis-or-meningitis", row(AMB, ANY)),
            entry("abdominal-pain-or-collapse", row(AMB, ANY)),
            // Any region
            entry("cold-pale-limb", row(ED, ANY)),
            entry("cold-pale-limb-deformed", row(AMB, ANY)),
            entry("injury-deformity-or-wound", row(ED, ANY)),
            entry("crack-at-injury-with-pain", row(ED, Set.of(Region.ANKLE, Region.FOOT, Region.HIP))),
            entry("pain-out-of-proportion", row(ED, ANY)),
            entry("fever-with-hot-or-swollen-joint", row(ED, ANY)),
            entry("joint-replacement-with-fever", row(ED, ANY)),
            entry("hot-joint-infection-risk", row(ED, ANY)),       // project: outside cases, no fever (H08)
            entry("hot-swollen-joint", row(ED, ANY)),              // project: review 9, hot swollen joint without fever (H08)
            entry("hip-cannot-bear-weight", row(ED, HIP)),         // project: review 10, any age, no injury (H05)
            entry("cannot-walk-after-sudden-pop", row(ED, ANKLE_FOOT)), // project: review 10, a pop in sport not called an injury (H06)
            entry("foot-cannot-walk-child-or-fragile", row(ED, ANKLE_FOOT)), // project: review 10, under 16, 65+, thin bones (H05)
            entry("fever-weak-immune-system", row(ED, ANY)),       // project: review 10, NICE CG151 (H03)
            entry("fever-with-hip-pain", row(ED, HIP)),            // project: review 10, fever with any hip pain (H08)
            entry("fever-cannot-walk", row(ED, ANKLE_FOOT)),       // project: review 10, fever and cannot walk (H08)
            entry("baby-bruise", row(C24, ANY)),                   // project: review 10, NICE CG89 (H05)
            entry("child-unexplained-bruising", row(C24, ANY)),    // project: review 10, NICE NG12 (H16)
            entry("joint-replacement-after-fall", row(ED, HIP)),   // project: review 10, periprosthetic fracture (H05)
            entry("blood-thinner-joint-bleed", row(ED, ANY)),      // project: review 10, bleed without injury (H15)
            entry("blood-thinner-fall-neck", row(ED, NECK)),       // project: review 10, NICE NG232 (H17)
            entry("blood-thinner-fall", row(C24, ANY)),            // project: review 10, NICE NG232 (H15, H17)
            entry("joint-replacement-urgent", row(ED, ANY)),       // project: review 9, artificial joint (H08)
            entry("young-unexplained-swelling", row(C24, ANY)),    // project: review 9, NICE NG12 (H16)
            entry("joint-replacement-swelling", row(C24, ANY)),    // project: outside cases, no fever (H08)
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
            entry("major-trauma", row(ED, ANY)),
            entry("head-injury", row(ED, ANY)),
            entry("cast-too-tight", row(ED, ANY)),
            entry("fever-with-joint-pain", row(C24, ANY)),
            entry("fever-with-deep-hip-pain", row(ED, HIP)),
            entry("spreading-redness", row(C24, ANY)),
            entry("spreading-redness-high-risk", row(ED, ANY)),
            entry("foot-sore-spreading", row(C24, ANKLE_FOOT)),
            entry("foot-sore-spreading-high-risk", row(ED, ANKLE_FOOT)),
            entry("cancer-history-with-pain", row(C24, ANY)),
            entry("weight-loss-with-pain", row(C24, ANY)),
            entry("young-night-pain", row(C24, ANY)),
            entry("bleeding-disorder-injury", row(ED, ANY)),
            entry("blood-thinner-injury-swelling", row(C24, ANY)),
            entry("fragility-fracture-any", row(C24, ANY)),
            entry("older-fall-with-pain", row(C24, ANY)),          // project
            entry("baby-with-fever", row(ED, ANY)),                 // project
            entry("child-fever", row(C24, ANY)),                    // project
            entry("baby-joint-complaint", row(C, ANY)),             // project (the spec asks it for the hip)
            entry("baby-injury", row(ED, ANY)),                     // project
            entry("child-injury-with-pain", row(C, ANY)),           // project
            entry("child-recent-injury-with-pain", row(C24, ANY)),  // project: the new-user trial's 8-year-old (H05)
            entry("arm-weakness", row(C24, Set.of(Region.SPINE_NECK, Region.SPINE_UPPER))),  // project: trial 2's weak arm (H14)
            entry("hip-injury-with-pain", row(C, HIP)),             // project
            entry("cannot-bear-weight", row(C24, ANY)),             // project
            entry("deformity-without-injury", row(C24, ANY)),       // project
            entry("bleeding-disorder-joint-bleed", row(ED, ANY)),  // project: outside cases, a joint bleed with no injury (H15)
            entry("blood-thinner-joint-swelling", row(C24, ANY)),  // project: outside cases (H15)
            // Ankle and foot
            entry("ottawa-ankle-foot", row(ED, ANKLE_FOOT)),
            entry("injury-still-painful-bone-signs", row(C24, ANKLE_FOOT)), // project: trial 13, Ottawa signs past the 10-day window while it still hurts (H06)
            entry("cannot-walk-four-steps", row(C24, ANKLE_FOOT)),
            entry("achilles-rupture", row(ED, ANKLE_FOOT)),
            entry("calf-swelling", row(ED, Set.of(Region.ANKLE, Region.FOOT, Region.HIP))),
            entry("calf-swelling-with-chest-symptoms", row(AMB, Set.of(Region.ANKLE, Region.FOOT, Region.HIP))),
            entry("hot-big-toe", row(C24, ANKLE_FOOT)),
            entry("hot-big-toe-with-fever", row(ED, ANKLE_FOOT)),
            entry("diabetic-foot-infection", row(ED, ANKLE_FOOT)),
            entry("charcot-foot", row(C24, ANKLE_FOOT)),
            entry("diabetic-foot-check", row(C, ANKLE_FOOT)),
            entry("peroneal-tendon-snapping", row(C, ANKLE_FOOT)),
            entry("high-ankle-injury", row(ED, ANKLE_FOOT)),
            entry("lisfranc-injury", row(ED, ANKLE_FOOT)),
            entry("cannot-rise-on-tiptoe-after-injury", row(ED, ANKLE_FOOT)),
            entry("cannot-rise-on-tiptoe", row(C, ANKLE_FOOT)),
            entry("diabetic-foot-sore", row(C24, ANKLE_FOOT)),     // project: review 10, NICE NG19 (H09)
            entry("cancer-history-with-limb-pain", row(C, ANKLE_FOOT)), // project: review 10 (H16)
            entry("persistent-joint-swelling", row(C, ANY)),       // project: review 10, NICE NG100 (H20)
            // Hip
            entry("hip-fracture", row(ED, HIP)),
            entry("hip-fracture-older-or-shortened", row(AMB, HIP)),
            entry("leg-short-turned-out", row(ED, HIP)),
            entry("child-hip-infection", row(ED, HIP)),
            entry("adolescent-limp", row(C24, HIP)),
            entry("groin-pain-bone-risk", row(C, HIP)),
            entry("older-hip-after-fall", row(ED, HIP)),
            entry("child-limp", row(C24, LEGS_AND_LOWER_BACK)),
            entry("child-limp-urgent", row(ED, LEGS_AND_LOWER_BACK)),
            entry("toddler-limp", row(ED, LEGS_AND_LOWER_BACK)),    // project: same day under 3 (NICE CKS)
            entry("adult-limp", row(C, LEGS_AND_LOWER_BACK)),
            entry("adult-limp-groin", row(C24, HIP)),
            entry("bisphosphonate-thigh-pain", row(C24, HIP)),
            entry("baby-hip-urgent", row(ED, HIP)),
            entry("hip-cannot-bear-weight-fragile", row(ED, HIP)), // project: outside cases, no fall remembered (H05)
            entry("adolescent-hip-pain", row(C24, HIP)),           // project: outside cases, a slipping growth plate without a limp (H10)
            entry("hip-injury-fragile-bones", row(ED, HIP)),       // project: review 9 (H05)
            entry("hip-infection-risk", row(ED, HIP)),             // project: review 9, no fever (H08)
            entry("hip-infection-risk-pain", row(C24, HIP)),       // project: review 9, no fever (H08)
            entry("exercise-groin-pain", row(C24, HIP)),           // project: review 9, femoral neck stress fracture (H05)
            entry("exercise-bone-stress", row(C24, Set.of(Region.ANKLE, Region.FOOT, Region.HIP))), // project: review 10, stress fracture without a fall (H05)
            entry("cancer-history-with-hip-pain", row(C24, HIP)),  // project: review 10, metastasis to the pelvis or femur (H16)
            // Spine: all three parts
            entry("cauda-equina-or-cord", row(ED, SPINE)),
            entry("spine-progressive-weakness", row(ED, SPINE)),
            entry("spinal-infection", row(ED, SPINE)),
            entry("cancer-history-with-back-pain", row(C24, SPINE)),
            entry("cancer-history-with-nerve-signs", row(ED, SPINE)),
            entry("spine-after-injury", row(C, SPINE)),
            entry("spinal-infection-risk", row(ED, SPINE)),        // project: outside cases, no fever (H08)
            entry("spinal-infection-risk-pain", row(C24, SPINE)),  // project: outside cases, no fever (H08)
            entry("blood-thinner-spine-nerve-signs", row(ED, SPINE)), // project: review 9, spinal haematoma (H13, H15)
            entry("cancer-history-with-nerve-root-signs", row(ED, SPINE)), // project: review 9, NICE NG234 (H16)
            entry("cancer-history-with-arm-or-hand-signs", row(ED, Set.of(Region.SPINE_NECK, Region.SPINE_UPPER))), // project: review 9 (H16)
            entry("cancer-history-with-difficulty-walking", row(ED, Set.of(Region.SPINE_LOWER))), // project: review 9 (H16)
            entry("blood-thinner-spine-arm-weakness", row(ED, Set.of(Region.SPINE_NECK, Region.SPINE_UPPER))), // project: review 9 (H13, H15)
            // Spine: lower and upper back
            entry("both-legs-symptoms", row(ED, BACK)),
            entry("fragility-fracture", row(C24, BACK)),
            entry("inflammatory-back-pain", row(C, BACK)),
            entry("spine-bone-risk-pain", row(C, BACK)),           // project: outside cases, no fall (H05)
            entry("young-child-back-pain", row(C24, BACK)),        // project: review 9, under five; review 13 raised to 24 hours, PMM (H10)
            entry("young-athlete-back-pain", row(C, Set.of(Region.SPINE_LOWER))), // project: review 10, spondylolysis (H05)
            entry("spine-bone-risk-severe-pain", row(C24, BACK)),  // project: review 10, vertebral fracture without a fall (H05)
            entry("older-back-after-fall", row(ED, BACK)),         // project: review 10, NICE NG41 at 65 (H05)
            // Spine: neck
            entry("neck-major-trauma", row(AMB, NECK)),
            entry("head-injury-with-neck", row(AMB, NECK)),
            entry("canadian-c-spine", row(ED, NECK)),
            entry("young-child-neck-pain", row(C24, NECK)),        // project: review 10, under five; review 13 raised to 24 hours, PMM (H10)
            entry("child-neck-pain-lasting", row(C, NECK)),        // project: review 10, a child's neck over a week (H10)
            entry("stiff-neck-with-fever", row(ED, NECK)),
            entry("myelopathy", row(C24, NECK)),
            entry("myelopathy-progressing", row(ED, NECK)),
            // Review 11 (project rules, each more cautious than the spec; hazard log, section "Review 11")
            entry("foot-cannot-walk", row(ED, ANKLE_FOOT)),        // project: review 11, an adult who cannot walk, no injury (H05, H08)
            entry("artificial-joint-after-fall", row(ED, Set.of(Region.ANKLE, Region.FOOT, Region.SPINE_NECK, Region.SPINE_UPPER, Region.SPINE_LOWER))), // project: review 11 (H05)
            entry("blood-thinner-injury-pain", row(C24, ANY)),     // project: review 11, a deep bleed shows no swelling (H15)
            entry("blood-thinner-hip-injury", row(ED, HIP)),       // project: review 11, a bleed or hidden break in the hip (H05, H15)
            entry("unexplained-bruising", row(C24, ANY)),          // project: review 11, NICE NG12 in adults (H16)
            entry("cannot-rise-on-tiptoe-after-sudden-pop", row(ED, ANKLE_FOOT)), // project: review 11, Achilles rupture not called an injury (H07)
            entry("adolescent-hip-limp-with-pain", row(ED, HIP)),  // project: review 11, a slipping growth plate (H10)
            // Review 12 (project rules, each more cautious than the spec; hazard log, section "Review 12")
            entry("head-knock-bleeding-risk", row(ED, ANY)),       // project: review 12, NICE NG232, a head knock on blood thinners (H17)
            entry("head-knock-older", row(ED, ANY)),               // project: review 12, NEXUS II, a head knock at 65 and over (H17)
            entry("joint-infection-risk", row(ED, ANKLE_FOOT)),    // project: review 12, an infected ankle or foot without fever (H08)
            // Review 13 (project rules, each more cautious than the spec; hazard log, section "Review 13")
            entry("young-child-any-complaint", row(C, ANY)),       // project: review 13, under five any complaint, no exercises (H10, H19)
            entry("older-fall-any-complaint", row(C, ANY)),        // project: review 13, NICE CG161, a fall at 65 and over without pain (H05)
            entry("child-limp-with-pain-away-from-hip", row(ED, Set.of(Region.ANKLE, Region.FOOT, Region.SPINE_LOWER)))); // project: review 13, a slipping growth plate felt lower down (H10)

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
