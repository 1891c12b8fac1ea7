package org.popcheck.ui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalAccess;
import org.popcheck.journal.JournalEntry;
import org.popcheck.report.SummaryPrinter;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.AppContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SummaryScreenTest {

    @TempDir
    static Path dir;

    private SummaryScreen screen;

    /** For the test that sizes its window: the shared primary stage would keep the sizes set there. */
    @RegisterExtension
    final OwnWindow own = OwnWindow.hidden();

    /** A journal in memory with a note flagged for the clinician yesterday. */
    static final class ListJournal implements JournalAccess {
        final List<JournalEntry> entries = new ArrayList<>();

        @Override
        public List<JournalEntry> entries() {
            return List.copyOf(entries);
        }

        @Override
        public void add(JournalEntry entry) {
            entries.add(entry);
        }

        @Override
        public void update(JournalEntry entry) {
            entries.replaceAll(e -> e.id().equals(entry.id()) ? entry : e);
        }

        @Override
        public boolean readOnly() {
            return false;
        }
    }

    @Start
    void start(Stage stage) {
        AppContext context = AppContext.create(dir);
        ListJournal journal = new ListJournal();
        OffsetDateTime yesterday = LocalDate.now().minusDays(1).atTime(9, 15).atOffset(ZoneOffset.UTC);
        journal.add(new JournalEntry("n1", yesterday, new BodySite(Region.ANKLE, Side.LEFT), "click", "daily", 3,
                List.of(), List.of(), "Clicks going downstairs", true, List.of(), null));
        context.setJournal(journal);
        screen = new SummaryScreen(context, new SummaryPrinter(() -> false, () -> null));
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1100, 760));
        stage.show();
        screen.onShow();
    }

    private void waitUntilIdle(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !screen.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePreviewPagesThroughTheWholeSummaryAndZooms(FxRobot robot) throws Exception {
        waitUntilIdle(robot);
        ImageView preview = robot.lookup("#summary-preview").queryAs(ImageView.class);
        javafx.scene.image.Image pageOne = preview.getImage();
        assertEquals("Page 1 of 2", robot.lookup("#preview-page").queryLabeled().getText());
        assertTrue(robot.lookup("#preview-previous").queryButton().isDisabled(), "no page before the first");
        robot.clickOn("#preview-next");
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> preview.getImage() != pageOne);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Page 2 of 2", robot.lookup("#preview-page").queryLabeled().getText());
        assertTrue(robot.lookup("#preview-next").queryButton().isDisabled(), "no page after the last");
        double fitted = preview.getFitWidth();
        robot.clickOn("#preview-zoom-in");
        assertEquals(fitted * 1.25, preview.getFitWidth(), 0.5, "zoomed in");
        robot.clickOn("#preview-zoom-fit");
        robot.clickOn("#preview-zoom-out");
        assertEquals(fitted / 1.25, preview.getFitWidth(), 0.5, "zoomed out");
        robot.clickOn("#preview-previous");
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#preview-page").queryLabeled().getText().equals("Page 1 of 2"));
    }

    @Test
    void showingTheScreenMakesAPreviewOfPageOne(FxRobot robot) throws Exception {
        waitUntilIdle(robot);
        ImageView preview = robot.lookup("#summary-preview").queryAs(ImageView.class);
        assertNotNull(preview.getImage(), "page one is shown");
        assertTrue(robot.lookup("#summary-status").queryLabeled().getText().contains("2 page"), "page one and one page of log");
        robot.interact(() -> {
            try {
                Files.createDirectories(Path.of("target"));
                ImageIO.write(SwingFXUtils.fromFXImage(screen.view().snapshot(null, null), null), "png",
                        Path.of("target", "summary-screen.png").toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void savingWritesThePdfWithTheNameTyped(FxRobot robot) throws Exception {
        waitUntilIdle(robot);
        robot.clickOn("#summary-name").write("Kim Lee");
        Path target = dir.resolve("mine.pdf");
        robot.interact(() -> screen.saveTo(target));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> Files.exists(target) && !screen.model().busyProperty().get());
        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Kim Lee"), text);
            assertTrue(text.contains("Clicks going downstairs"), text);
        }
    }

    @Test
    void printingWithNoPrinterSaysSoAndOffersThePdf(FxRobot robot) throws Exception {
        waitUntilIdle(robot);
        robot.clickOn("#summary-print");
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#summary-no-printer").tryQuery().isPresent());
        assertTrue(robot.lookup("#summary-status").queryLabeled().getText().contains("No printer"));
        javafx.scene.control.DialogPane pane = robot.lookup("#summary-no-printer").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(pane.getButtonTypes().stream().anyMatch(b -> b.getText().equals("Save as PDF instead")), "the PDF is offered");
        robot.interact(() -> pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst()
                .ifPresent(b -> ((javafx.scene.control.Button) pane.lookupButton(b)).fire()));
    }

    @Test
    void customDatesTheWrongWayRoundAreRefusedWithASentence(FxRobot robot) throws Exception {
        waitUntilIdle(robot);
        robot.clickOn("Choose dates");
        robot.interact(() -> {
            robot.lookup("#summary-from").queryAs(javafx.scene.control.DatePicker.class).setValue(LocalDate.of(2026, 5, 2));
            robot.lookup("#summary-to").queryAs(javafx.scene.control.DatePicker.class).setValue(LocalDate.of(2026, 5, 1));
        });
        robot.clickOn("#summary-refresh");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The start date must be on or before the end date.", robot.lookup("#summary-status").queryLabeled().getText());
    }

    /**
     * A date typed in the period's boxes that cannot be read gets one sentence naming it, the box is
     * marked, and no summary is made from a period the person did not mean (the box still held an
     * earlier date): not on Refresh, not on Save. Once it is a date, all is well again.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"45/99/2026", "13/13/2026", "2/30/2026", "yesterday", "2026-02-30", "12/1", "31/31/31"})
    void anUnreadableDateInThePeriodIsNamedMarkedAndMakesNoSummary(String typed, FxRobot robot) throws Exception {
        List<Throwable> uncaught = new ArrayList<>();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        javafx.scene.control.DatePicker from = robot.lookup("#summary-from").queryAs(javafx.scene.control.DatePicker.class);
        javafx.scene.control.Label problem = robot.lookup("#summary-date-problem").queryAs(javafx.scene.control.Label.class);
        ImageView preview = robot.lookup("#summary-preview").queryAs(ImageView.class);
        madeFromAValidPeriod(robot);
        javafx.scene.image.Image before = preview.getImage();

        robot.interact(() -> from.getEditor().clear());
        robot.clickOn(from.getEditor()).write(typed).push(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), uncaught, "no exception for " + typed);
        assertTrue(problem.isVisible() && problem.getText().contains(typed) && problem.getText().contains("not a date"),
                "named under the boxes: " + problem.getText());
        assertTrue(from.getEditor().getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("danger")), "the box is marked");
        assertTrue(from.getEditor().getAccessibleText().contains(typed), "and says so to a screen reader: " + from.getEditor().getAccessibleText());
        assertEquals(null, from.getValue(), "the earlier date is not kept as if it were meant");
        assertEquals(typed, from.getEditor().getText(), "what was typed stays, to be corrected");

        robot.clickOn("#summary-refresh");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntilIdle(robot);
        String status = robot.lookup("#summary-status").queryLabeled().getText();
        assertTrue(status.contains(typed) && status.contains("No summary"), status);
        assertTrue(problem.getText().contains(typed), "leaving the box does not drop the sentence");
        assertTrue(preview.getImage() == before, "no new summary made");
        Path target = dir.resolve("unmeant-" + typed.replaceAll("[^0-9a-z]", "_") + ".pdf");
        robot.interact(() -> screen.saveTo(target));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        waitUntilIdle(robot);
        assertTrue(!Files.exists(target), "nothing saved from a period not meant");
        robot.interact(() -> robot.lookup("#summary-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), uncaught, "Save as PDF asks for no file name (the chooser would open) for a period that cannot be made");

        String good = new org.popcheck.ui.journal.StrictDateConverter(org.popcheck.i18n.Messages.locale()).toString(LocalDate.now().minusDays(10));
        robot.interact(() -> from.getEditor().clear());
        robot.clickOn(from.getEditor()).write(good).push(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", problem.getText(), "a date read clears the sentence");
        assertTrue(!problem.isManaged(), "which then takes no room");
        assertTrue(!from.getEditor().getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("danger")), "and the mark");
        robot.clickOn("#summary-refresh");
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> preview.getImage() != before);
        assertEquals(LocalDate.now().minusDays(10), from.getValue());
    }

    /** Typed, not confirmed with Enter, and Refresh reached with the keyboard: the typed text is what counts. */
    @Test
    void anUnreadableDateTypedButNotConfirmedIsReadBeforeASummaryIsMade(FxRobot robot) throws Exception {
        javafx.scene.control.DatePicker to = robot.lookup("#summary-to").queryAs(javafx.scene.control.DatePicker.class);
        ImageView preview = robot.lookup("#summary-preview").queryAs(ImageView.class);
        madeFromAValidPeriod(robot);
        javafx.scene.image.Image before = preview.getImage();
        robot.interact(() -> to.getEditor().clear());
        robot.clickOn(to.getEditor()).write("6/31/2026");
        robot.interact(() -> robot.lookup("#summary-refresh").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        waitUntilIdle(robot);
        String status = robot.lookup("#summary-status").queryLabeled().getText();
        assertTrue(status.contains("6/31/2026") && status.contains("June 2026 has 30 days"), status);
        assertTrue(preview.getImage() == before, "no summary from the end date still in the box");
    }

    /**
     * Enter in any field or choice of the screen (the name, the period's boxes, the period and paper
     * choices) does not press Save as PDF, which would open the file dialog; Save is no default button.
     */
    @Test
    void enterInAnyFieldOrChoiceDoesNotPressSave(FxRobot robot) throws Exception {
        waitUntilIdle(robot);
        robot.clickOn("Choose dates");
        javafx.scene.control.Button save = robot.lookup("#summary-save").queryButton();
        int[] pressed = {0};
        save.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            pressed[0]++;
            e.consume(); // no file dialog in the test
        });
        List<javafx.scene.Node> fields = new ArrayList<>();
        fields.add(robot.lookup("#summary-name").query());
        fields.add(robot.lookup("#summary-from").queryAs(javafx.scene.control.DatePicker.class).getEditor());
        fields.add(robot.lookup("#summary-to").queryAs(javafx.scene.control.DatePicker.class).getEditor());
        fields.addAll(robot.lookup(".radio-button").queryAll());
        assertEquals(9, fields.size(), "name, two date boxes, four periods, two papers");
        for (javafx.scene.Node field : fields) {
            robot.interact(field::requestFocus);
            robot.type(javafx.scene.input.KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(0, pressed[0], "Enter in " + field + " pressed Save");
        }
        assertTrue(!save.isDefaultButton(), "Save is not the window's default button");
        robot.interact(save::fire);
        assertEquals(1, pressed[0], "Save itself still saves");
    }

    /** Chooses dates, a valid period, and waits for its summary. */
    private void madeFromAValidPeriod(FxRobot robot) throws Exception {
        waitUntilIdle(robot);
        robot.clickOn("Choose dates");
        robot.interact(() -> {
            robot.lookup("#summary-from").queryAs(javafx.scene.control.DatePicker.class).setValue(LocalDate.now().minusDays(30));
            robot.lookup("#summary-to").queryAs(javafx.scene.control.DatePicker.class).setValue(LocalDate.now());
        });
        robot.clickOn("#summary-refresh");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntilIdle(robot);
        assertTrue(robot.lookup("#summary-status").queryLabeled().getText().contains("page"), "a summary of the valid period");
    }

    /**
     * The sentence under the period's boxes, in en, es and de, at 1280x800 and 1024x600 with the usual
     * and twice the text size: whole, inside the window. Pictures: target/screenshots/summary-date-problem/.
     */
    @Test
    void theDateProblemFitsInEachLanguageAtEveryUsualSize(FxRobot robot) {
        for (org.popcheck.i18n.Language language : org.popcheck.i18n.Language.values()) {
            for (int[] size : new int[][] {{1280, 800}, {1024, 600}}) {
                for (double scale : new double[] {1.0, 2.0}) {
                    List<String> problems = new ArrayList<>();
                    robot.interact(() -> {
                        org.popcheck.i18n.Messages.setLanguage(language);
                        AppContext context = AppContext.create(dir);
                        context.setJournal(new ListJournal());
                        SummaryScreen shown = new SummaryScreen(context, new SummaryPrinter(() -> false, () -> null));
                        own.show((javafx.scene.Parent) shown.view(), size[0] - 210, size[1], // beside the navigation
                                org.popcheck.settings.Settings.defaultsFor(java.util.Locale.UK).withTextScale(scale));
                    });
                    robot.interact(() -> {
                        Scene scene = own.stage().getScene();
                        scene.getRoot().applyCss();
                        for (javafx.scene.Node n : scene.getRoot().lookupAll(".radio-button")) {
                            if (((javafx.scene.control.RadioButton) n).getUserData() == SummaryViewModel.PeriodChoice.CUSTOM) {
                                ((javafx.scene.control.RadioButton) n).setSelected(true);
                            }
                        }
                        javafx.scene.control.DatePicker from = (javafx.scene.control.DatePicker) scene.lookup("#summary-from");
                        from.getEditor().setText("45/99/2026");
                        from.setValue(from.getConverter().fromString(from.getEditor().getText()));
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> {
                        own.stage().getScene().getRoot().applyCss();
                        own.stage().getScene().getRoot().layout();
                        problems.addAll(org.popcheck.ui.LayoutCheck.problems(own.stage().getScene()));
                    });
                    String look = language.code() + "-" + size[0] + "x" + size[1] + "-" + (int) scale + "x";
                    org.popcheck.ui.common.Snapshots.write(own.stage().getScene(), Path.of("target/screenshots/summary-date-problem", look + ".png"));
                    String said = ((javafx.scene.control.Label) own.stage().getScene().lookup("#summary-date-problem")).getText();
                    assertTrue(said.contains("45/99/2026"), look + ": " + said);
                    assertEquals(List.of(), problems, look);
                }
            }
        }
    }
}
