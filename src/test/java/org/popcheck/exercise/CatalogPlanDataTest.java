package org.popcheck.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The plan members of the catalog (stage, daysPerWeek, position, cautions; shape in the issue 21
 * catalog schema), checked on the JSON itself: valid values, alternatives that exist and keep an
 * older person off the floor, and a staged set for every region.
 */
class CatalogPlanDataTest {

    private static final Set<String> STAGES = Set.of("mobility", "strength", "balance");
    private static final Set<String> POSITIONS = Set.of("standing", "sitting", "lying_back", "lying_side", "lying_front", "kneeling",
            "hands_knees");
    private static final Set<String> FLOOR = Set.of("lying_back", "lying_side", "lying_front", "kneeling", "hands_knees");
    private static final Set<String> CONDITIONS = Set.of("osteoporosis", "hip_replacement", "neuropathy", "pregnant",
            "swelling_or_giving_way", "possible_fracture", "age_65_plus");
    private static final Set<String> ACTIONS = Set.of("avoid", "adapt");
    private static final Set<String> PLAN_MEMBERS = Set.of("stage", "daysPerWeek", "position", "cautions");

    @Test
    void everyExerciseWithPlanDataHasAllOfItWithValidValues() {
        List<String> problems = new ArrayList<>();
        int complete = 0;
        for (JsonObject e : exercises().values()) {
            problems.addAll(planProblems(e));
            if (PLAN_MEMBERS.stream().allMatch(e::has)) {
                complete++;
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(complete >= 14, "only " + complete + " exercises carry the plan members");
    }

    @Test
    void thePlanCheckNamesEachKindOfBadValue() {
        String good = "{\"id\":\"x\",\"stage\":\"strength\",\"daysPerWeek\":3,\"position\":\"sitting\",\"cautions\":[]}";
        assertEquals(List.of(), planProblems(JsonParser.parseString(good).getAsJsonObject()));
        for (String bad : List.of(good.replace("strength", "power"), good.replace(":3", ":0"), good.replace(":3", ":8"),
                good.replace("sitting", "on_a_ball"), good.replace(",\"position\":\"sitting\"", ""),
                good.replace("[]", "[{\"if\":\"flu\",\"action\":\"avoid\",\"say\":\"s\"}]"),
                good.replace("[]", "[{\"if\":\"pregnant\",\"action\":\"skip\",\"say\":\"s\"}]"),
                good.replace("[]", "[{\"if\":\"pregnant\",\"action\":\"adapt\",\"say\":\" \"}]"),
                good.replace("[]", "[{\"if\":\"pregnant\",\"action\":\"avoid\",\"say\":\"s\",\"instead\":\"no-such\"}]"))) {
            assertFalse(planProblems(JsonParser.parseString(bad).getAsJsonObject()).isEmpty(), bad);
        }
    }

    @Test
    void everyFloorExerciseOffersAnOlderPersonAStandingOrSittingAlternative() {
        Map<String, JsonObject> all = exercises();
        List<String> problems = new ArrayList<>();
        for (JsonObject e : all.values()) {
            if (!e.has("position") || !FLOOR.contains(e.get("position").getAsString())) {
                continue;
            }
            String instead = null;
            for (JsonElement c : e.getAsJsonArray("cautions")) {
                JsonObject caution = c.getAsJsonObject();
                if (caution.get("if").getAsString().equals("age_65_plus") && caution.has("instead")) {
                    instead = caution.get("instead").getAsString();
                }
            }
            JsonObject alternative = instead == null ? null : all.get(instead);
            if (alternative == null || !alternative.has("position") || FLOOR.contains(alternative.get("position").getAsString())) {
                problems.add(id(e) + " is floor work without a standing or sitting alternative for age 65+ (instead: " + instead + ")");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyRegionHasAStagedSetWithBalanceWorkForTheLegs() {
        Map<String, JsonObject> all = exercises();
        // Until every exercise carries a stage (the plan branch fills the first seventeen), a region's set cannot be judged.
        Assumptions.assumeTrue(all.values().stream().allMatch(e -> e.has("stage")), "not every exercise has a stage yet");
        Map<String, Set<String>> stages = new HashMap<>();
        for (JsonObject e : all.values()) {
            for (JsonElement r : e.getAsJsonArray("regions")) {
                stages.computeIfAbsent(r.getAsString(), k -> new java.util.TreeSet<>()).add(e.get("stage").getAsString());
            }
        }
        for (String region : List.of("ankle", "foot", "hip", "spine_lower", "spine_upper", "spine_neck")) {
            Set<String> have = stages.getOrDefault(region, Set.of());
            assertTrue(have.contains("mobility") && have.contains("strength"), region + " has " + have);
            if (List.of("ankle", "foot", "hip").contains(region)) {
                assertTrue(have.contains("balance"), region + " has no balance exercise: " + have);
            }
        }
    }

    /** Plain-words problems with the plan members of one exercise entry; empty when there are none or all are valid. */
    static List<String> planProblems(JsonObject e) {
        List<String> out = new ArrayList<>();
        String id = id(e);
        if (PLAN_MEMBERS.stream().noneMatch(e::has)) {
            return out;
        }
        PLAN_MEMBERS.stream().filter(m -> !e.has(m)).forEach(m -> out.add(id + ": " + m + " is missing"));
        if (e.has("stage") && !STAGES.contains(e.get("stage").getAsString())) {
            out.add(id + ": unknown stage " + e.get("stage"));
        }
        if (e.has("daysPerWeek") && (e.get("daysPerWeek").getAsInt() < 1 || e.get("daysPerWeek").getAsInt() > 7)) {
            out.add(id + ": daysPerWeek must be 1 to 7, not " + e.get("daysPerWeek"));
        }
        if (e.has("position") && !POSITIONS.contains(e.get("position").getAsString())) {
            out.add(id + ": unknown position " + e.get("position"));
        }
        if (e.has("cautions")) {
            Map<String, JsonObject> all = exercises();
            for (JsonElement c : e.getAsJsonArray("cautions")) {
                JsonObject caution = c.getAsJsonObject();
                if (!caution.has("if") || !CONDITIONS.contains(caution.get("if").getAsString())) {
                    out.add(id + ": a caution with an unknown condition " + caution.get("if"));
                }
                if (!caution.has("action") || !ACTIONS.contains(caution.get("action").getAsString())) {
                    out.add(id + ": a caution with an unknown action " + caution.get("action"));
                }
                if (!caution.has("say") || caution.get("say").getAsString().isBlank()) {
                    out.add(id + ": a caution says nothing to the person");
                }
                if (caution.has("instead")) {
                    String instead = caution.get("instead").getAsString();
                    if (!all.containsKey(instead) || instead.equals(id)) {
                        out.add(id + ": instead names " + instead + ", not another exercise of the catalog");
                    }
                }
            }
        }
        return out;
    }

    private static String id(JsonObject e) {
        return e.get("id").getAsString();
    }

    private static Map<String, JsonObject> exercises() {
        try (var reader = new InputStreamReader(CatalogPlanDataTest.class.getResourceAsStream(ExerciseCatalog.RESOURCE),
                StandardCharsets.UTF_8)) {
            Map<String, JsonObject> out = new java.util.LinkedHashMap<>();
            for (JsonElement e : JsonParser.parseReader(reader).getAsJsonObject().getAsJsonArray("exercises")) {
                out.put(e.getAsJsonObject().get("id").getAsString(), e.getAsJsonObject());
            }
            return out;
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
