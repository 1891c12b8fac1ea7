package org.popcheck.ui.journal;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.stage.Window;
import org.popcheck.Patience;
import org.popcheck.journal.JournalStore;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The app on a pretended screen, its journal read, and a dialog opened by one of its buttons, as a person opens it. */
final class AppWithDialog {

    private AppWithDialog() {}

    /** Shows the app of {@code context} in {@code own}'s window on a {@code width} x {@code height} screen, once its journal is read. */
    static void show(OwnWindow own, FxRobot robot, AppContext context, int width, int height) throws Exception {
        robot.interact(() -> {
            own.onScreen(context, width, height, () -> new MainWindow(context));
            context.startLoadingJournal();
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses the button {@code opener} (its id) and gives back the dialog it opens. */
    static Window open(OwnWindow own, FxRobot robot, String opener) throws Exception {
        ButtonBase button = robot.lookup(opener).queryAs(ButtonBase.class);
        Platform.runLater(button::fire); // not waited for: the dialog waits for its answer
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> own.dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return own.dialog();
    }
}
