package org.popcheck.ui.wizard;

import java.util.List;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.plan.PlanScreen;

/** Answers the wizard's questions through its view model, whatever the catalog asks (for walks through every screen). */
public final class ModelAnswers {

    private ModelAnswers() {}

    /**
     * Every screen of the step: each list of signs answered "None of these" (for {@code NO}), "I
     * have one of these" with every sign ticked (for {@code YES}) or "Not sure about one" with every
     * sign not sure (for {@code UNSURE}); each yes/no question with {@code yesNo}, a choice with its
     * first option, a number with 1 (the age with 40). Call on the JavaFX thread.
     */
    public static void answerEverything(WizardViewModel model, WizardStep step, Answer.YesNo yesNo) {
        if (step == WizardStep.ABOUT) {
            model.ageTextProperty().set("40");
        }
        for (int round = 0; round < 4 && !model.stoppedProperty().get(); round++) { // answers can reveal follow-ups
            for (PlanScreen screen : List.copyOf(model.screensOf(step))) {
                if (model.stoppedProperty().get()) {
                    return;
                }
                if (screen.kind() == PlanScreen.Kind.LIST) {
                    answerList(model, screen, yesNo);
                    continue;
                }
                FactDefinition f = model.catalogFact(screen.facts().get(0));
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

    private static void answerList(WizardViewModel model, PlanScreen list, Answer.YesNo yesNo) {
        switch (yesNo) {
            case NO -> model.answerList(list.tier(), WizardViewModel.ListMode.NONE);
            case YES -> {
                model.answerList(list.tier(), WizardViewModel.ListMode.HAVE);
                list.facts().forEach(id -> model.tick(id, true));
            }
            case UNSURE -> {
                model.answerList(list.tier(), WizardViewModel.ListMode.UNSURE);
                list.facts().forEach(id -> model.answer(id, Answer.YesNo.UNSURE));
            }
        }
    }
}
