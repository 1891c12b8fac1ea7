package org.popcheck.ui.summary;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.report.ReportPeriod;
import org.popcheck.report.Summary;
import org.popcheck.report.SummaryBuilder;
import org.popcheck.report.SummaryPdf;
import org.popcheck.settings.Settings;

/**
 * The summary screen's state and work: which period, whose name, which paper, and the tasks that
 * make the PDF and its preview off the JavaFX thread. No controls here, so it is tested without them.
 */
public final class SummaryViewModel {

    public enum PeriodChoice { DAYS_30, DAYS_90, ALL, CUSTOM }

    /** A made summary: the PDF bytes, page one as a picture, and how many pages. */
    public record Made(byte[] pdf, BufferedImage pageOne, int pages) {}

    private final ObjectProperty<PeriodChoice> period = new SimpleObjectProperty<>(PeriodChoice.DAYS_90);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Settings.Paper> paper = new SimpleObjectProperty<>(Settings.Paper.A4);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty dateProblem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final Supplier<List<JournalEntry>> entries;
    private final Supplier<SummaryBuilder> builder;
    private final Supplier<LocalDate> today;

    public SummaryViewModel(Supplier<List<JournalEntry>> entries, Supplier<SummaryBuilder> builder, Supplier<LocalDate> today) {
        this.entries = entries;
        this.builder = builder;
        this.today = today;
    }

    public ObjectProperty<PeriodChoice> periodProperty() {
        return period;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Settings.Paper> paperProperty() {
        return paper;
    }

    /**
     * Why a date typed in the custom period's boxes cannot be read ("2/30/2026 is not a date: ..."),
     * or empty. While it says something no summary is made from the custom period: the dates the
     * boxes still hold are not the ones the person typed.
     */
    public StringProperty dateProblemProperty() {
        return dateProblem;
    }

    /** One sentence about what just happened, for the status line (and screen readers). */
    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Checks the custom dates on the JavaFX thread before any work; false, with the reason in
     * {@link #statusProperty()}, when one cannot be read, or they are missing or the wrong way round.
     */
    public boolean choiceIsValid() {
        if (period.get() != PeriodChoice.CUSTOM) {
            return true;
        }
        if (!dateProblem.get().isEmpty()) {
            status.set(dateProblem.get() + " " + Messages.get("summary.screen.noSummaryUntilDate"));
            return false;
        }
        if (customFrom.get() == null || customTo.get() == null) {
            status.set(Messages.get("summary.screen.missingDates"));
            return false;
        }
        if (customFrom.get().isAfter(customTo.get())) {
            status.set(Messages.get("summary.screen.badDates"));
            return false;
        }
        return true;
    }

    /** The period of a valid choice; "everything" runs from the first entry to the last or today. */
    static ReportPeriod period(PeriodChoice choice, LocalDate from, LocalDate to, List<JournalEntry> all, LocalDate now) {
        return switch (choice) {
            case DAYS_30 -> ReportPeriod.lastDays(30, now, all);
            case DAYS_90 -> ReportPeriod.lastDays(90, now, all);
            case ALL -> {
                LocalDate first = all.stream().map(JournalEntry::localDate).min(LocalDate::compareTo).orElse(now);
                yield new ReportPeriod(first.isAfter(now) ? now : first, ReportPeriod.defaultEnd(all, now));
            }
            case CUSTOM -> new ReportPeriod(from, to);
        };
    }

    /** A task that makes the summary as it is chosen now; empty when the choice is not valid. */
    public Optional<Task<Made>> makeTask() {
        if (!choiceIsValid()) {
            return Optional.empty();
        }
        PeriodChoice choice = period.get();
        LocalDate from = customFrom.get();
        LocalDate to = customTo.get();
        String who = name.get();
        Settings.Paper size = paper.get();
        LocalDate madeOn = today.get();
        Task<Made> task = new Task<>() {
            @Override
            protected Made call() throws Exception {
                updateProgress(0.05, 1);
                // The snapshot is taken here, off the JavaFX thread: a big journal takes a moment to copy.
                List<JournalEntry> snapshot = entries.get();
                Summary summary = builder.get().build(snapshot, period(choice, from, to, snapshot, madeOn), who, madeOn);
                updateProgress(0.3, 1);
                return render(summary, size, (done) -> updateProgress(0.3 + 0.7 * done, 1));
            }
        };
        track(task);
        task.setOnSucceeded(e -> status.set(Messages.get("summary.screen.ready", task.getValue().pages())));
        return Optional.of(task);
    }

    static Made render(Summary summary, Settings.Paper size, java.util.function.DoubleConsumer progress) throws IOException {
        try (PDDocument doc = SummaryPdf.render(summary, size)) {
            progress.accept(0.5);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            progress.accept(0.8);
            // 1.5 times 72 dpi: sharp enough to read on screen, quick to draw.
            BufferedImage page = new PDFRenderer(doc).renderImage(0, 1.5f);
            progress.accept(1.0);
            return new Made(out.toByteArray(), page, doc.getNumberOfPages());
        }
    }

    /** Draws page {@code index} (from 0) of a made PDF for the preview, at the same scale as page one. */
    static BufferedImage renderPage(byte[] pdf, int index) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImage(index, 1.5f);
        }
    }

    /** Writes made PDF bytes to {@code target} through a temporary file, so a failure leaves no half file. */
    public Task<Path> saveTask(byte[] pdf, Path target) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                Path absolute = target.toAbsolutePath();
                Path temp = Files.createTempFile(absolute.getParent(), ".popcheck-summary-", ".pdf.part");
                try {
                    Files.write(temp, pdf);
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(temp);
                }
                return absolute;
            }
        };
        track(task);
        task.setOnSucceeded(e -> status.set(Messages.get("summary.screen.saved", task.getValue().toString())));
        task.setOnFailed(e -> status.set(Messages.get("summary.screen.saveFailed", reason(task.getException()))));
        return task;
    }

    /** Opens made PDF bytes again for printing. */
    public static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    public String defaultFileName() {
        return Messages.get("summary.screen.fileName", today.get().toString());
    }

    private void track(Task<?> task) {
        busy.set(true);
        status.set(Messages.get("summary.screen.making"));
        task.runningProperty().addListener((obs, was, running) -> {
            if (!running) {
                busy.set(false);
            }
        });
        task.setOnFailed(e -> status.set(Messages.get("summary.screen.failed", reason(task.getException()))));
    }

    static String reason(Throwable t) {
        if (t == null) {
            return "";
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return Messages.get("summary.cli.denied");
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
