package org.popcheck.plan;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.popcheck.assessment.Assessment;

/**
 * The output of {@code triage --plan}: {@code {"screens": [{"kind": "list"|"question", "facts": [...]},
 * ...], "answers_needed": N}}. A list also names its {@code tier} (emergency, same_day, within_a_day,
 * within_weeks). The age and the places come before the first screen and are counted in
 * {@code answers_needed}.
 */
public final class CheckPlanJson {

    private CheckPlanJson() {}

    public static JsonObject toTree(CheckPlanner planner, Assessment assessment) {
        JsonObject root = new JsonObject();
        JsonArray screens = new JsonArray();
        for (PlanScreen s : planner.screens(assessment)) {
            JsonObject o = new JsonObject();
            o.addProperty("kind", s.kind().id());
            if (s.tier() != null) {
                o.addProperty("tier", s.tier().key());
            }
            JsonArray facts = new JsonArray();
            s.facts().forEach(facts::add);
            o.add("facts", facts);
            screens.add(o);
        }
        root.add("screens", screens);
        root.addProperty("answers_needed", planner.answersNeeded(assessment));
        return root;
    }

    public static String write(CheckPlanner planner, Assessment assessment) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(toTree(planner, assessment));
    }
}
