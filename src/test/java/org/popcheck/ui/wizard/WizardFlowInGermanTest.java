package org.popcheck.ui.wizard;

import javafx.stage.Stage;
import org.popcheck.i18n.Language;
import org.testfx.framework.junit5.Start;

/** The wizard walks in German: the same levels as in English. */
class WizardFlowInGermanTest extends TranslatedWizardFlow {

    @Start
    @Override
    void start(Stage stage) {
        startIn(Language.DE, stage);
    }
}
