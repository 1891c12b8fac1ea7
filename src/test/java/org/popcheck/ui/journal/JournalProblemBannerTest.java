package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.journal.JournalStore;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A journal file that does not parse: the window still opens, says what is wrong, and offers the backup. */
@ExtendWith(ApplicationExtension.class)
class JournalProblemBannerTest {

    @TempDir
    static Path dir;

    private static final String BROKEN = "{\"schemaVersion\": 1,\n \"entries\": [\n  {\"id\": \"a\", \"at\": }\n]}";

    private AppContext context;
    private Path dataDir;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        dataDir = Files.createTempDirectory(dir, "data");
        try (JournalStore seed = JournalStore.open(dataDir)) {
            seed.add(org.popcheck.journal.JournalEntryFixtures.quick("kept", "2026-03-01T08:00:00+01:00"));
            seed.add(org.popcheck.journal.JournalEntryFixtures.quick("lost", "2026-03-02T08:00:00+01:00"));
        }
        Files.writeString(dataDir.resolve(JournalStore.FILE), BROKEN);
        context = AppContext.create(dataDir);
        context.startLoadingJournal();
        window = new MainWindow(context);
        stage.setScene(new Scene(window, 1100, 760));
        stage.show();
    }

    @Test
    void theBannerNamesLineAndColumnAndTheBackupCanBeRestored(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
        robot.clickOn("#nav-journal");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#journal-problem").query().isVisible());
        Label text = robot.lookup("#journal-problem-text").queryAs(Label.class);
        assertTrue(text.getText().contains("line 3"), text.getText());
        assertTrue(robot.lookup("#quick-log").query().isDisabled(), "no quick entry into a journal that cannot be saved");
        // The empty table does not invite an entry the buttons cannot add (the new-user trial).
        Label placeholder = (Label) robot.lookup("#journal-table").queryAs(javafx.scene.control.TableView.class).getPlaceholder();
        assertEquals(org.popcheck.i18n.Messages.get("journal.table.emptyReadOnly"), placeholder.getText());
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        var image = WaitForAsyncUtils.asyncFx(() -> window.snapshot(null, null)).get(5, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve("journal-unreadable.png").toFile());
        assertEquals(BROKEN, Files.readString(dataDir.resolve(JournalStore.FILE)), "nothing written over the bad file");

        robot.clickOn("#journal-restore");
        // The restore is written off the JavaFX thread; the banner goes once it has returned.
        var model = org.popcheck.ui.journal.JournalViewModel.of(context);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> model.problemProperty().get() == null).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#journal-problem").query().isVisible());
        assertFalse(robot.lookup("#quick-log").query().isDisabled());
        assertEquals(1, JournalStore.openReadOnly(dataDir).size());
    }
}
