package org.popcheck.report;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.popcheck.settings.Settings;

/**
 * Prints the same pages as the PDF through the platform's print service: page setup, then the
 * print dialog. Says so when the computer has no printer, so the caller can offer the PDF instead.
 * The dialogs are modal and block: call this off the JavaFX thread.
 */
public final class SummaryPrinter {

    public enum Result { PRINTED, CANCELLED, NO_PRINTER }

    private final BooleanSupplier hasPrinter;
    private final Supplier<PrinterJob> jobs;

    public SummaryPrinter(BooleanSupplier hasPrinter, Supplier<PrinterJob> jobs) {
        this.hasPrinter = hasPrinter;
        this.jobs = jobs;
    }

    /** The computer's printers. */
    public static SummaryPrinter system() {
        return new SummaryPrinter(
                () -> PrintServiceLookup.lookupDefaultPrintService() != null
                        || PrintServiceLookup.lookupPrintServices(null, null).length > 0,
                PrinterJob::getPrinterJob);
    }

    public boolean hasPrinter() {
        return hasPrinter.getAsBoolean();
    }

    public Result print(PDDocument doc, Settings.Paper paper, String jobName) throws PrinterException {
        if (!hasPrinter()) {
            return Result.NO_PRINTER;
        }
        PrinterJob job = jobs.get();
        job.setJobName(jobName);
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(paper == Settings.Paper.LETTER ? MediaSizeName.NA_LETTER : MediaSizeName.ISO_A4);
        attributes.add(new JobName(jobName, null));
        // Page setup first (paper, orientation, margins), then the usual print dialog with the same choices.
        if (job.pageDialog(attributes) == null) {
            return Result.CANCELLED;
        }
        job.setPageable(new PDFPageable(doc));
        if (!job.printDialog(attributes)) {
            return Result.CANCELLED;
        }
        job.print(attributes);
        return Result.PRINTED;
    }
}
