package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.Patience;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalStore;
import org.popcheck.settings.Settings;
import org.popcheck.ui.common.Snapshots;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The trial found the journal table's last columns cut off at 1024 x 600 with no way to scroll to
 * them ("Che..."). On both screens, at 1x and 2x text, in English, Spanish and German, every column
 * is either in view or can be scrolled to, and no heading or cell is cut short. Pictures: target/journal-columns/.
 */
@ExtendWith(ApplicationExtension.class)
class JournalColumnsFitTest {

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

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Language language : List.of(Language.EN, Language.ES, Language.DE)) {
            for (double scale : new double[] {1.0, 2.0}) {
                cases.add(Arguments.of(language, scale, 1024, 600));
                cases.add(Arguments.of(language, scale, 1280, 800));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} at {1}x text on {2} x {3}")
    @MethodSource("cases")
    void everyColumnCanBeReadOrScrolledTo(Language language, double scale, int width, int height, FxRobot robot) throws Exception {
        Messages.setLanguage(language);
        Settings settings = Settings.defaultsFor(Locale.UK).withTextScale(scale);
        AppContext context = AppContext.create(seeded());
        context.settingsProperty().set(settings);
        robot.interact(() -> {
            Theme.applyUserAgent(settings);
            MainWindow window = new MainWindow(context);
            Scene scene = new Scene(window, width, height);
            Theme.apply(scene, settings);
            stage.setScene(scene);
            context.startLoadingJournal();
            window.show(Destination.JOURNAL);
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            TableView<?> table = robot.lookup("#journal-table").queryAs(TableView.class);
            LayoutCheck.cutColumns(table).ifPresent(problems::add);
            problems.addAll(LayoutCheck.problems(stage.getScene()));
        });
        Snapshots.write(stage.getScene(), Path.of("target/journal-columns", language.code() + "-" + (int) scale + "x-" + width + "x" + height + ".png"));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private static Path seeded() throws Exception {
        Path data = Files.createTempDirectory(dir, "data");
        try (JournalStore seed = JournalStore.open(data)) {
            OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);
            for (int i = 0; i < 6; i++) {
                seed.add(new JournalEntry("e" + i, now.minusDays(i), new BodySite(i % 2 == 0 ? Region.HIP : Region.ANKLE, Side.BOTH),
                        "grind", "sometimes", i + 2, List.of("walking", "getting_up"), List.of(),
                        "after a long walk on the beach, some stiffness the next morning", false, List.of(), null));
            }
        }
        return data;
    }
}
