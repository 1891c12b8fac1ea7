package org.popcheck.triage;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The level part of a check in the JSON shape of spec/assessment.md, plus {@code watch_for} and
 * {@code exercises_withheld}; org.popcheck.check.CheckResultJson adds the exercises and the causes.
 */
public final class TriageResultJson {

    private TriageResultJson() {}

    public static JsonObject toTree(TriageResult result) {
        JsonObject root = new JsonObject();
        root.addProperty("level", result.level().id());
        JsonArray reasons = new JsonArray();
        for (Reason r : result.reasons()) {
            JsonObject o = new JsonObject();
            o.addProperty("rule", r.rule());
            o.addProperty("level", r.level().id());
            // Rules about the whole person have no site; the keys stay, so every reason has one shape.
            o.add("region", r.site() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.site().region().id()));
            o.add("side", r.site() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.site().side().id()));
            JsonArray facts = new JsonArray();
            r.facts().forEach(facts::add);
            o.add("facts", facts);
            o.addProperty("text", r.text());
            o.addProperty("source", r.source());
            reasons.add(o);
        }
        root.add("reasons", reasons);
        root.addProperty("advice", result.advice());
        JsonArray watch = new JsonArray();
        for (WatchSign w : result.watchFor()) {
            JsonObject o = new JsonObject();
            o.addProperty("fact", w.fact());
            o.addProperty("text", w.text());
            o.addProperty("level", w.wouldBecome().id());
            watch.add(o);
        }
        root.add("watch_for", watch);
        // Why exercises are held back at a level that would otherwise allow them (issue 12): the
        // suspicions of the rules that fired, e.g. ["fracture"]. Empty when nothing holds them back.
        JsonArray withheld = new JsonArray();
        result.exercisesWithheld().forEach(s -> withheld.add(s.id()));
        root.add("exercises_withheld", withheld);
        return root;
    }
}
