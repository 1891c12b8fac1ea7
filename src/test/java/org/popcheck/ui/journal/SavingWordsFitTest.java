package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.LongJournal;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While a long journal saves, the entry dialog's button says "Saving..." whole: a trial with a
 * 360 MB journal saw "Savin..." for 25 seconds (trial 12, M6). German, at twice the text size in a
 * 1024x600 window, has the longest words. Picture: target/screenshots/journal-notice/saving-de-2x.png.
 */
@ExtendWith(ApplicationExtension.class)
class SavingWordsFitTest {

    @TempDir
    static Path dir;

    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    @Test
    void theSaveButtonSaysSavingWhole(FxRobot robot) throws Exception {
        Language before = Messages.language();
        Messages.setLanguage(Language.DE);
        try {
            AppContext context = AppContext.create(LongJournal.in(Files.createTempDirectory(dir, "data"), 300_000));
            context.settingsProperty().set(Settings.defaultsFor(Locale.GERMANY).withTextScale(2)
                    .withLanguage(Settings.LanguageChoice.DE));
            AppWithDialog.show(own, robot, context, 1024, 600);
            Window entryWindow = AppWithDialog.open(own, robot, "#quick-log");
            Button save = (Button) entryWindow.getScene().getRoot().lookup("#entry-save");
            robot.interact(() -> {
                EntryForm form = (EntryForm) ((DialogPane) entryWindow.getScene().getRoot()).getContent();
                form.region.setValue(Region.ANKLE);
                form.side.setValue(Side.LEFT);
                save.fire();
            });
            String[] shown = new String[2];
            robot.interact(() -> {
                entryWindow.getScene().getRoot().applyCss();
                entryWindow.getScene().getRoot().layout();
                shown[0] = save.getText();
                shown[1] = ((Text) save.lookup(".text")).getText();
                Snapshots.write(entryWindow.getScene(), Path.of("target/screenshots/journal-notice", "saving-de-2x.png"));
            });
            assertEquals(Messages.get("journal.dialog.saving"), shown[0], "still saving when looked at");
            assertEquals(shown[0], shown[1], "the words on the button are whole");
            WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !entryWindow.isShowing());
        } finally {
            Messages.setLanguage(before);
        }
    }
}
