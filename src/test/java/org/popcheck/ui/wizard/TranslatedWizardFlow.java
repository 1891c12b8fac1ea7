package org.popcheck.ui.wizard;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.testfx.api.FxRobot;

/**
 * Every walk of {@link WizardFlowTest}, clicked through a window in another language: the same
 * levels as in English. A subclass names the language in its own {@code @Start} (TestFX calls only
 * the test class's own), as {@code startIn(Language.DE, stage)}.
 */
abstract class TranslatedWizardFlow extends WizardFlowTest {

    /** Builds WizardFlowTest's window in {@code language}. */
    void startIn(Language language, Stage stage) {
        Messages.setLanguage(language);
        super.start(stage);
    }

    @AfterAll
    static void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

    // These three read English words on screen or press English Alt-keys (Alt+N for Next): they
    // check the wording and keys of the English window, not a level, so they run in English only.

    @Test
    @Override
    @Disabled("reads the English call-now title")
    void anAnswerThatNeedsAnAmbulanceStopsAtOnceAndBackKeepsTheAnswers(FxRobot robot) {}

    @Test
    @Override
    @Disabled("reads the English reasons why Next is blocked")
    void nextIsDisabledWithTheReasonUntilTheStepIsValidAndBackKeepsAnswers(FxRobot robot) {}

    @Test
    @Override
    @Disabled("presses the English Alt-key of Next")
    void theWholeWizardWorksWithTheKeyboardAlone(FxRobot robot) {}
}
