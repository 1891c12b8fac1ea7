package org.popcheck.ui.wizard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;

/** Every walk of {@link WizardFlowTest}, clicked through the window in German: the same levels as in English. */
class WizardFlowInGermanTest extends WizardFlowTest {

    @BeforeAll
    static void speakGerman() {
        Messages.setLanguage(Language.DE);
    }

    /** TestFX calls only the test class's own @Start: the window of WizardFlowTest, built in this language. */
    @Start
    @Override
    void start(Stage stage) {
        super.start(stage);
    }

    @AfterAll
    static void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }
}
