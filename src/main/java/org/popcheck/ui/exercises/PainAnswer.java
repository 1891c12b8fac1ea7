package org.popcheck.ui.exercises;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.popcheck.i18n.Messages;

/**
 * The answer to the end-of-session pain question: a whole number from 0 to 10, or not answered. A session's
 * end starts not answered, and a slider left where it starts says nothing: without this a person who did not
 * touch it was saved as "pain 0", which a clinician reads as "no pain". Not answered is saved as no pain at all.
 */
final class PainAnswer {

    private final ObjectProperty<Integer> value = new SimpleObjectProperty<>(null);

    /** The pain given, or null while not answered. */
    Integer value() {
        return value.get();
    }

    ReadOnlyObjectProperty<Integer> valueProperty() {
        return value;
    }

    boolean answered() {
        return value.get() != null;
    }

    /** The person gave {@code pain}, rounded to a whole step and held to 0..10. */
    void answer(double pain) {
        value.set((int) Math.max(0, Math.min(10, Math.round(pain))));
    }

    /** The person takes the answer back, or chose not to answer. */
    void clear() {
        value.set(null);
    }

    /** "Not answered" or "Your answer: 4 of 10", in the language in use. */
    StringExpression words() {
        return Bindings.createStringBinding(() -> value.get() == null ? Messages.get("exercises.session.painNotAnswered")
                : Messages.get("exercises.session.painAnswer", value.get()), value);
    }
}
