package org.popcheck.triage;

import java.util.Collection;
import java.util.List;
import org.popcheck.assessment.Assessment;

/**
 * The small condition language of assets/triage/rules.json (documented in assets/triage/README.md).
 * Every condition is monotonic: no negation, so a new "yes" or a higher number can only make more
 * rules fire, never fewer. That is what keeps "a rule never lowers a level" true by construction.
 */
public sealed interface Condition {

    boolean test(Assessment a);

    /** Adds the answers that make this condition true (call only when {@link #test} is true). */
    void collectFacts(Assessment a, Collection<String> out);

    /**
     * The condition as alternatives (disjunctive normal form): it holds exactly when every atom of at
     * least one alternative holds. Atoms are the conditions other than {@code all} and {@code any}.
     * Used to check that every way a rule can fire is one the wizard can ask.
     */
    default List<List<Condition>> alternatives() {
        return List.of(List.of(this));
    }

    /** {@code {"yes": "fever"}}: answered yes or "unsure". */
    record Yes(String fact) implements Condition {
        public boolean test(Assessment a) {
            return a.yes(fact);
        }

        public void collectFacts(Assessment a, Collection<String> out) {
            out.add(fact);
        }
    }

    /** {@code {"atLeast": {"pain": 1}}} or, with {@code strict}, {@code {"moreThan": {"bruising_days": 3}}}. */
    record NumberAtLeast(String fact, double threshold, boolean strict) implements Condition {
        public boolean test(Assessment a) {
            var n = a.number(fact);
            return n.isPresent() && (strict ? n.getAsDouble() > threshold : n.getAsDouble() >= threshold);
        }

        public void collectFacts(Assessment a, Collection<String> out) {
            out.add(fact);
        }
    }

    /** {@code {"is": {"sound": "grind"}}}: a choice equals the option, or a list contains it. */
    record Is(String fact, String option) implements Condition {
        public boolean test(Assessment a) {
            return a.choice(fact).map(option::equals).orElse(false) || a.choices(fact).contains(option);
        }

        public void collectFacts(Assessment a, Collection<String> out) {
            out.add(fact);
        }
    }

    /** {@code {"age": {"min": 8, "max": 16}}}: both bounds inclusive, either may be left out. */
    record Age(Integer min, Integer max) implements Condition {
        public boolean test(Assessment a) {
            return (min == null || a.age() >= min) && (max == null || a.age() <= max);
        }

        public void collectFacts(Assessment a, Collection<String> out) {
            out.add("age");
        }
    }

    /**
     * {@code {"injury": "any"}}: injury, major_trauma or fall_from_standing is yes. {@code {"injury": "recent"}}:
     * the same, and injury_days_ago is absent or at most 10 (the window of the Ottawa rules).
     * {@code {"injury": {"withinDays": 28}}}: the same with a window of that many days.
     *
     * @param maxDays the window in days; null for any injury, however long ago
     */
    record Injury(Integer maxDays) implements Condition {
        static final List<String> FACTS = List.of("injury", "major_trauma", "fall_from_standing");
        static final String DAYS_AGO = "injury_days_ago";
        static final int RECENT_DAYS = 10;

        /** Any injury, or one within the Ottawa window ({@value #RECENT_DAYS} days). */
        Injury(boolean recentOnly) {
            this(recentOnly ? Integer.valueOf(RECENT_DAYS) : null);
        }

        /** True when the injury must be within a window of days. */
        public boolean recentOnly() {
            return maxDays != null;
        }

        public boolean test(Assessment a) {
            boolean injured = a.yes("injury") || a.yes("major_trauma") || a.yes("fall_from_standing");
            if (!injured || !recentOnly()) {
                return injured;
            }
            var days = a.number(DAYS_AGO);
            return days.isEmpty() || days.getAsDouble() <= maxDays;
        }

        public void collectFacts(Assessment a, Collection<String> out) {
            FACTS.stream().filter(a::yes).forEach(out::add);
            if (recentOnly() && a.number(DAYS_AGO).isPresent()) {
                out.add(DAYS_AGO);
            }
        }
    }

    /** {@code {"all": [...]}}: every part holds. */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }

        public boolean test(Assessment a) {
            for (Condition c : parts) {
                if (!c.test(a)) {
                    return false;
                }
            }
            return true;
        }

        public void collectFacts(Assessment a, Collection<String> out) {
            parts.forEach(c -> c.collectFacts(a, out));
        }

        @Override
        public List<List<Condition>> alternatives() {
            List<List<Condition>> out = List.of(List.of());
            for (Condition part : parts) {
                List<List<Condition>> next = new java.util.ArrayList<>();
                for (List<Condition> prefix : out) {
                    for (List<Condition> alt : part.alternatives()) {
                        List<Condition> joined = new java.util.ArrayList<>(prefix);
                        joined.addAll(alt);
                        next.add(List.copyOf(joined));
                    }
                }
                out = next;
            }
            return out;
        }
    }

    /** {@code {"any": [...]}}: at least one part holds; every part that holds is named as a reason. */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }

        public boolean test(Assessment a) {
            for (Condition c : parts) {
                if (c.test(a)) {
                    return true;
                }
            }
            return false;
        }

        public void collectFacts(Assessment a, Collection<String> out) {
            parts.stream().filter(c -> c.test(a)).forEach(c -> c.collectFacts(a, out));
        }

        @Override
        public List<List<Condition>> alternatives() {
            return parts.stream().flatMap(p -> p.alternatives().stream()).toList();
        }
    }
}
