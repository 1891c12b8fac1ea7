package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.triage.TriageEngine;

/**
 * Trial 3: a number-of-days field holding "today" or "1,5" got the same footer as an empty one. Text
 * that is not written in digits gets its own plain sentence naming the problem, for every number
 * field of the wizard (and the age), in every language; a number out of range or not whole gets the
 * range; an empty field is not wrong, only unanswered.
 */
class NumberFieldProblemsTest {

    /** Every typed-in number of the wizard (the pain is a slider). */
    private static final List<String> NUMBER_FIELDS = List.of("duration_days", "injury_days_ago", "bruising_days", "morning_stiffness_minutes");

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

    private static WizardViewModel model() {
        WizardViewModel m = new WizardViewModel(FactCatalog.standard(), a -> TriageEngine.standard().evaluate(a, "112"));
        m.sites().add(new BodySite(Region.HIP, Side.LEFT));
        m.ageTextProperty().set("40");
        return m;
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"abc", "3 days", "today", "drei", "3d", "½"})
    void textNotInDigitsIsNamedAsSuchInEveryLanguage(String text) {
        for (Language language : Language.values()) {
            Messages.setLanguage(language);
            for (String id : NUMBER_FIELDS) {
                WizardViewModel m = model();
                m.setNumberText(id, text);
                String problem = m.numberProblem(id);
                String example = id.endsWith("minutes") ? "30" : "3";
                assertTrue(problem.contains(example), language + " " + id + ": " + problem);
                assertNotEquals(emptyFieldMessage(id), problem, language + " " + id + ": the same as for an empty field");
            }
            WizardViewModel m = model();
            m.ageTextProperty().set(text);
            assertTrue(m.ageProblem().contains("42"), language + " age: " + m.ageProblem());
            assertNotEquals(Messages.get("wizard.invalid.age", 0, 120), m.ageProblem(), language + " age");
        }
        Messages.setLanguage(Language.EN);
        WizardViewModel m = model();
        m.setNumberText("duration_days", text);
        assertTrue(m.numberProblem("duration_days").startsWith("type the number of days as digits, for example 3"), m.numberProblem("duration_days"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1,5", "2.5", "-3", "40000", "99999999999"})
    void aNumberThatIsNotWholeOrInRangeGetsTheRange(String text) {
        for (String id : NUMBER_FIELDS) {
            WizardViewModel m = model();
            m.setNumberText(id, text);
            assertEquals(emptyFieldMessage(id), m.numberProblem(id), id);
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "0", "3", " 12 "})
    void anEmptyFieldOrAUsableNumberIsNoProblem(String text) {
        for (String id : NUMBER_FIELDS) {
            WizardViewModel m = model();
            m.setNumberText(id, text);
            assertEquals("", m.numberProblem(id), id);
        }
        WizardViewModel m = model();
        m.ageTextProperty().set(text);
        assertEquals("", m.ageProblem());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"abc", "3 days", "today"})
    void theFooterSaysTheSameAsTheField(String text) {
        WizardViewModel m = model();
        for (FactDefinition f : FactCatalog.standard().group("emergency")) {
            m.answer(f.id(), Answer.YesNo.NO);
        }
        m.setNumberText("pain", "2");
        m.stepProperty().set(WizardStep.POPPING);
        m.setNumberText("duration_days", "");
        assertEquals(emptyFieldMessage("duration_days"), m.blockerProperty().get(), "an empty field");
        m.setNumberText("duration_days", text);
        assertEquals(m.numberProblem("duration_days"), m.blockerProperty().get());

        WizardViewModel about = model();
        about.stepProperty().set(WizardStep.ABOUT);
        about.ageTextProperty().set(text);
        assertEquals(about.ageProblem(), about.blockerProperty().get());
    }

    private static String emptyFieldMessage(String id) {
        FactDefinition f = FactCatalog.standard().find(id).orElseThrow();
        return Messages.get("wizard.invalid.number", f.question(), String.valueOf(f.min().longValue()), String.valueOf(f.max().longValue()));
    }
}
