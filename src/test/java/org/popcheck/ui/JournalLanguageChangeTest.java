package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.Patience;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalStore;
import org.popcheck.ui.journal.JournalViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The trial found the journal's status line still English ("Entry restored.") after German was
 * chosen: the journal's view model outlives the rebuilt window, and its messages were built once.
 * After a change of language the status line, the safety net's message, and the safety net's next
 * check all speak the new language.
 */
@ExtendWith(ApplicationExtension.class)
class JournalLanguageChangeTest {

    @TempDir
    static Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"DE", "ES"})
    void theJournalsMessagesSpeakTheNewLanguage(Language language, FxRobot robot) throws Exception {
        Messages.setLanguage(Language.EN);
        AppContext context = AppContext.create(Files.createTempDirectory(dir, "data"));
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(context);
            stage.setScene(new Scene(window[0], 1200, 800));
            context.startLoadingJournal();
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
        robot.interact(() -> window[0].show(Destination.JOURNAL));
        JournalViewModel model = JournalViewModel.of(context);
        WaitForAsyncUtils.asyncFx(() -> model.add(hot("hot-1"))).get(5, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        String englishSafety = robot.lookup("#journal-safety").queryLabeled().getText();
        assertEquals(Messages.get("journal.saved"), status(robot));
        assertTrue(englishSafety.startsWith(Messages.get("journal.safety.header")), englishSafety);

        robot.interact(() -> {
            Messages.setLanguage(language);
            window[0] = window[0].rebuilt();
            stage.getScene().setRoot(window[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Messages.get("journal.saved"), status(robot), "the status line in " + language);
        String safety = robot.lookup("#journal-safety").queryLabeled().getText();
        assertTrue(safety.startsWith(Messages.get("journal.safety.header")), safety);
        assertFalse(safety.equals(englishSafety), "the safety message is said again in " + language);

        // The safety net of the next entry answers in the new language too, not in the one it was first made for.
        WaitForAsyncUtils.asyncFx(() -> model.add(hot("hot-2"))).get(5, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(safety, robot.lookup("#journal-safety").queryLabeled().getText(), "the next check in " + language);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#journal-status").queryAs(Labeled.class).getText();
    }

    private static JournalEntry hot(String id) {
        return new JournalEntry(id, OffsetDateTime.now().minusMinutes(5), new BodySite(Region.ANKLE, Side.LEFT), "pop",
                null, 7, null, List.of("hot_red_joint", "fever"), "", false, null, null);
    }
}
