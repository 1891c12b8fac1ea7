package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.body.BodySite;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.triage.Rule;
import org.popcheck.triage.RuleBook;
import org.popcheck.triage.TriageEngine;
import org.popcheck.ui.Outcome;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every rule's reason, in every language, shown whole on the result page at 1280x800 and 1024x600,
 * at 1x and 2x text: a reason added to rules.json (or a longer translation) cannot be cut short.
 * Three checks with every warning sign answered yes, in every region, at a baby's, a child's and an
 * older person's age, fire every rule between them; the test says so before it looks.
 */
@ExtendWith(ApplicationExtension.class)
class EveryReasonFitsTest {

    private static final int[] AGES = {0, 12, 70};

    /** A window of this test's own: the primary stage is shared with the other screen tests and keeps its size. */
    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    /** Every yes/no fact yes, every number at its highest, the grinding sound set off by exercise; no injury date (a recent injury). */
    private static Assessment everySign(int age) {
        Map<String, Answer> facts = new LinkedHashMap<>();
        for (FactDefinition f : FactCatalog.standard().all()) {
            switch (f.type()) {
                case YESNO -> facts.put(f.id(), Answer.YesNo.YES);
                case NUMBER -> {
                    if (!f.id().equals("injury_days_ago")) {
                        facts.put(f.id(), new Answer.Number(f.max()));
                    }
                }
                default -> { }
            }
        }
        facts.put("sound", new Answer.Choice("grind"));
        facts.put("trigger", new Answer.Choices(List.of("exercise")));
        List<BodySite> sites = new ArrayList<>();
        for (org.popcheck.body.Region r : org.popcheck.body.Region.values()) {
            sites.add(new BodySite(r, r.isSpine() ? Side.CENTER : Side.LEFT));
        }
        return new Assessment(age, sites, facts);
    }

    @Test
    void everyReasonInEveryLanguageIsShownWholeAtBothSizesAndBothTextScales(FxRobot robot) {
        Messages.setLanguage(Language.EN);
        Set<String> fired = new TreeSet<>();
        outcomesInTheLanguageShown().forEach(o -> o.result().reasons().forEach(r -> fired.add(r.rule())));
        Set<String> never = new TreeSet<>();
        RuleBook.standard().rules().stream().map(Rule::id).filter(id -> !fired.contains(id)).forEach(never::add);
        assertEquals(Set.of(), never, "rules none of the three checks fires; the test would not see their reasons");

        String english = RuleBook.standard().rules().get(0).text();
        for (Language language : Language.values()) {
            Messages.setLanguage(language);
            // Worked out in the language shown, as the wizard does after a language change.
            List<Outcome> outcomes = outcomesInTheLanguageShown();
            assertTrue(language == Language.EN || outcomes.stream().flatMap(o -> o.result().reasons().stream())
                    .noneMatch(r -> r.text().equals(english)), language + ": a reason is still in English");
            for (int[] size : new int[][] {{1280, 800}, {1024, 600}}) {
                for (double scale : new double[] {1.0, 2.0}) {
                    for (int i = 0; i < outcomes.size(); i++) {
                        ResultPage page = show(robot, outcomes.get(i), size[0], size[1], scale);
                        Node reasons = page.lookup("#result-reasons");
                        List<String> cut = new ArrayList<>();
                        collectCutLabels(reasons, cut);
                        assertTrue(cut.isEmpty(), language + " " + size[0] + "x" + size[1] + " " + scale + "x, age " + AGES[i]
                                + ": reasons cut short: " + cut);
                        assertTrue(reasons.getBoundsInLocal().getWidth() <= page.getWidth() + 0.5,
                                language + " " + size[0] + "x" + size[1] + " " + scale + "x: the reasons are wider than the page");
                    }
                    if (size[0] != 1024 || scale != 2.0) {
                        continue;
                    }
                    // The older person's reasons, whole, at the tightest size (the page scrolls; the snapshot takes the
                    // list beyond the window: some 95,000 px tall).
                    Snapshots.write(show(robot, outcomes.get(AGES.length - 1), size[0], size[1], scale).lookup("#result-reasons"),
                            Path.of("target/screenshots", "every-reason-" + language.code() + "-" + size[0] + "x" + size[1] + "-"
                                    + (int) scale + "x.png"));
                }
            }
        }
    }

    private static List<Outcome> outcomesInTheLanguageShown() {
        TriageEngine engine = TriageEngine.standard();
        List<Outcome> outcomes = new ArrayList<>();
        for (int age : AGES) {
            Assessment a = everySign(age);
            outcomes.add(new Outcome(a, engine.evaluate(a, "112")));
        }
        return outcomes;
    }

    private ResultPage show(FxRobot robot, Outcome outcome, int width, int height, double textScale) {
        return ResultPageFrame.show(robot, own.stage(), outcome, width, height, textScale);
    }

    /** Labels whose shown text is not their whole text (cut with "..." for want of room). */
    private static void collectCutLabels(Node n, List<String> cut) {
        if (n instanceof Label l && l.isVisible() && !l.getText().isEmpty()) {
            Text shown = (Text) l.lookup(".text");
            if (shown != null && !l.getText().equals(shown.getText())) {
                cut.add(l.getText());
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectCutLabels(c, cut));
        }
    }
}
