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
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalAccess;
import org.popcheck.journal.JournalEntry;
import org.popcheck.report.SummaryPrinter;
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
}
