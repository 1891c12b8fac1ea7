package org.popcheck.check;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.popcheck.causes.RankedCause;
import org.popcheck.exercise.Caution;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExercisePlan;
import org.popcheck.exercise.PlannedExercise;
import org.popcheck.triage.TriageResultJson;

/**
 * A check as the JSON of the {@code triage} command (spec/assessment.md, version 2): the level part of
 * {@link TriageResultJson}, then {@code exercises} (the session's ids, at most four), {@code exercise_plan}
 * (each id with why, the cause it addresses or null, stage, dose, days_per_week, the person's cautions and
 * instead_of), {@code exercises_left_out} (what a caution ruled out, with its words) and {@code causes}. {@code exercises_withheld} also names what a
 * likely cause holds back (a possible fracture after an injury).
 */
public final class CheckResultJson {

    private CheckResultJson() {}

    public static JsonObject toTree(CheckResult check) {
        JsonObject root = TriageResultJson.toTree(check.triage());
        JsonArray withheld = new JsonArray();
        check.plan().withheldFor().forEach(s -> withheld.add(s.id()));
        root.add("exercises_withheld", withheld);
        JsonArray ids = new JsonArray();
        check.plan().ids().forEach(ids::add);
        root.add("exercises", ids);
        JsonArray plan = new JsonArray();
        for (PlannedExercise p : check.plan().items()) {
            JsonObject o = new JsonObject();
            o.addProperty("exercise", p.exercise().id());
            o.addProperty("why", p.why());
            o.add("cause", p.causeId() == null ? JsonNull.INSTANCE : new JsonPrimitive(p.causeId()));
            o.addProperty("stage", p.exercise().stage().id());
            o.add("dose", doseJson(p.exercise().dosage()));
            o.addProperty("days_per_week", p.exercise().daysPerWeek());
            JsonArray cautions = new JsonArray();
            p.cautions().forEach(c -> cautions.add(caution(c)));
            o.add("cautions", cautions);
            o.add("instead_of", p.insteadOf() == null ? JsonNull.INSTANCE : new JsonPrimitive(p.insteadOf()));
            plan.add(o);
        }
        root.add("exercise_plan", plan);
        JsonArray leftOut = new JsonArray();
        for (ExercisePlan.LeftOut l : check.plan().leftOut()) {
            JsonObject o = caution(l.caution());
            o.addProperty("exercise", l.exercise().id());
            leftOut.add(o);
        }
        root.add("exercises_left_out", leftOut);
        JsonArray causes = new JsonArray();
        for (RankedCause c : check.causes()) {
            JsonObject o = new JsonObject();
            o.addProperty("cause", c.cause().id());
            o.addProperty("likelihood", c.likelihood().id());
            JsonArray facts = new JsonArray();
            c.facts().forEach(facts::add);
            o.add("facts", facts);
            o.addProperty("name", c.cause().name());
            o.addProperty("text", c.explanation());
            o.addProperty("helps", c.helps());
            o.addProperty("concern", c.concern());
            o.addProperty("source", c.source());
            causes.add(o);
        }
        root.add("causes", causes);
        return root;
    }

    /** A dose as triage output gives it: sets, then reps, hold_seconds, or activity and minutes; rest_seconds, each_side. */
    public static JsonObject doseJson(Exercise.Dosage d) {
        JsonObject o = new JsonObject();
        o.addProperty("sets", d.sets());
        if (d.isActivity()) {
            // a walk is timed in minutes, not held: it says what it is
            o.addProperty("activity", d.activity().id());
            o.addProperty("minutes", d.holdSeconds() / 60);
        } else if (d.isHold()) {
            o.addProperty("hold_seconds", d.holdSeconds());
        } else {
            o.addProperty("reps", d.reps());
        }
        o.addProperty("rest_seconds", d.restSeconds());
        o.addProperty("each_side", d.eachSide());
        return o;
    }

    private static JsonObject caution(Caution c) {
        JsonObject o = new JsonObject();
        o.addProperty("if", c.condition().id());
        o.addProperty("action", c.action().id());
        o.addProperty("say", c.say());
        return o;
    }

    /** Pretty-printed JSON, nulls kept. */
    public static String write(CheckResult check) {
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(toTree(check));
    }
}
