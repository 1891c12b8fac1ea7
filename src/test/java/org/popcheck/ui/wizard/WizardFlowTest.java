package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.assessment.Assessment;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.plan.SignTier;
import org.popcheck.triage.Level;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageResult;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.MainWindow;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard walked as a person would, by mouse and by keyboard, checked against the engine. */
@ExtendWith(ApplicationExtension.class)
class WizardFlowTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private WizardScreen wizard;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = AppContext.create(dataDir);
        context.settingsProperty().set(context.settings().withEmergencyNumber("112"));
        MainWindow window = new MainWindow(context);
        Scene scene = new Scene(window, 1200, 860);
        Theme.apply(scene, context.settings());
        stage.setScene(scene);
        stage.show();
        wizard = (WizardScreen) window.screen(org.popcheck.ui.Destination.CHECK);
    }

    private WizardViewModel model() {
        return wizard.model();
    }

    @Test
    void painlessPoppingEndsInHomeCareWithTheEnginesReasons(FxRobot robot) {
        WizardDriver d = walkToWarnings(robot, "#spot-ankle-left", "30", Map.of(), Map.of("sound", "click", "frequency", "sometimes", "duration_days", "20"));
        d.answerPage(model(), WizardStep.WARNINGS, Map.of());
        d.next();
        assertShownResultIsTheEngines(robot, Level.SELF_CARE);
    }

    @Test
    void anAnkleInjuryWithATenderBoneGivesTheOttawaResult(FxRobot robot) {
        WizardDriver d = walkToWarnings(robot, "#spot-ankle-right", "34", Map.of(), Map.of("sound", "pop", "pain", "6", "duration_days", "2"));
        assertFalse(d.node("#sign-tender_outer_ankle_bone").isVisible(), "no Ottawa sign before an injury");
        d.click("#a-injury-yes");
        assertTrue(d.node("#sign-tender_outer_ankle_bone").isVisible(), "the Ottawa sign appears in its list after an injury");
        assertTrue(d.exists("#picture-ottawa-outer-ankle"), "the spot to press is shown");
        javafx.scene.Node injuryRow = d.node("#q-injury");
        var page = injuryRow.getParent().getChildrenUnmodifiable();
        assertEquals("q-injury_days_ago", page.get(page.indexOf(injuryRow) + 1).getId(), "when it happened comes right after the injury");
        assertTrue(page.get(page.indexOf(injuryRow) + 1).isVisible());
        d.answerPage(model(), WizardStep.WARNINGS, Map.of("injury", "yes", "injury_days_ago", "2", "tender_outer_ankle_bone", "yes"));
        d.screenshot("wizard-5-warnings");
        d.next();
        TriageResult result = assertShownResultIsTheEngines(robot, Level.EMERGENCY);
        assertTrue(result.reasons().stream().anyMatch(r -> r.rule().startsWith("ottawa")), "Ottawa rule fired");
        d.screenshot("wizard-6-result");
    }

    @Test
    void aListAskedAgainAfterAChangedAnswerShowsNoAnswerAndCanBeAnsweredAgain(FxRobot robot) {
        WizardDriver d = walkToWarnings(robot, "#spot-ankle-right", "34", Map.of(), Map.of("sound", "pop", "pain", "6", "duration_days", "2000"));
        d.click("#a-injury-yes");
        d.type("#a-injury_days_ago", "400"); // the lists below are answered for an injury long ago
        d.answerPage(model(), WizardStep.WARNINGS, Map.of("injury", "yes", "injury_days_ago", "400"));
        assertEquals("", model().blockerProperty().get(), "every list answered");
        assertTrue(model().answerOf("tender_outer_ankle_bone").isEmpty(), "the bone signs were never shown");
        d.type("#a-injury_days_ago", "0"); // no: it was today
        List<SignTier> reopened = java.util.Arrays.stream(SignTier.values()).filter(t -> model().listOf("tender_outer_ankle_bone")
                .map(l -> l.tier() == t).orElse(false)).toList();
        assertEquals(1, reopened.size(), "the bone signs join a list");
        SignTier tier = reopened.get(0);
        assertTrue(model().listMode(tier).isEmpty(), "the list that gained signs is asked again");
        for (String mode : List.of("have", "unsure", "none")) {
            assertFalse(((javafx.scene.control.RadioButton) d.node("#list-" + tier.key() + "-" + mode)).isSelected(),
                    mode + " still shows as chosen on a list asked again");
        }
        assertFalse(model().blockerProperty().get().isEmpty());
        d.click("#list-" + tier.key() + "-none");
        assertEquals(java.util.Optional.of(WizardViewModel.ListMode.NONE), model().listMode(tier), "choosing it again answers it");
        assertEquals("", model().blockerProperty().get());
    }

    @Test
    void aBackWithBladderChangeGoesToTheEmergencyDepartment(FxRobot robot) {
        WizardDriver d = walkToWarnings(robot, "#site-box-spine_lower-center", "52", Map.of(), Map.of("sound", "crack", "pain", "5", "duration_days", "3"));
        d.answerPage(model(), WizardStep.WARNINGS, Map.of("bladder_bowel_change", "unsure"));
        d.next();
        TriageResult result = assertShownResultIsTheEngines(robot, Level.EMERGENCY);
        assertTrue(result.reasons().stream().anyMatch(r -> r.facts().contains("bladder_bowel_change")));
    }

    @Test
    void aHipAndANeckTogetherGiveTheMostUrgentOfBoth(FxRobot robot) {
        WizardDriver d = new WizardDriver(robot, stage);
        d.next();
        d.click("#spot-hip-left");
        d.click("#site-box-spine_neck-center");
        d.next();
        d.type("#age", "58");
        d.next();
        d.answerPage(model(), WizardStep.EMERGENCY, Map.of());
        d.next();
        d.answerPage(model(), WizardStep.POPPING, Map.of("sound", "grind", "pain", "3", "duration_days", "40"));
        d.next();
        d.answerPage(model(), WizardStep.WARNINGS, Map.of("osteoporosis_or_steroids", "yes", "radiating_pain", "yes", "radiating_arm_pain", "yes", "groin_pain", "yes"));
        d.next();
        TriageResult result = assertShownResultIsTheEngines(robot, Level.CONSULTATION);
        assertEquals(2, model().assessment().orElseThrow().sites().size());
        assertTrue(result.reasons().stream().anyMatch(r -> r.site() != null && r.site().region().id().equals("hip")),
                "a hip rule fired: " + result.reasons());
        assertTrue(result.reasons().stream().anyMatch(r -> r.facts().contains("radiating_arm_pain")),
                "a neck answer fired: " + result.reasons());
    }

    @Test
    void anAnswerThatNeedsAnAmbulanceStopsAtOnceAndBackKeepsTheAnswers(FxRobot robot) {
        WizardDriver d = new WizardDriver(robot, stage);
        d.next();
        d.click("#spot-foot-left");
        d.next();
        d.type("#age", "61");
        d.answerPage(model(), WizardStep.ABOUT, Map.of());
        d.next();
        assertEquals(WizardStep.EMERGENCY, model().stepProperty().get(), "the emergency signs come before the popping");
        d.click("#list-emergency-have");
        assertFalse(d.exists("#call-now"), "not before a sign is ticked");
        d.click("#tick-chest_pain_or_breathless");
        assertTrue(d.exists("#call-now"), "the call-now screen replaces the questions at once");
        assertEquals("Call 112 now", ((Label) d.node("#call-now-title")).getText());
        d.screenshot("wizard-call-now");
        d.click("#wizard-back");
        assertFalse(d.exists("#call-now"));
        assertEquals(WizardStep.EMERGENCY, model().stepProperty().get());
        assertTrue(((RadioButton) d.node("#list-emergency-have")).isSelected(), "earlier answers are kept");
        assertTrue(((javafx.scene.control.CheckBox) d.node("#tick-chest_pain_or_breathless")).isSelected());
    }

    @Test
    void notSureAboutOneEmergencySignAsksThemOneByOneAndNotSureCallsForHelp(FxRobot robot) {
        WizardDriver d = toEmergencySigns(robot, "#spot-hip-left", "70");
        d.click("#list-emergency-unsure");
        assertTrue(d.node("#a-stroke_signs-unsure").isVisible(), "each sign on its own");
        d.click("#a-chest_pain_or_breathless-no");
        assertFalse(d.exists("#call-now"));
        d.click("#a-stroke_signs-unsure");
        assertTrue(d.exists("#call-now"), "not sure counts as yes");
        assertEquals(Level.EMERGENCY_AMBULANCE, model().outcomeProperty().get().result().level());
    }

    @Test
    void noneOfTheseRecordsEverySignAsNoAndNothingIsChosenBefore(FxRobot robot) {
        WizardDriver d = toEmergencySigns(robot, "#spot-ankle-left", "30");
        for (String mode : List.of("have", "unsure", "none")) {
            assertFalse(((RadioButton) d.node("#list-emergency-" + mode)).isSelected(), "nothing pre-ticked: " + mode);
        }
        assertTrue(d.node("#wizard-next").isDisabled(), "the list must be answered");
        d.click("#list-emergency-none");
        Assessment a = model().assessment().orElseThrow();
        for (var f : org.popcheck.assessment.FactCatalog.standard().group("emergency")) {
            assertEquals(org.popcheck.assessment.Answer.YesNo.NO, a.facts().get(f.id()), f.id());
        }
        assertFalse(d.node("#wizard-next").isDisabled());
    }

    /**
     * From "None of these" to "Not sure about one": the signs are unanswered again, and their
     * buttons say so (the trial saw every sign showing "No" while Next stayed disabled).
     */
    @Test
    void switchingFromNoneToNotSureShowsEverySignUnanswered(FxRobot robot) {
        WizardDriver d = toEmergencySigns(robot, "#spot-ankle-left", "30");
        d.click("#list-emergency-none");
        d.next();
        d.click("#wizard-back"); // the page is built again from the answers: every sign "no"
        d.click("#list-emergency-unsure");
        List<String> signs = org.popcheck.assessment.FactCatalog.standard().group("emergency").stream().map(f -> f.id()).toList();
        for (String id : signs) {
            for (String value : List.of("yes", "no", "unsure")) {
                assertFalse(((RadioButton) d.node("#a-" + id + "-" + value)).isSelected(), id + " shows " + value);
            }
        }
        assertTrue(d.node("#wizard-next").isDisabled(), "the signs are to be answered one by one");
        for (String id : signs) {
            d.click("#a-" + id + "-no");
        }
        assertFalse(d.node("#wizard-next").isDisabled());
        assertFalse(d.exists("#call-now"));
    }

    @Test
    void aGroupedListWithOneNotSureSignGivesTheLevelThatSignCallsFor(FxRobot robot) {
        WizardDriver d = walkToWarnings(robot, "#spot-ankle-right", "45", Map.of(), Map.of("pain", "2", "duration_days", "3"));
        d.answerPage(model(), WizardStep.WARNINGS, Map.of("hot_red_joint", "unsure"));
        assertTrue(d.node("#a-hot_red_joint-unsure").isVisible());
        d.next();
        assertShownResultIsTheEngines(robot, Level.CONSULTATION_24);
        assertEquals(org.popcheck.assessment.Answer.YesNo.UNSURE, model().assessment().orElseThrow().facts().get("hot_red_joint"));
    }

    /** The window asks exactly as many answers as `triage --plan` says, for three kinds of check. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            spot-ankle-left                       | 30 | pain=0 duration_days=60              | 
            site-box-spine_lower-center           | 50 | pain=3 duration_days=100             | 
            spot-ankle-right                      | 34 | pain=5 duration_days=2               | injury=yes
            """)
    void theWindowAsksAsManyAnswersAsThePlanSays(String place, String age, String popping, String warnings, FxRobot robot) {
        WizardDriver d = new WizardDriver(robot, stage);
        d.next();
        d.click("#" + place);
        d.next();
        d.type("#age", age);
        d.next();
        d.answerPage(model(), WizardStep.EMERGENCY, Map.of());
        d.next();
        d.answerPage(model(), WizardStep.POPPING, pairs(popping));
        d.next();
        d.answerPage(model(), WizardStep.WARNINGS, pairs(warnings));
        int given = 1 + 1 + d.answersGiven; // the place, the age, then every list and question
        Assessment a = model().assessment().orElseThrow();
        d.next();
        assertEquals(WizardStep.RESULT, model().stepProperty().get(), () -> "blocked: " + model().blockerProperty().get());
        assertEquals(org.popcheck.plan.CheckPlanner.standard().answersNeeded(a), given);
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (text != null) {
            for (String pair : text.trim().split("\\s+")) {
                if (!pair.isBlank()) {
                    out.put(pair.split("=")[0], pair.split("=")[1]);
                }
            }
        }
        return out;
    }

    @Test
    void aSignThatNeedsAnAmbulanceOnlyWithAnotherStopsAsSoonAsBothAreGiven(FxRobot robot) {
        WizardDriver d = walkToWarnings(robot, "#spot-ankle-left", "40", Map.of(), Map.of("duration_days", "1"));
        d.answerPage(model(), WizardStep.WARNINGS, Map.of("injury", "no"));
        d.click("#list-same_day-have");
        d.click("#tick-limb_cold_pale");
        assertFalse(d.exists("#call-now"), "a cold limb alone means the emergency department, not an ambulance");
        d.click("#tick-deformity");
        assertTrue(d.exists("#call-now"), "cold and out of shape: call now");
    }

    @Test
    void nextIsDisabledWithTheReasonUntilTheStepIsValidAndBackKeepsAnswers(FxRobot robot) {
        WizardDriver d = new WizardDriver(robot, stage);
        d.screenshot("wizard-1-start");
        d.next();
        Button next = (Button) d.node("#wizard-next");
        assertTrue(next.isDisabled());
        assertTrue(((Label) d.node("#wizard-blocker")).getText().contains("pick at least one place"));
        d.click("#spot-ankle-left");
        assertFalse(next.isDisabled());
        assertEquals("", ((Label) d.node("#wizard-blocker")).getText());
        d.screenshot("wizard-2-where");
        d.next();
        d.type("#age", "200");
        assertTrue(next.isDisabled(), "age out of range");
        assertTrue(((Label) d.node("#wizard-blocker")).getText().contains("from 0 to 120"));
        d.type("#age", "45");
        d.screenshot("wizard-3-about");
        d.next();
        d.answerPage(model(), WizardStep.EMERGENCY, Map.of());
        d.screenshot("wizard-3b-emergency");
        d.next();
        d.answerPage(model(), WizardStep.POPPING, Map.of("sound", "snap", "pain", "4", "duration_days", "9"));
        d.screenshot("wizard-4-popping");
        d.click("#wizard-back");
        d.click("#wizard-back");
        assertEquals("45", model().ageTextProperty().get());
        d.next();
        assertTrue(((RadioButton) d.node("#list-emergency-none")).isSelected(), "list answer kept after Back");
        d.click("#wizard-back");
        d.click("#wizard-back");
        assertTrue(model().sites().stream().anyMatch(s -> s.key().equals("ankle/left")), "place kept after Back");
        d.next();
        d.next();
        d.next();
        assertTrue(((RadioButton) d.node("#a-sound-snap")).isSelected(), "answer kept after Back and Next");
    }

    @Test
    void theWholeWizardWorksWithTheKeyboardAlone(FxRobot robot) {
        WizardDriver d = new WizardDriver(robot, stage);
        robot.push(KeyCode.ENTER); // Start is the default button
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WizardStep.WHERE, model().stepProperty().get());
        d.tabToAndPress("spot-hip-right", KeyCode.SPACE);
        assertTrue(model().sites().stream().anyMatch(s -> s.key().equals("hip/right")));
        robot.push(KeyCode.ALT, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WizardStep.ABOUT, model().stepProperty().get());
        d.tabToAndPress("age", KeyCode.DIGIT4);
        robot.push(KeyCode.DIGIT0);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WizardStep.EMERGENCY, model().stepProperty().get(), () -> "blocked: " + model().blockerProperty().get());
        d.tabToAndPress("list-emergency-none", KeyCode.SPACE);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WizardStep.POPPING, model().stepProperty().get(), () -> "blocked: " + model().blockerProperty().get()
                + " focus: " + stage.getScene().getFocusOwner());
        d.tabToAndPress("a-sound-click", KeyCode.SPACE);
        d.tabToAndPress("a-frequency-rarely", KeyCode.SPACE);
        d.tabToAndPress("a-pain-none", KeyCode.SPACE);
        for (var f : model().questionsOf(WizardStep.POPPING)) {
            if (model().isAsked(f) && f.type() == org.popcheck.assessment.FactType.YESNO) {
                d.tabToAndPress("a-" + f.id() + "-no", KeyCode.SPACE);
            }
        }
        d.tabToAndPress("a-duration_days", KeyCode.DIGIT5);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WizardStep.WARNINGS, model().stepProperty().get());
        for (int round = 0; round < 2; round++) {
            for (var screen : model().screensOf(WizardStep.WARNINGS)) {
                if (screen.kind() == org.popcheck.plan.PlanScreen.Kind.LIST) {
                    if (model().listMode(screen.tier()).isEmpty()) {
                        d.tabToAndPress("list-" + screen.tier().key() + "-none", KeyCode.SPACE);
                    }
                } else if (model().answerOf(screen.facts().get(0)).isEmpty()) {
                    var f = model().catalogFact(screen.facts().get(0));
                    if (f.type() == org.popcheck.assessment.FactType.NUMBER) {
                        d.tabToAndPress("a-" + f.id(), KeyCode.DIGIT0);
                    } else {
                        d.tabToAndPress("a-" + f.id() + "-no", KeyCode.SPACE);
                    }
                }
            }
        }
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertShownResultIsTheEngines(robot, Level.SELF_CARE);
        robot.push(KeyCode.ESCAPE); // Escape is Back: change an answer
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WizardStep.WARNINGS, model().stepProperty().get());
    }

    @Test
    void theResultCanBeSavedIntoTheJournal(FxRobot robot) {
        WizardDriver d = walkToWarnings(robot, "#spot-ankle-left", "30", Map.of(), Map.of("pain", "2", "duration_days", "3"));
        d.answerPage(model(), WizardStep.WARNINGS, Map.of());
        d.next();
        d.click("#result-save");
        Label status = (Label) d.node("#result-status");
        try {
            WaitForAsyncUtils.waitFor(Patience.SECONDS, java.util.concurrent.TimeUnit.SECONDS,
                    () -> status.getText().equals(org.popcheck.i18n.Messages.get("wizard.result.saved")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("never saved: " + status.getText(), e);
        }
        List<JournalEntry> entries = context.journal().entries();
        assertEquals(1, entries.size());
        assertEquals(model().outcomeProperty().get().result().level(), entries.get(0).assessment().level());
        assertEquals(2, entries.get(0).pain());
        assertEquals(model().outcomeProperty().get(), context.latestOutcomeProperty().get());
    }

    /**
     * Trial 3: a number field holding text was not marked, only the footer spoke. Typed by a person,
     * in the age and in number-of-days fields on two steps: the field is marked (the theme's danger
     * state) and its accessible text says the problem, the footer says the same, and a usable number
     * clears both.
     */
    @Test
    void aNumberFieldWithTextInItIsMarkedAndSaysWhy(FxRobot robot) {
        WizardDriver d = new WizardDriver(robot, stage);
        d.next();
        d.click("#spot-ankle-left");
        d.next();
        assertMarked(robot, d, "#age", "forty", () -> model().ageProblem());
        retype(robot, d, "#age", "30");
        assertUnmarked(d, "#age");
        d.answerPage(model(), WizardStep.ABOUT, Map.of());
        d.next();
        d.answerPage(model(), WizardStep.EMERGENCY, Map.of());
        d.next();
        d.answerPage(model(), WizardStep.POPPING, Map.of("sound", "click", "frequency", "sometimes", "duration_days", "20"));
        for (String text : List.of("abc", "3 days")) {
            assertMarked(robot, d, "#a-duration_days", text, () -> model().numberProblem("duration_days"));
        }
        retype(robot, d, "#a-duration_days", "3");
        assertUnmarked(d, "#a-duration_days");
        d.next();
        d.click("#a-injury-yes");
        assertMarked(robot, d, "#a-injury_days_ago", "today", () -> model().numberProblem("injury_days_ago"));
        retype(robot, d, "#a-injury_days_ago", "0");
        assertUnmarked(d, "#a-injury_days_ago");
    }

    private void assertMarked(FxRobot robot, WizardDriver d, String field, String text, java.util.function.Supplier<String> problem) {
        retype(robot, d, field, text);
        Node f = d.node(field);
        String digits = field.equals("#age") ? Messages.get("wizard.invalid.digits.age")
                : Messages.get("wizard.invalid.digits." + field.substring("#a-".length()));
        assertEquals(digits, problem.get(), field + " \"" + text + "\"");
        assertTrue(f.getPseudoClassStates().contains(atlantafx.base.theme.Styles.STATE_DANGER), field + " \"" + text + "\" is marked");
        assertTrue(f.getAccessibleText().endsWith(problem.get()), field + " says why: " + f.getAccessibleText());
        assertEquals(problem.get(), model().blockerProperty().get(), "the footer says the same");
    }

    /** Types into an emptied field (the driver's erasing starts at the click, in the middle of "3 days"). */
    private static void retype(FxRobot robot, WizardDriver d, String field, String text) {
        robot.interact(() -> ((javafx.scene.control.TextField) d.node(field)).clear());
        d.type(field, text);
    }

    private static void assertUnmarked(WizardDriver d, String field) {
        Node f = d.node(field);
        assertFalse(f.getPseudoClassStates().contains(atlantafx.base.theme.Styles.STATE_DANGER), field + " unmarked: \"" + ((javafx.scene.control.TextField) f).getText() + "\" " + f.getAccessibleText());
        assertFalse(f.getAccessibleText().contains(":"), field + " says no problem: " + f.getAccessibleText());
    }

    /** Start, one place, the age, the about-you and popping answers: to the warning-sign step. */
    private WizardDriver walkToWarnings(FxRobot robot, String place, String age, Map<String, String> about,
            Map<String, String> popping) {
        WizardDriver d = new WizardDriver(robot, stage);
        d.next();
        d.click(place);
        d.next();
        d.type("#age", age);
        d.answerPage(model(), WizardStep.ABOUT, about);
        d.next();
        d.answerPage(model(), WizardStep.EMERGENCY, Map.of());
        d.next();
        d.answerPage(model(), WizardStep.POPPING, popping);
        d.next();
        return d;
    }

    /** The level and rule ids on screen are exactly what the engine says for the same answers. */
    private TriageResult assertShownResultIsTheEngines(FxRobot robot, Level expected) {
        WizardDriver d = new WizardDriver(robot, stage);
        assertEquals(WizardStep.RESULT, model().stepProperty().get());
        Assessment assessment = model().assessment().orElseThrow();
        TriageResult engine = TriageEngine.standard().evaluate(assessment, "112");
        assertEquals(expected, engine.level(), "the scenario reaches the intended level");
        Node banner = d.node(".pc-level-banner");
        assertEquals(engine.level(), banner.getUserData(), "banner shows the engine's level");
        assertEquals(Level.class.cast(banner.getUserData()), engine.level());
        List<Object> shownRules = new ArrayList<>();
        for (Node n : ((Parent) d.node("#result-reasons")).getChildrenUnmodifiable()) {
            if (n.getUserData() != null) {
                shownRules.add(n.getUserData());
            }
        }
        assertEquals(engine.reasons().stream().map(Reason::rule).toList(), shownRules, "every reason, in order");
        assertEquals(engine.advice(), ((Label) d.node("#result-advice")).getText());
        return engine;
    }

    /** From the start page to the emergency signs: one place on the body map, and the age. */
    private WizardDriver toEmergencySigns(FxRobot robot, String spot, String age) {
        WizardDriver d = new WizardDriver(robot, stage);
        d.next();
        d.click(spot);
        d.next();
        d.type("#age", age);
        d.next();
        return d;
    }
}
