package org.popcheck.triage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A warning sign not present now that would raise the level if it appeared: the take-home safety net. */
public record WatchSign(String fact, String text, Level wouldBecome) {

    /**
     * The signs grouped by the level each would lead to, most urgent level first, each group in the
     * given order. A list of 30 or 40 signs reads as a few short lists under "Call the emergency number
     * now if:", "Go to an emergency department ... if:" and so on, with the gravest first, instead of
     * one long list that repeats the level after every sign.
     */
    public static Map<Level, List<WatchSign>> byLevel(List<WatchSign> signs) {
        Map<Level, List<WatchSign>> grouped = new EnumMap<>(Level.class);
        for (WatchSign s : signs) {
            grouped.computeIfAbsent(s.wouldBecome(), l -> new ArrayList<>()).add(s);
        }
        return grouped; // an EnumMap iterates in declaration order: most urgent first
    }
}
