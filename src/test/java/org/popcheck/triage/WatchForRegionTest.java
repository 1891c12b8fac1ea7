package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/**
 * The watch-for list of a check names only what belongs with the places checked: an ankle, a foot or
 * a hip is not told to watch for pain shooting down an arm (a trial found it under the ankle), while
 * the neck and the back, whose nerves run to the arms, still are. Whole-person emergencies (a stroke
 * names a weak arm) stay on every list.
 */
class WatchForRegionTest {

    /** An arm or a hand named in an English watch sentence. */
    private static final Pattern ARM = Pattern.compile("\\b(arm|arms|hand|hands)\\b", Pattern.CASE_INSENSITIVE);

    private static TriageResult check(Region region) {
        BodySite site = region.isPaired() ? new BodySite(region, Side.LEFT) : BodySite.spine(region);
        // Some pain, so the follow-ups that need it (shooting pain) are asked and watched.
        Assessment a = new Assessment(40, List.of(site), Map.of("pain", new Answer.Number(3)));
        TriageResult r = TriageEngine.standard().evaluate(a, "112");
        assertFalse(r.level().isEmergency(), "the list is for a non-emergency check: " + r.level());
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Region.class)
    void everyRegionsWatchListNamesArmsOnlyForTheSpineOrAWholePersonEmergency(Region region) {
        TriageResult r = check(region);
        assertFalse(r.watchFor().isEmpty(), region + " has a watch list");
        for (WatchSign sign : r.watchFor()) {
            boolean wholePersonEmergency = sign.wouldBecome() == Level.EMERGENCY_AMBULANCE;
            if (!region.isSpine() && !wholePersonEmergency) {
                assertFalse(ARM.matcher(sign.text()).find(), region + " is told to watch for " + sign.fact() + ": " + sign.text());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Region.class, names = {"SPINE_NECK", "SPINE_UPPER", "SPINE_LOWER"})
    void theSpineStillWatchesForPainShootingDownAnArm(Region region) {
        List<String> facts = check(region).watchFor().stream().map(WatchSign::fact).toList();
        assertTrue(facts.contains("radiating_arm_pain"), region + ": " + facts);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Region.class, names = {"ANKLE", "FOOT", "HIP"})
    void aLegsJointStillWatchesForPainShootingDownALeg(Region region) {
        List<String> facts = check(region).watchFor().stream().map(WatchSign::fact).toList();
        assertTrue(facts.contains("radiating_leg_pain"), region + ": " + facts);
        assertEquals(-1, facts.indexOf("radiating_arm_pain"), region + ": " + facts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"no_such\": [\"ankle\"]}|forRegions names 'no_such', which has no watch sentence",
        "{\"fever\": [\"knee\"]}|names 'knee', which is not a region",
        "{\"fever\": []}|must be a list of regions",
    })
    void aBadForRegionsIsRefusedWithAMessageNamingIt(String forRegions, String expected) {
        WatchForAgeTest.assertWatchFileRefused("\"forRegions\": " + forRegions, expected);
    }
}
