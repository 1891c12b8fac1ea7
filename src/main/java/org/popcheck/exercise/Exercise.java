package org.popcheck.exercise;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.popcheck.body.Region;

/**
 * One strengthening or mobility exercise of the catalog, with everything a person needs to do it
 * safely: what it is for, how much of it, the steps, and when to stop.
 *
 * @param stopIf      signs that should make the person stop and seek care
 * @param easier      a gentler version (text, and maybe another exercise of the catalog)
 * @param harder      a more demanding version
 * @param stage       what it trains, for ordering after a recent injury
 * @param daysPerWeek how often to do it, 1..7 days a week
 * @param position    the position it is done in
 * @param cautions    what changes when a condition holds for the person; may be empty
 * @param regionPurposes what it is for when shown for one of its regions only (catalog
 *                    {@code "regionText": {"hip": {"purpose": ...}}}); a region not listed, or several
 *                    regions at once, get {@code purpose}, which names only what all its regions share
 */
public record Exercise(
        String id,
        String name,
        Set<Region> regions,
        String purpose,
        String equipment,
        Dosage dosage,
        List<String> steps,
        List<String> tips,
        String mistake,
        List<String> stopIf,
        Variant easier,
        Variant harder,
        Stage stage,
        int daysPerWeek,
        Position position,
        List<Caution> cautions,
        Map<Region, String> regionPurposes) {

    /** The most days a week an exercise can be done. */
    public static final int MAX_DAYS_PER_WEEK = 7;

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        regions = Set.copyOf(regions);
        steps = steps == null ? List.of() : List.copyOf(steps);
        tips = tips == null ? List.of() : List.copyOf(tips);
        stopIf = stopIf == null ? List.of() : List.copyOf(stopIf);
        purpose = purpose == null ? "" : purpose;
        equipment = equipment == null ? "" : equipment;
        mistake = mistake == null ? "" : mistake;
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(position, "position");
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        regionPurposes = regionPurposes == null ? Map.of() : Map.copyOf(regionPurposes);
        for (Map.Entry<Region, String> e : regionPurposes.entrySet()) {
            if (!regions.contains(e.getKey())) {
                throw new IllegalArgumentException(id + ": a purpose for " + e.getKey().id() + ", which is not one of its regions " + regions);
            }
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw new IllegalArgumentException(id + ": the purpose for " + e.getKey().id() + " is empty");
            }
        }
        if (daysPerWeek < 1 || daysPerWeek > MAX_DAYS_PER_WEEK) {
            throw new IllegalArgumentException(id + ": daysPerWeek must be 1 to 7, not " + daysPerWeek);
        }
    }

    /** An exercise with one purpose for all its regions. */
    public Exercise(String id, String name, Set<Region> regions, String purpose, String equipment, Dosage dosage, List<String> steps,
            List<String> tips, String mistake, List<String> stopIf, Variant easier, Variant harder, Stage stage, int daysPerWeek,
            Position position, List<Caution> cautions) {
        this(id, name, regions, purpose, equipment, dosage, steps, tips, mistake, stopIf, easier, harder, stage, daysPerWeek, position,
                cautions, Map.of());
    }

    /**
     * What it is for, in the words of the checked regions it serves: that region's own purpose when it
     * serves exactly one of {@code checked} and has one (a hip plan does not read about the ankle), else
     * the general purpose.
     */
    public String purpose(Set<Region> checked) {
        Region only = null;
        for (Region r : regions) {
            if (checked.contains(r)) {
                if (only != null) {
                    return purpose;
                }
                only = r;
            }
        }
        return only == null ? purpose : regionPurposes.getOrDefault(only, purpose);
    }

    /** A bare exercise with a default dosage, for callers (and tests) that only need id, name and regions. */
    public Exercise(String id, String name, Set<Region> regions) {
        this(id, name, regions, "", "", Dosage.reps(1, 10, 30, new Tempo(1, 0, 1), false), List.of(), List.of(), "", List.of(),
                null, null, Stage.STRENGTH, 3, Position.STANDING, List.of());
    }

    /** The cautions for one condition of the person, in catalog order. */
    public List<Caution> cautionsFor(PersonCondition condition) {
        return cautions.stream().filter(c -> c.condition() == condition).toList();
    }

    public Optional<Variant> easierVersion() {
        return Optional.ofNullable(easier);
    }

    public Optional<Variant> harderVersion() {
        return Optional.ofNullable(harder);
    }

    /** Seconds per phase of a counted rep: up, a pause at the end position, down. */
    public record Tempo(int up, int hold, int down) {
        public Tempo {
            if (up < 0 || hold < 0 || down < 0 || up + hold + down <= 0) {
                throw new IllegalArgumentException("A tempo needs non-negative phases that add up to more than 0 seconds");
            }
        }

        public int secondsPerRep() {
            return up + hold + down;
        }
    }

    /**
     * A timed activity: something done for minutes at an easy, steady pace (a walk), neither counted
     * reps nor a held position. Its id is the catalog's {@code activity} and names its words
     * ({@code exercises.session.activity.<id>}, {@code exercises.dosage.activity.<id>}).
     */
    public enum Activity {
        WALK("walk");

        private final String id;

        Activity(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The activity with this catalog id; IllegalArgumentException naming the known ones otherwise. */
        public static Activity fromId(String id) {
            for (Activity a : values()) {
                if (a.id.equals(id)) {
                    return a;
                }
            }
            throw new IllegalArgumentException("unknown activity \"" + id + "\" (known: "
                    + java.util.Arrays.stream(values()).map(Activity::id).toList() + ")");
        }
    }

    /**
     * How much to do: sets of counted reps paced by a tempo, sets of one timed hold, or a timed activity
     * such as a walk.
     *
     * @param reps        reps per set, or null for a hold or an activity
     * @param holdSeconds seconds per hold, or the seconds an activity lasts; null for counted reps
     * @param tempo       pacing of each rep, or null for a hold or an activity
     * @param activity    the activity timed in {@code holdSeconds}, or null for reps and holds
     * @param sets        sets per side
     * @param restSeconds seconds of rest between sets (with each side: between rounds of left and right)
     * @param eachSide    every set is done on the left and then on the right
     */
    public record Dosage(int sets, Integer reps, Integer holdSeconds, int restSeconds, Tempo tempo, boolean eachSide, Activity activity) {

        /** Seconds to change to the other side between the two sides of one round (rolling over, changing feet). */
        public static final int SWITCH_SIDES_SECONDS = 10;
        public Dosage {
            if (sets < 1) {
                throw new IllegalArgumentException("sets must be at least 1");
            }
            if ((reps == null) == (holdSeconds == null)) {
                throw new IllegalArgumentException("a dosage has either reps or holdSeconds, not both or neither");
            }
            if (reps != null && (reps < 1 || tempo == null)) {
                throw new IllegalArgumentException("counted reps need at least 1 rep and a tempo");
            }
            if (holdSeconds != null && holdSeconds < 1) {
                throw new IllegalArgumentException("holdSeconds must be at least 1");
            }
            if (restSeconds < 0) {
                throw new IllegalArgumentException("restSeconds must not be negative");
            }
            if (activity != null && holdSeconds == null) {
                throw new IllegalArgumentException("an activity is timed: it needs its seconds, not reps");
            }
        }

        /** Counted reps or a hold (no activity). */
        public Dosage(int sets, Integer reps, Integer holdSeconds, int restSeconds, Tempo tempo, boolean eachSide) {
            this(sets, reps, holdSeconds, restSeconds, tempo, eachSide, null);
        }

        public static Dosage reps(int sets, int reps, int restSeconds, Tempo tempo, boolean eachSide) {
            return new Dosage(sets, reps, null, restSeconds, tempo, eachSide);
        }

        public static Dosage hold(int sets, int holdSeconds, int restSeconds, boolean eachSide) {
            return new Dosage(sets, null, holdSeconds, restSeconds, null, eachSide);
        }

        /** A timed activity such as a walk for some minutes. */
        public static Dosage activity(Activity activity, int sets, int minutes, int restSeconds) {
            return new Dosage(sets, null, minutes * 60, restSeconds, null, false, java.util.Objects.requireNonNull(activity, "activity"));
        }

        /** Timed rather than counted: a hold or an activity ({@code holdSeconds} is set, {@code reps} is not). */
        public boolean isHold() {
            return holdSeconds != null;
        }

        /** A timed activity (a walk), told in minutes with its own words, not a held position. */
        public boolean isActivity() {
            return activity != null;
        }

        /** The same dose with other seconds per hold or activity, or other reps per set. */
        public Dosage withAmount(int amount) {
            return isHold() ? new Dosage(sets, null, amount, restSeconds, null, eachSide, activity)
                    : new Dosage(sets, amount, null, restSeconds, tempo, eachSide, null);
        }

        /** Sets actually performed: each side counts separately. */
        public int totalSets() {
            return eachSide ? sets * 2 : sets;
        }

        /**
         * Seconds the guided timer ({@link GuidedSession}) runs for this dose, start to finish: the
         * get-ready countdown, every set's movements, and the pause after each set but the last
         * ({@link #pauseAfter}). The planner sums these against its 15 minutes, so the promise and the
         * timer cannot disagree.
         */
        public int guidedSeconds() {
            int perSet = isHold() ? holdSeconds : reps * tempo.secondsPerRep();
            int seconds = GuidedSession.GET_READY_SECONDS + totalSets() * perSet;
            for (int set = 1; set < totalSets(); set++) {
                seconds += pauseAfter(set);
            }
            return seconds;
        }

        /**
         * Seconds of pause after set {@code set} (1-based, each side a set): 0 after the last. With each
         * side the sets alternate left, right, left...; between the two sides of a round only the time to
         * change position ({@value #SWITCH_SIDES_SECONDS} s), since one side rests while the other works;
         * after each round the catalog's rest.
         */
        public int pauseAfter(int set) {
            if (set >= totalSets()) {
                return 0;
            }
            return eachSide && set % 2 == 1 ? Math.min(SWITCH_SIDES_SECONDS, restSeconds) : restSeconds;
        }

        /** Seconds one movement takes: a whole rep at tempo, or the hold. */
        public int secondsPerMovement() {
            return isHold() ? holdSeconds : tempo.secondsPerRep();
        }
    }

    /**
     * An easier or harder version.
     *
     * @param exerciseId another exercise of the catalog this version is, or null for a described variation
     */
    public record Variant(String text, String exerciseId) {
        public Variant {
            Objects.requireNonNull(text, "text");
        }

        public Optional<String> exercise() {
            return Optional.ofNullable(exerciseId);
        }
    }
}
