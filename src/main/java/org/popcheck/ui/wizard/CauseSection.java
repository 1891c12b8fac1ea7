package org.popcheck.ui.wizard;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.causes.RankedCause;
import org.popcheck.check.CheckResult;
import org.popcheck.exercise.PlannedExercise;
import org.popcheck.i18n.AnswerWords;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.common.Styles;

/**
 * "What is probably making the noise": each cause with its likelihood, a small drawing where one
 * helps, what it means, the answers that point to it, what helps (with the exercises of the plan
 * chosen for it), when to worry and the source. "We can't tell from these answers" when none fits.
 */
final class CauseSection {

    private static final double PICTURE_WIDTH = 150;

    private CauseSection() {}

    static VBox of(CheckResult check, Assessment assessment, FactCatalog facts) {
        VBox box = new VBox(10);
        box.setId("result-causes");
        if (check.causesHeldBack()) {
            Label later = ResultPage.wrapped(Messages.get("wizard.result.causes.heldBack"));
            later.setId("result-causes-held-back");
            later.getStyleClass().add(Styles.TEXT_BOLD);
            box.getChildren().addAll(ResultPage.section("wizard.result.causes"), later);
            return box;
        }
        if (check.checkedFirst()) {
            Label first = ResultPage.wrapped(Messages.get("wizard.result.causes.checkFirst"));
            first.setId("result-causes-check-first");
            first.getStyleClass().add(Styles.TEXT_BOLD);
            box.getChildren().add(ResultPage.section("wizard.result.causes"));
            box.getChildren().add(first);
        } else {
            box.getChildren().add(ResultPage.section("wizard.result.causes"));
        }
        if (check.causes().isEmpty()) {
            Label none = ResultPage.wrapped(Messages.get("wizard.result.causes.none"));
            none.setId("result-causes-none");
            box.getChildren().add(none);
        }
        for (RankedCause c : check.causes()) {
            box.getChildren().add(cause(c, check.plan().items(), assessment, facts));
        }
        return box;
    }

    private static Node cause(RankedCause c, List<PlannedExercise> plan, Assessment assessment, FactCatalog facts) {
        Label name = ResultPage.wrapped(Messages.get("wizard.result.cause.name", c.cause().name(),
                Messages.get("triage.likelihood." + c.likelihood().id())));
        name.getStyleClass().add(Styles.TEXT_BOLD);
        VBox text = new VBox(4, name, ResultPage.wrapped(c.explanation()));
        List<String> answers = c.facts().stream().map(f -> AnswerWords.describe(f, assessment, facts)).toList();
        text.getChildren().add(ResultPage.wrapped(Messages.get("wizard.result.because", String.join("; ", answers))));
        text.getChildren().add(ResultPage.wrapped(Messages.get("wizard.result.cause.helps", c.helps())));
        // Every planned exercise this cause lists, also when a more likely cause brought it in first.
        List<String> ids = c.cause().exercises().stream().map(x -> x.exerciseId()).toList();
        List<String> forIt = plan.stream().filter(p -> ids.contains(p.exercise().id())).map(p -> p.exercise().name()).toList();
        if (!forIt.isEmpty()) {
            text.getChildren().add(ResultPage.wrapped(Messages.get("wizard.result.cause.exercises", String.join(", ", forIt))));
        }
        text.getChildren().add(ResultPage.wrapped(Messages.get("wizard.result.cause.concern", c.concern())));
        text.getChildren().add(ResultPage.muted(Messages.get("wizard.result.cause.sources", c.source())));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox row = new HBox(14);
        CausePicture.of(c.cause().picture()).ifPresent(p -> {
            p.setAccessibleText(Messages.get("wizard.result.cause.picture", c.cause().name()));
            // One width for every drawing, so the texts of all causes start at the same line.
            StackPane frame = new StackPane(p);
            frame.setAlignment(Pos.TOP_CENTER);
            frame.setMinWidth(PICTURE_WIDTH);
            frame.setPrefWidth(PICTURE_WIDTH);
            row.getChildren().add(frame);
        });
        row.getChildren().add(text);
        row.getStyleClass().add("pc-cause");
        row.setUserData(c.cause().id());
        return row;
    }
}
