package org.popcheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;

/** Lays a {@link Summary} out as PDF pages: page one, then the log table, a footer on every page. */
public final class SummaryPdf {

    static final float MARGIN = 36;
    static final float FOOTER_HEIGHT = 44;

    private SummaryPdf() {}

    public static PDRectangle pageSize(Settings.Paper paper) {
        return paper == Settings.Paper.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
    }

    /** The summary as an open document; the caller closes it. Used for saving, printing and the preview. */
    public static PDDocument render(Summary summary, Settings.Paper paper) throws IOException {
        PDRectangle size = pageSize(paper);
        PDDocument doc = new PDDocument();
        try {
            FontSet fonts = new FontSet(doc);
            float footer = footerHeight(fonts, summary, size);
            try (Pages pages = new Pages(doc, fonts, size, MARGIN, size.getHeight() - footer)) {
                new PageOne(pages, summary, MARGIN, size.getWidth() - MARGIN).draw();
            }
            new LogTable(doc, fonts, size, footer).draw(summary.log());
            footers(doc, fonts, summary, size);
            info(doc, summary);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    public static void write(Summary summary, Settings.Paper paper, OutputStream out) throws IOException {
        try (PDDocument doc = render(summary, paper)) {
            doc.save(out);
        }
    }

    /**
     * Writes the PDF next to {@code target} first and moves it into place only when complete, so a
     * failure never leaves half a file where the person expects their summary.
     */
    public static int writeFile(Summary summary, Settings.Paper paper, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "the folder does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new AccessDeniedException(absolute.toString(), null, "it is a folder, not a file");
        }
        Path temp = Files.createTempFile(dir, ".popcheck-summary-", ".pdf.part");
        try {
            int pages;
            try (PDDocument doc = render(summary, paper); OutputStream out = Files.newOutputStream(temp)) {
                pages = doc.getNumberOfPages();
                doc.save(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return pages;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Points from one line of the footer's disclaimer to the next. */
    private static final float FOOTER_LEADING = 9.5f;

    /**
     * The footer's height: {@link #FOOTER_HEIGHT} for a disclaimer of up to two lines, more for a longer one
     * (a translation), which is shown whole, never cut.
     */
    private static float footerHeight(FontSet fonts, Summary summary, PDRectangle size) throws IOException {
        return FOOTER_HEIGHT + FOOTER_LEADING * Math.max(0, disclaimerLines(new PdfCanvas(null, fonts, size.getHeight()), summary, size).size() - 2);
    }

    private static java.util.List<String> disclaimerLines(PdfCanvas c, Summary summary, PDRectangle size) throws IOException {
        String disclaimer = Messages.get("summary.pdf.disclaimer", org.popcheck.i18n.LocalFormats.date(summary.madeOn()));
        // room for the widest page number the document could have
        float pageW = c.width(Messages.get("summary.pdf.page", 9999, 9999), 8, true);
        return c.wrap(disclaimer, size.getWidth() - 2 * MARGIN - pageW - 16, 7.5f, false);
    }

    private static void footers(PDDocument doc, FontSet fonts, Summary summary, PDRectangle size) throws IOException {
        int total = doc.getNumberOfPages();
        float height = footerHeight(fonts, summary, size);
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                PdfCanvas c = new PdfCanvas(cs, fonts, size.getHeight());
                float top = size.getHeight() - height + 12;
                float right = size.getWidth() - MARGIN;
                c.line(MARGIN, top, right, top, 0.5f, PdfCanvas.RULE);
                java.util.List<String> lines = disclaimerLines(c, summary, size);
                for (int k = 0; k < lines.size(); k++) {
                    c.text(lines.get(k), MARGIN, top + 11 + k * FOOTER_LEADING, 7.5f, false, PdfCanvas.MUTED);
                }
                c.textRight(Messages.get("summary.pdf.page", i + 1, total), right, top + 11, 8, true, PdfCanvas.INK);
            }
        }
    }

    private static void info(PDDocument doc, Summary summary) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(Messages.get("summary.pdf.title"));
        info.setCreator("PopCheck");
        info.setProducer("PopCheck");
        Calendar made = GregorianCalendar.from(summary.madeOn().atStartOfDay(java.time.ZoneId.systemDefault()));
        info.setCreationDate(made);
    }
}
