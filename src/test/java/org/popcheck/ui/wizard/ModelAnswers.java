package org.popcheck.ui.wizard;

import java.util.List;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.FactDefinition;

/** Answers the wizard's questions through its view model, whatever the catalog asks (for walks through every screen). */
public final class ModelAnswers {

    private ModelAnswers() {}

    /**
     * Every question asked on the step: yes/no ones with {@code yesNo}, a choice with its first
     * option, a number with 1 (the age with 40). Call on the JavaFX thread.
     */
    public static void answerEverything(WizardViewModel model, WizardStep step, Answer.YesNo yesNo) {
        if (step == WizardStep.ABOUT) {
            model.ageTextProperty().set("40");
        }
        for (int round = 0; round < 4 && !model.stoppedProperty().get(); round++) { // answers can reveal follow-ups
            for (FactDefinition f : model.questionsOf(step)) {
                if (!model.isAsked(f) || model.stoppedProperty().get()) {
                    continue;
                }
                switch (f.type()) {
                    case YESNO -> model.answer(f.id(), yesNo);
                    case CHOICE -> model.answer(f.id(), new Answer.Choice(f.options().get(0)));
                    case MULTI -> model.answer(f.id(), new Answer.Choices(List.of(f.options().get(0))));
                    case NUMBER -> {
                        if (model.numberText(f.id()).isEmpty()) {
                            model.setNumberText(f.id(), "1");
                        }
                    }
                }
            }
        }
    }
}
