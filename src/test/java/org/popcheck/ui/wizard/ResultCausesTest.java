package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Side;
import org.popcheck.causes.CauseBook;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.triage.TriageEngine;
import org.popcheck.ui.Outcome;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The result screen's "What is probably making the noise": shown with each cause, why, what it means,
 * what helps and a drawing; after the advice under "get checked first" at consultation_24; "we can't
 * tell" when nothing fits. Pictures at 1280x800 and 1024x600, at 1x and 2x text, go to target/screenshots;
 * with {@code -Dpopcheck.docs=true} the 1280x800 one at the usual text size is also docs/screenshots/result-causes.png.
 */
@ExtendWith(ApplicationExtension.class)
class ResultCausesTest {

    private static final Assessment SNAPPING_HIP = new Assessment(24, List.of(new BodySite(org.popcheck.body.Region.HIP, Side.RIGHT)), Map.of(
            "sound", new Answer.Choice("snap"), "same_spot_every_step", Answer.YesNo.YES, "frequency", new Answer.Choice("every_step"),
            "trigger", new Answer.Choices(List.of("walking")), "pain", new Answer.Number(0), "long_sitting", Answer.YesNo.YES));

    /** A window of this test's own: the primary stage is shared with the other screen tests and keeps its size. */
    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    private static Outcome outcome(Assessment a) {
        return new Outcome(a, TriageEngine.standard().evaluate(a, "112"));
    }

    /** The page in a frame like the main window's: the navigation's width on the left, the page scrolling. */
    private ResultPage show(FxRobot robot, Outcome outcome, int width, int height, double textScale) {
        return ResultPageFrame.show(robot, own.stage(), outcome, width, height, textScale);
    }

    private static int indexOf(ResultPage page, String id) {
        for (int i = 0; i < page.getChildren().size(); i++) {
            Node n = page.getChildren().get(i);
            if (id.equals(n.getId())) {
                return i;
            }
        }
        return -1;
    }

    private static String allText(Node n) {
        StringBuilder b = new StringBuilder();
        if (n instanceof Label l) {
            b.append(l.getText()).append('\n');
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> b.append(allText(c)));
        }
        return b.toString();
    }

    /** Every label in the node shows its whole text: none ends in "..." because it had no room. */
    private static void assertNoLabelIsCut(Node n) {
        if (n instanceof Label l && l.isVisible() && !l.getText().isEmpty()) {
            Text shown = (Text) l.lookup(".text");
            if (shown != null) {
                assertEquals(l.getText(), shown.getText(), "a label is cut short");
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(ResultCausesTest::assertNoLabelIsCut);
        }
    }

    @Test
    void aPainlessSnappingHipReadsThatATendonIsTheUsualCauseWhyAndWhichStretchesHelp(FxRobot robot) {
        ResultPage page = show(robot, outcome(SNAPPING_HIP), 1280, 800, 1.0);
        Node causes = page.lookup("#result-causes");
        String text = allText(causes);
        assertTrue(text.contains("What is probably making the noise"), text);
        assertTrue(text.contains("A tendon snapping over a bone (likely)"), text);
        assertTrue(text.contains("Because you answered: What does it sound or feel like? Snap"), text);
        assertTrue(text.contains(CauseBook.standard().find("tendon_snap").orElseThrow()
                .explanation(java.util.Set.of(org.popcheck.body.Region.HIP))), "what it means, in the hip's words");
        assertTrue(text.contains("At the hip"), text);
        assertTrue(text.contains("What helps: Stretching"), text);
        assertTrue(text.contains("Hip flexor stretch"), "the stretches chosen for it");
        assertTrue(robot.lookup("#cause-picture-tendon").tryQuery().isPresent(), "a drawing of a tendon over a bone");
        assertTrue(indexOf(page, "result-causes") < page.getChildren().indexOf(page.lookup("#result-advice")),
                "at home care it is the first thing answered");
        assertTrue(allText(page.lookup("#result-exercises")).contains("Hip flexor stretch \u2014 Lengthens the hip flexor"), "why each exercise");
    }

    @Test
    void atConsultationWithin24HoursTheCausesComeAfterTheAdviceUnderGetCheckedFirst(FxRobot robot) {
        ResultPage page = show(robot, outcome(SNAPPING_HIP.with("numbness_tingling", Answer.YesNo.YES)), 1280, 800, 1.0);
        int advice = page.getChildren().indexOf(page.lookup("#result-advice"));
        assertTrue(indexOf(page, "result-causes") > advice, "after the advice");
        assertTrue(robot.lookup("#result-causes-check-first").tryQuery().isPresent());
        assertTrue(allText(page.lookup("#result-causes")).contains("A tendon snapping over a bone"));
        assertTrue(allText(page.lookup("#result-exercises")).contains("No exercises for now"));
    }

    /** Answers that would point to a cause, with a sign that makes the check an emergency. */
    static List<Assessment> emergenciesWithACause() {
        Assessment wornAnkle = new Assessment(60, List.of(new BodySite(org.popcheck.body.Region.ANKLE, Side.LEFT)), Map.of(
                "sound", new Answer.Choice("grind"), "pain", new Answer.Number(4), "reduced_motion", Answer.YesNo.YES,
                "duration_days", new Answer.Number(400)));
        return List.of(
                wornAnkle.with("fever", Answer.YesNo.YES).with("hot_red_joint", Answer.YesNo.YES),
                SNAPPING_HIP.with("calf_swollen_one_side", Answer.YesNo.YES),
                wornAnkle.with("chest_pain_or_breathless", Answer.YesNo.YES));
    }

    @Test
    void atTheEmergencyLevelsNoCauseIsShownOnlyThatHelpComesFirst(FxRobot robot) {
        for (Assessment a : emergenciesWithACause()) {
            Outcome o = outcome(a);
            assertTrue(o.check().triage().level().isEmergency(), "an emergency: " + o.check().triage().level());
            assertFalse(o.check().causes().isEmpty(), "a cause would fit these answers");
            ResultPage page = show(robot, o, 1024, 600, 1.0);
            String text = allText(page.lookup("#result-causes"));
            assertTrue(robot.lookup("#result-causes-held-back").tryQuery().isPresent(), text);
            assertTrue(text.contains("Get help first") && text.contains("would not change this advice"), text);
            assertFalse(robot.lookup(".pc-cause").tryQuery().isPresent(), "no cause is shown");
            assertFalse(robot.lookup("#result-causes-none").tryQuery().isPresent(), "no 'most joint noise is harmless'");
            o.check().causes().forEach(c -> assertFalse(allText(page).contains(c.cause().name()), c.cause().name()));
            assertTrue(indexOf(page, "result-causes") > page.getChildren().indexOf(page.lookup("#result-advice")), "after the advice");
        }
    }

    @Test
    void whenNothingFitsThePageSaysItCannotTell(FxRobot robot) {
        Assessment vague = new Assessment(30, List.of(new BodySite(org.popcheck.body.Region.FOOT, Side.LEFT)), Map.of("pain", new Answer.Number(0)));
        show(robot, outcome(vague), 1280, 800, 1.0);
        assertTrue(robot.lookup("#result-causes-none").tryQuery().isPresent());
        assertFalse(robot.lookup(".pc-cause").tryQuery().isPresent());
    }

    @Test
    void theJournalEntrySavedFromTheResultKeepsTheCauses() {
        Outcome o = outcome(SNAPPING_HIP);
        JournalEntry e = WizardScreen.entryOf(o, OffsetDateTime.parse("2026-03-01T10:00:00Z"));
        List<SavedAssessment.SavedCause> expected = o.check().causes().stream()
                .map(c -> new SavedAssessment.SavedCause(c.cause().id(), c.likelihood().id())).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, e.assessment().causes());
        assertEquals("tendon_snap", e.assessment().causes().get(0).cause());
    }

    @Test
    void everyPictureTheCausesNameIsDrawn(FxRobot robot) {
        CauseBook.standard().causes().stream().filter(c -> c.picture() != null)
                .forEach(c -> assertTrue(CausePicture.of(c.picture()).isPresent(), c.id() + ": no drawing '" + c.picture() + "'"));
        CausePicture.IDS.forEach(id -> assertTrue(CausePicture.of(id).isPresent(), id));
        assertFalse(CausePicture.of("no-such-drawing").isPresent());
        javafx.scene.layout.HBox all = new javafx.scene.layout.HBox(20);
        all.setPadding(new javafx.geometry.Insets(10));
        robot.interact(() -> {
            CausePicture.IDS.forEach(id -> all.getChildren().add(CausePicture.of(id).orElseThrow()));
            own.show(all, 900, 130, Settings.defaultsFor(Locale.UK));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.write(all, Path.of("target/screenshots", "cause-pictures.png"));
    }

    @Test
    void atTheUsualWindowSizesAndTwiceTheTextNoLabelOfTheCausesIsCut(FxRobot robot) {
        Outcome urgent = outcome(SNAPPING_HIP.with("numbness_tingling", Answer.YesNo.YES));
        for (int[] size : new int[][] {{1280, 800}, {1024, 600}}) {
            for (double scale : new double[] {1.0, 2.0}) {
                for (Outcome o : List.of(outcome(SNAPPING_HIP), urgent, outcome(emergenciesWithACause().get(0)))) {
                    ResultPage page = show(robot, o, size[0], size[1], scale);
                    assertNoLabelIsCut(page.lookup("#result-causes"));
                    assertNoLabelIsCut(page.lookup("#result-exercises"));
                }
                String name = "result-causes-" + size[0] + "x" + size[1] + "-" + (int) scale + "x";
                String at = size[0] + "x" + size[1] + "-" + (int) scale + "x.png";
                snapTheCauses(robot, show(robot, urgent, size[0], size[1], scale), "result-causes-urgent-" + at);
                snapTheCauses(robot, show(robot, outcome(emergenciesWithACause().get(0)), size[0], size[1], scale),
                        "result-causes-emergency-" + at);
                show(robot, outcome(SNAPPING_HIP), size[0], size[1], scale);
                robot.interact(() -> ((ScrollPane) own.stage().getScene().getRoot().lookup(".scroll-pane")).setVvalue(0));
                WaitForAsyncUtils.waitForFxEvents();
                // The README's picture of the causes is this one at 1280x800 and the usual text size.
                Path inTarget = Path.of("target/screenshots", name + ".png");
                for (Path file : size[0] == 1280 && scale == 1.0
                        ? org.popcheck.testsupport.DocPictures.places(inTarget, Path.of("docs/screenshots/result-causes.png"))
                        : List.of(inTarget)) {
                    Snapshots.write(own.stage().getScene().getRoot(), file);
                }
            }
        }
    }

    /**
     * A trial's ankle and hip results, seen whole at the usual sizes: the reasons cite only sources about
     * the place checked (no back-popping article for an ankle), the exercises say what they are for in
     * that place's words, and no label is cut. Pictures: target/screenshots/result-page-{ankle,hip}-*.png.
     */
    @Test
    void anAnkleAndAHipResultSpeakOfTheirOwnPlaceInReasonsSourcesAndExercises(FxRobot robot) {
        Map<String, Assessment> checks = Map.of(
                "ankle", new Assessment(34, List.of(new BodySite(org.popcheck.body.Region.ANKLE, Side.RIGHT)), Map.of(
                        "sound", new Answer.Choice("click"), "pain", new Answer.Number(3), "duration_days", new Answer.Number(20),
                        "locking", Answer.YesNo.YES)),
                "hip", new Assessment(52, List.of(new BodySite(org.popcheck.body.Region.HIP, Side.LEFT)), Map.of(
                        "sound", new Answer.Choice("click"), "pain", new Answer.Number(3), "duration_days", new Answer.Number(20))));
        Map<String, List<String>> foreign = Map.of("ankle", List.of("back popping", "Back popping", "MedicineContact", "hip", "heel"),
                "hip", List.of("Hinge Health", "MedicineContact", "ankle"));
        for (Map.Entry<String, Assessment> check : checks.entrySet()) {
            Outcome o = outcome(check.getValue());
            for (int[] size : new int[][] {{1280, 800}, {1024, 600}}) {
                for (double scale : new double[] {1.0, 2.0}) {
                    ResultPage page = show(robot, o, size[0], size[1], scale);
                    String reasonsAndPlan = allText(page.lookup("#result-reasons")) + allText(page.lookup("#result-exercises"));
                    assertFalse(o.check().plan().items().isEmpty(), check.getKey());
                    for (String word : foreign.get(check.getKey())) {
                        assertFalse(reasonsAndPlan.contains(word), check.getKey() + " result names '" + word + "':\n" + reasonsAndPlan);
                    }
                    assertNoLabelIsCut(page);
                    Snapshots.write(page, Path.of("target/screenshots",
                            "result-page-" + check.getKey() + "-" + size[0] + "x" + size[1] + "-" + (int) scale + "x.png"));
                }
            }
        }
    }

    @Test
    void thePlanOnTheResultShowsEachExercisesDoseDaysAWeekAndThePersonsCautionsUncut(FxRobot robot) {
        Assessment pregnantBack = new Assessment(31, List.of(BodySite.spine(org.popcheck.body.Region.SPINE_LOWER)), Map.of(
                "sound", new Answer.Choice("click"), "frequency", new Answer.Choice("sometimes"), "pain", new Answer.Number(1),
                "duration_days", new Answer.Number(10), "long_sitting", Answer.YesNo.YES, "pregnant", Answer.YesNo.YES));
        Outcome o = outcome(pregnantBack);
        assertFalse(o.check().plan().items().isEmpty());
        for (double scale : new double[] {1.0, 2.0}) {
            ResultPage page = show(robot, o, 1024, 600, scale);
            Node plan = page.lookup("#result-exercises");
            String text = allText(plan);
            assertTrue(text.contains("days a week") || text.contains("every day"), text);
            assertTrue(text.contains("16 weeks"), "the pregnancy caution of the glute bridge: " + text);
            assertTrue(text.contains("minutes"), text);
            assertNoLabelIsCut(plan);
            org.popcheck.ui.common.Snapshots.write(plan, java.nio.file.Path.of("target/screenshots/result-plan-1024x600-" + (int) scale + "x.png"));
        }
    }

    /**
     * A hip, a spine and an ankle check at 1024x600 with twice the text: the first cause speaks of the
     * checked region (the trial saw heel advice on a hip), its words are the region's own, nothing is cut.
     * Pictures: target/screenshots/result-causes-region-{hip,spine,ankle}-1024x600-2x.png (the window,
     * scrolled to the causes) and ...-section.png (the whole section).
     */
    @Test
    void aHipASpineAndAnAnkleCheckShowTheFirstCauseInTheirRegionsWords(FxRobot robot) {
        Map<String, Assessment> checks = new java.util.LinkedHashMap<>();
        checks.put("hip", new Assessment(66, List.of(new BodySite(org.popcheck.body.Region.HIP, Side.LEFT)), Map.of(
                "sound", new Answer.Choice("pop"), "same_spot_every_step", Answer.YesNo.YES, "pain", new Answer.Number(3),
                "duration_days", new Answer.Number(500))));
        checks.put("spine", new Assessment(52, List.of(BodySite.spine(org.popcheck.body.Region.SPINE_LOWER)), Map.of(
                "sound", new Answer.Choice("click"), "same_spot_every_step", Answer.YesNo.YES, "pain", new Answer.Number(3),
                "reduced_motion", Answer.YesNo.YES, "trigger", new Answer.Choices(List.of("twisting")))));
        checks.put("ankle", new Assessment(34, List.of(new BodySite(org.popcheck.body.Region.ANKLE, Side.RIGHT)), Map.of(
                "sound", new Answer.Choice("snap"), "same_spot_every_step", Answer.YesNo.YES, "snapping_behind_outer_ankle", Answer.YesNo.YES,
                "trigger", new Answer.Choices(List.of("walking")), "pain", new Answer.Number(0))));
        Map<String, String> ownWord = Map.of("hip", "hip", "spine", "lower back", "ankle", "ankle");
        Map<String, List<String>> foreign = Map.of("hip", List.of("heel", "ankle", "foot", "sole"),
                "spine", List.of("heel", "ankle", "foot", "hip"), "ankle", List.of("heel", "hip", "back", "sole"));
        for (Map.Entry<String, Assessment> check : checks.entrySet()) {
            String where = check.getKey();
            Outcome o = outcome(check.getValue());
            assertFalse(o.check().causes().isEmpty(), where + ": a cause fits");
            org.popcheck.causes.RankedCause first = o.check().causes().get(0);
            String words = first.explanation() + " " + first.helps() + " " + first.concern();
            assertTrue(words.contains(ownWord.get(where)), where + " (" + first.cause().id() + "): " + words);
            foreign.get(where).forEach(w -> assertFalse(words.toLowerCase(Locale.ROOT).contains(w), where + " names '" + w + "': " + words));
            ResultPage page = show(robot, o, 1024, 600, 2.0);
            Node causes = page.lookup("#result-causes");
            assertTrue(allText(causes).contains(first.explanation()), where + ": the screen shows the region's words");
            assertTrue(allText(causes).contains(first.source()), where + ": the screen shows the region's sources");
            assertNoLabelIsCut(causes);
            snapTheCauses(robot, page, "result-causes-region-" + where + "-1024x600-2x.png");
            Snapshots.write(causes, Path.of("target/screenshots", "result-causes-region-" + where + "-1024x600-2x-section.png"));
        }
    }

    /** Scrolls the causes (under "get checked first" or "get help first") into view and writes a picture. */
    private void snapTheCauses(FxRobot robot, ResultPage page, String file) {
        robot.interact(() -> {
            ScrollPane scroll = (ScrollPane) own.stage().getScene().getRoot().lookup(".scroll-pane");
            Node causes = page.lookup("#result-causes");
            double room = page.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.min(1, (causes.getBoundsInParent().getMinY() - 120) / room));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.write(own.stage().getScene().getRoot(), Path.of("target/screenshots", file));
    }
}
