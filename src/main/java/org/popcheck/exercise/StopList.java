package org.popcheck.exercise;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The general stop list of assets/exercises/stop.json, shown on every exercise screen: the signs that
 * should stop any exercise (those that cannot wait followed by their triage level's words), and the
 * reassurance that a painless click is harmless.
 *
 * @param signs        the signs, at least one, each with a stable id and its plain words
 * @param reassurance  one sentence about painless noises
 */
public record StopList(List<Sign> signs, String reassurance) {

    /**
     * One sign of the list.
     *
     * @param id   stable, lower case with underscores (e.g. {@code sharp_pain}); what the journal keeps
     * @param text the sign in the language in use; for a sign with {@code care}, followed by what that level tells the person
     * @param care the triage level the sign calls for when it cannot wait (emergency or ambulance), else null
     */
    public record Sign(String id, String text, org.popcheck.triage.Level care) {

        public Sign {
            if (id == null || !id.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("a stop sign needs an id of lower-case letters, digits and underscores, not " + id);
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("the stop sign " + id + " has no words");
            }
        }
    }

    public static final String RESOURCE = "/assets/exercises/stop.json";

    /** One per language: the signs are read in the language in use. */
    private static final org.popcheck.i18n.PerLanguage<StopList> STANDARD = new org.popcheck.i18n.PerLanguage<>(StopList::load);

    public StopList {
        signs = List.copyOf(signs);
        if (signs.isEmpty()) {
            throw new IllegalArgumentException("the stop list needs at least one sign");
        }
        if (signs.stream().map(Sign::id).distinct().count() < signs.size()) {
            throw new IllegalArgumentException("each stop sign needs its own id");
        }
        if (signs.stream().anyMatch(g -> g.id().equals(org.popcheck.journal.ExerciseDone.SOMETHING_ELSE)
                || g.id().equals(org.popcheck.journal.ExerciseDone.NOT_SAID_WHICH))) {
            throw new IllegalArgumentException("the ids something_else and not_said_which are kept for the journal's own use");
        }
        if (reassurance == null || reassurance.isBlank()) {
            throw new IllegalArgumentException("the stop list needs its reassurance about painless noises");
        }
    }

    /** The stop list that ships with the app, in the language in use. */
    public static StopList standard() {
        return STANDARD.get();
    }

    /**
     * The most urgent care the signs with these ids call for, when one of them cannot wait ("call the
     * emergency number" for chest pain); empty when none does.
     */
    public java.util.Optional<org.popcheck.triage.Level> careNow(java.util.Collection<String> ids) {
        return signs.stream().filter(g -> g.care() != null && ids.contains(g.id())).map(Sign::care)
                .reduce((a, b) -> a.isMoreUrgentThan(b) ? a : b);
    }

    /** The words of the signs, in list order. */
    public List<String> texts() {
        return signs.stream().map(Sign::text).toList();
    }

    /**
     * The words for a sign the journal kept: the list's sign, "Something else", "A stop sign (which one was
     * not recorded)" for a session saved before the signs were named, or the id itself for a sign this
     * version's list does not have (so nothing recorded is ever dropped from what a clinician reads).
     */
    public String words(String id) {
        if (org.popcheck.journal.ExerciseDone.SOMETHING_ELSE.equals(id) || org.popcheck.journal.ExerciseDone.NOT_SAID_WHICH.equals(id)) {
            return org.popcheck.i18n.Messages.get("exercises.stopSign." + id);
        }
        return signs.stream().filter(g -> g.id().equals(id)).map(Sign::text).findFirst().orElse(id.replace('_', ' '));
    }

    private static StopList load() {
        var in = org.popcheck.i18n.ContentOverlay.open(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The stop list " + RESOURCE + " is missing from the application");
        }
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The stop list " + RESOURCE + " is not valid: " + e.getMessage(), e);
        }
    }

    /**
     * The sign's words, and for a sign that cannot wait what to do, in the triage level's own words
     * ("Go to an emergency department or urgent care today"): written once, so the stop list can never
     * send a person somewhere else than the check does for the same sign.
     */
    private static String withCare(String sign, org.popcheck.triage.Level care) {
        return care == null || sign == null ? sign : org.popcheck.i18n.Messages.get("exercises.stop.signWithCare", sign, care.words());
    }

    static StopList parse(Reader reader) {
        JsonObject root = JsonParser.parseReader(reader).getAsJsonObject();
        if (!root.has("signs") || !root.get("signs").isJsonArray()) {
            throw new IllegalArgumentException("\"signs\" must be a list of texts");
        }
        List<Sign> signs = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("signs")) {
            if (!e.isJsonObject() || !e.getAsJsonObject().has("id") || !e.getAsJsonObject().has("text")) {
                throw new IllegalArgumentException("each sign must be an object with \"id\" and \"text\"");
            }
            JsonObject o = e.getAsJsonObject();
            org.popcheck.triage.Level care = null;
            if (o.has("care")) {
                String level = o.get("care").getAsString();
                care = org.popcheck.triage.Level.fromId(level).filter(l -> l.isMoreUrgentThan(org.popcheck.triage.Level.CONSULTATION_24))
                        .orElseThrow(() -> new IllegalArgumentException("the stop sign " + o.get("id").getAsString()
                                + " has \"care\": \"" + level + "\", which is not emergency or emergency_ambulance"));
            }
            signs.add(new Sign(o.get("id").getAsString(), withCare(o.get("text").getAsString(), care), care));
        }
        JsonElement r = root.get("reassurance");
        return new StopList(signs, r == null || r.isJsonNull() ? null : r.getAsString());
    }
}
