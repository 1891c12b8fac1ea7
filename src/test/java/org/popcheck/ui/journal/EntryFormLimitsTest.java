package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The entry form keeps the same limits as the command line, and says so in words, with the clock of Berlin. */
@ExtendWith(ApplicationExtension.class)
class EntryFormLimitsTest {

    private Stage stage;
    private EntryForm form;
    private TimeZone before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @BeforeEach
    void berlin() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    private void open(FxRobot robot, LocalDate date, String time, String notes) {
        robot.interact(() -> {
            form = new EntryForm(null);
            form.region.setValue(Region.ANKLE);
            form.side.setValue(Side.LEFT);
            form.date.setValue(date);
            form.time.setText(time);
            form.notes.setText(notes);
            stage.setScene(new Scene(form, 620, 700));
        });
    }

    @ParameterizedTest
    @CsvSource({"2026-02-30, February 2026 has 28 days", "2026-04-31, April 2026 has 30 days", "2026-13-01, 12 months"})
    void anImpossibleTypedDateIsRefusedInWordsAndNotMoved(String typed, String says, FxRobot robot) {
        open(robot, LocalDate.of(2026, 2, 1), "12:00", "");
        robot.interact(() -> {
            form.date.getEditor().setText(typed);
            form.date.setValue(form.date.getConverter().fromString(form.date.getEditor().getText()));
        });
        String problem = form.validate();
        assertTrue(problem.startsWith(typed + " is not a date") && problem.contains(says), problem);
        assertTrue(form.invalid().get(), "Save stays off");
        assertFalse(LocalDate.of(2026, 2, 28).equals(form.date.getValue()), "not quietly moved to the 28th");
        robot.interact(() -> form.date.setValue(LocalDate.of(2026, 2, 27)));
        assertEquals("", form.validate(), "a date picked from the calendar replaces the refused one");
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-29, 02:30, did not exist", // clocks forward in Berlin
        "2026-03-29, 02:00, did not exist",
        "1899-12-31, 12:00, 1900-01-01",
        "0001-01-01, 12:00, 1900-01-01",
        "2062-01-01, 12:00, future"
    })
    void aTimeOutsideTheLimitsCannotBeSaved(String date, String time, String says, FxRobot robot) {
        open(robot, LocalDate.parse(date), time, "");
        String problem = form.validate();
        assertTrue(problem.contains(says), problem);
        assertTrue(form.invalid().get(), "Save stays off");
    }

    @Test
    void aTimeShownTwiceIsSavedAsTheFirstAndTheFormSaysSo(FxRobot robot) throws Exception {
        open(robot, LocalDate.of(2026, 10, 25), "02:30", "");
        assertEquals("", form.validate());
        assertTrue(form.timeNote.getText().contains("+02:00"), form.timeNote.getText());
        assertEquals("+02:00", form.toEntry().at().getOffset().getId());
        Path out = Files.createDirectories(Path.of("target", "screenshots"));
        var image = WaitForAsyncUtils.asyncFx(() -> form.snapshot(null, null)).get(5, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve("entry-form-time-shown-twice.png").toFile());
        robot.interact(() -> form.time.setText("04:30"));
        assertEquals("", form.timeNote.getText(), "an ordinary time has no note");
        assertFalse(form.timeNote.isManaged());
    }

    @ParameterizedTest
    @CsvSource({"0x1F9B6, 1500, ''", "0x1F9B6, 2000, ''", "0x0E01, 2000, ''", "0x1F9B6, 2001, '2,001'", "0x0061, 2500, '2,500'"})
    void notesAreCountedInCharacters(String hex, int count, String says, FxRobot robot) {
        open(robot, LocalDate.of(2026, 3, 1), "08:30", new String(Character.toChars(Integer.decode(hex))).repeat(count));
        assertTrue(form.notesCount.getText().startsWith(String.format("%,d", count)), form.notesCount.getText());
        if (says.isEmpty()) {
            assertEquals("", form.validate());
        } else {
            assertTrue(form.validate().contains(says), form.validate());
        }
    }
}
