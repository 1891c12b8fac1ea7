package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.popcheck.assessment.FactDefinition;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the wizard like a person: clicks what it sees, scrolling the page first when needed. */
final class WizardDriver {

    private final FxRobot robot;

    WizardDriver(FxRobot robot, javafx.stage.Stage stage) {
        this.robot = robot;
        // Key presses go to the focused window: give the wizard's window the focus, as a person would have it.
        robot.targetWindow(stage);
        robot.interact(stage::requestFocus);
    }

    Node node(String query) {
        Node n = robot.lookup(query).query();
        assertTrue(n != null, "no node " + query);
        return n;
    }

    boolean exists(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    /** Scrolls the wizard page so that the node is in view, then clicks it. */
    void click(String query) {
        Node n = node(query);
        reveal(n);
        robot.clickOn(n, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void next() {
        click("#wizard-next");
    }

    void type(String query, String text) {
        click(query);
        robot.eraseText(20);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Answers given so far through {@link #answerPage}: one per list, one per question (Next and Back are not answers). */
    int answersGiven;

    /**
     * Answers every screen now shown on the page, as a person would: a list of signs with "None of
     * these", or "I have one of these" and a tick for each wanted "yes", or "Not sure about one"
     * and each sign on its own when one is wanted "unsure"; single questions by their control. The
     * given answers are by fact id ("yes", "no", "unsure", an option, or a number); everything else
     * no (or the first option).
     */
    void answerPage(WizardViewModel model, WizardStep step, Map<String, String> answers) {
        java.util.Set<String> done = new java.util.HashSet<>();
        for (int round = 0; round < 4; round++) { // answers can reveal follow-up questions
            for (org.popcheck.plan.PlanScreen screen : model.screensOf(step)) {
                // an answer given in this round can take later screens away (an emergency level needs no
                // less urgent list) or change them: only screens the page still shows are answered
                if (!model.screensOf(step).contains(screen)) {
                    continue;
                }
                String key = screen.kind() + ":" + (screen.tier() == null ? screen.facts().get(0) : screen.tier());
                if (screen.kind() == org.popcheck.plan.PlanScreen.Kind.LIST) {
                    if (!done.add(key)) {
                        continue;
                    }
                    answerList(screen, answers);
                    continue;
                }
                FactDefinition f = model.catalogFact(screen.facts().get(0));
                if (model.answerOf(f.id()).isPresent() && !answers.containsKey(f.id()) || !done.add(key)) {
                    continue;
                }
                answerQuestion(model, f, answers.get(f.id()));
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void answerList(org.popcheck.plan.PlanScreen list, Map<String, String> answers) {
        String tier = list.tier().key();
        List<String> yes = list.facts().stream().filter(id -> "yes".equals(answers.get(id))).toList();
        boolean unsure = list.facts().stream().anyMatch(id -> "unsure".equals(answers.get(id)));
        answersGiven++;
        if (unsure) {
            clickIfNotSelected("#list-" + tier + "-unsure");
            for (String id : list.facts()) {
                clickIfNotSelected("#a-" + id + "-" + answers.getOrDefault(id, "no"));
            }
        } else if (!yes.isEmpty()) {
            clickIfNotSelected("#list-" + tier + "-have");
            for (String id : yes) {
                clickIfNotSelected("#tick-" + id);
            }
        } else {
            clickIfNotSelected("#list-" + tier + "-none");
        }
    }

    private void answerQuestion(WizardViewModel model, FactDefinition f, String wanted) {
        switch (f.type()) {
            case YESNO -> clickIfNotSelected("#a-" + f.id() + "-" + (wanted == null ? "no" : wanted));
            case CHOICE -> clickIfNotSelected("#a-" + f.id() + "-" + (wanted == null ? f.options().get(0) : wanted));
            case MULTI -> {
                if (wanted != null) {
                    clickIfNotSelected("#a-" + f.id() + "-" + wanted);
                }
                return; // optional: not an answer the person must give
            }
            case NUMBER -> {
                if (f.id().equals("pain")) {
                    if (wanted == null || wanted.equals("0")) {
                        click("#a-pain-none");
                    } else {
                        Node thumb = node("#a-pain .thumb");
                        reveal(thumb);
                        robot.clickOn(thumb);
                        robot.push(KeyCode.HOME);
                        for (int i = 0; i < Integer.parseInt(wanted); i++) {
                            robot.push(KeyCode.RIGHT);
                        }
                    }
                } else if (model.numberText(f.id()).isEmpty() || wanted != null) {
                    type("#a-" + f.id(), wanted == null ? "0" : wanted);
                }
            }
        }
        answersGiven++;
    }

    private void clickIfNotSelected(String query) {
        Node n = node(query);
        if (n instanceof javafx.scene.control.Toggle t && t.isSelected()) {
            return;
        }
        if (n instanceof javafx.scene.control.CheckBox c && c.isSelected()) {
            return;
        }
        click(query);
    }

    /** Presses Tab until the node is focused, then Space: the keyboard-only way to pick it. */
    void tabToAndPress(String id, KeyCode key) {
        for (int i = 0; i < 400; i++) {
            Node focused = robot.targetWindow().getScene().getFocusOwner();
            if (focused != null && id.equals(focused.getId())) {
                robot.push(key);
                WaitForAsyncUtils.waitForFxEvents();
                return;
            }
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    void reveal(Node n) {
        robot.interact(() -> {
            ScrollPane pane = null;
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane sp) {
                    pane = sp;
                    break;
                }
            }
            if (pane == null || pane.getContent() == null) {
                return;
            }
            Node content = pane.getContent();
            Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double contentH = content.getBoundsInLocal().getHeight();
            double viewH = pane.getViewportBounds().getHeight();
            if (contentH > viewH) {
                double v = (b.getMinY() - viewH / 3) / (contentH - viewH);
                pane.setVvalue(Math.max(0, Math.min(1, v)));
            }
            pane.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A picture of the window, into target/screenshots and, with -Dpopcheck.docs=true, docs/screenshots. */
    void screenshot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        var holder = new java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage>();
        robot.interact(() -> holder.set(robot.targetWindow().getScene().snapshot(null)));
        // The docs show the English window; the Spanish and German walks keep theirs in target/ only.
        Path inTarget = Path.of("target/screenshots", name + ".png");
        List<Path> files = org.popcheck.i18n.Messages.language() == org.popcheck.i18n.Language.EN
                ? org.popcheck.testsupport.DocPictures.places(inTarget, Path.of("docs/screenshots", name + ".png")) : List.of(inTarget);
        for (Path file : files) {
            try {
                Files.createDirectories(file.getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(holder.get(), null), "png", file.toFile());
            } catch (IOException e) {
                throw new AssertionError("could not write screenshot " + name, e);
            }
        }
    }
}
