package org.popcheck.assessment;

import java.util.List;

/** A value given for one fact. The variants mirror {@link FactType}. */
public sealed interface Answer {

    /** yes, no, or not sure. */
    enum YesNo implements Answer {
        YES, NO, UNSURE;

        /** "unsure" counts as yes wherever a fact raises the level (spec/assessment.md). */
        public boolean countsAsYes() {
            return this != NO;
        }
    }

    record Number(double value) implements Answer {}

    record Choice(String option) implements Answer {}

    record Choices(List<String> options) implements Answer {
        public Choices {
            options = List.copyOf(options);
        }
    }
}
