package org.popcheck.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.LayoutCheck;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The one undo bar that the wizard ("Bring it back") and the journal ("Entry deleted. Undo") share. */
@ExtendWith(ApplicationExtension.class)
class UndoBarTest {

    /** The owners of an undo bar: their name and the key of their sentence. */
    private static final String[][] OWNERS = {{"wizard", "wizard.undo.cleared"}, {"journal", "journal.undo.deleted"}};

    @RegisterExtension
    final OwnWindow own = OwnWindow.hidden();

    @Test
    void aNewBarIsHiddenTakesNoRoomAndSaysWhatWasDoneInEachLanguage(FxRobot robot) {
        for (Language language : Language.values()) {
            for (String[] owner : OWNERS) {
                List<UndoBar> made = new ArrayList<>();
                robot.interact(() -> {
                    Messages.setLanguage(language);
                    made.add(new UndoBar(owner[0], owner[1], () -> { }));
                });
                UndoBar bar = made.get(0);
                String where = language + " " + owner[0];
                assertFalse(bar.isVisible(), where + ": hidden until there is something to undo");
                assertFalse(bar.isManaged(), where + ": a hidden bar takes no room");
                robot.interact(() -> bar.setVisible(true));
                assertTrue(bar.isManaged(), where + ": a shown bar takes its room");
                assertEquals(owner[0] + "-undo-bar", bar.getId());
                assertEquals(owner[0] + "-undo", bar.action().getId());
                assertTrue(bar.getStyleClass().contains(Styles.UNDO_BAR));
                assertEquals(Messages.get(owner[1]), bar.message().getText(), where);
                assertEquals(Messages.get(owner[0] + ".undo.action"), bar.action().getText(), where);
                assertEquals(Messages.get(owner[0] + ".undo.accessible"), bar.action().getAccessibleText(), where);
                assertFalse(bar.action().getAccessibleText().isBlank(), where + ": the button has a name");
            }
        }
    }

    @Test
    void theButtonUndoesByClickAndByKeyboard(FxRobot robot) {
        AtomicInteger undone = new AtomicInteger();
        List<UndoBar> made = new ArrayList<>();
        robot.interact(() -> {
            UndoBar bar = new UndoBar("journal", "journal.undo.deleted", undone::incrementAndGet);
            bar.setVisible(true);
            made.add(bar);
            own.stage().setScene(new Scene(new VBox(bar), 600, 200));
            own.stage().show();
        });
        UndoBar bar = made.get(0);
        robot.clickOn(bar.action());
        assertEquals(1, undone.get(), "a click undoes");
        robot.interact(() -> bar.action().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, undone.get(), "Space on the focused button undoes");
    }

    /**
     * In a narrow window at twice the text size the sentence wraps and the button keeps its whole
     * text, in every language. Pictures: target/screenshots/undo-bar-*.png.
     */
    @Test
    void inANarrowWindowAtTwiceTheTextTheSentenceWrapsAndTheButtonStaysWhole(FxRobot robot) {
        for (Language language : Language.values()) {
            for (double scale : new double[] {1.0, 2.0}) {
                List<String> problems = new ArrayList<>();
                List<UndoBar> bars = new ArrayList<>();
                robot.interact(() -> {
                    Messages.setLanguage(language);
                    VBox both = new VBox(8);
                    for (String[] owner : OWNERS) {
                        UndoBar bar = new UndoBar(owner[0], owner[1], () -> { });
                        bar.setVisible(true);
                        bars.add(bar);
                        both.getChildren().add(bar);
                    }
                    // 560 px: the content beside the navigation on a 1024 px screen is wider
                    own.show(both, 560, 600, Settings.defaultsFor(Locale.UK).withTextScale(scale));
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> problems.addAll(LayoutCheck.problems(own.stage().getScene())));
                Snapshots.write(own.stage().getScene(), Path.of("target/screenshots", "undo-bar-" + language.code() + "-" + (int) scale + "x.png"));
                String where = language + " at " + scale + "x";
                assertEquals(List.of(), problems, where);
                for (UndoBar bar : bars) {
                    assertTrue(bar.action().getWidth() >= bar.action().prefWidth(-1) - 0.5, where + ": " + bar.getId() + "'s button is whole");
                    assertTrue(bar.message().getHeight() <= bar.getHeight(), where + ": the sentence lies within the bar");
                }
                if (scale == 2.0) {
                    UndoBar wizard = bars.get(0);
                    double oneLine = wizard.message().getFont().getSize() * 1.6;
                    assertTrue(wizard.message().getHeight() > oneLine,
                            where + ": the long sentence wraps rather than push the button out (" + wizard.message().getHeight() + " px)");
                }
            }
        }
    }
}
