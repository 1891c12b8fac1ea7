package org.popcheck.report;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages of the summary before its log, added as the sections need them: a summary for a clinician
 * never leaves out a reason, an answer or a note because page one is full, it goes on to the next page.
 * Each page keeps one content stream open until {@link #close}, so two columns can write to it in turn.
 */
final class Pages implements Closeable {

    private final PDDocument doc;
    private final FontSet fonts;
    private final PDRectangle size;
    /** Where text may start on a page, from the top. */
    final float top;
    /** Where the footer begins, from the top: nothing is drawn below it. */
    final float bottom;
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private final List<PdfCanvas> canvases = new ArrayList<>();

    Pages(PDDocument doc, FontSet fonts, PDRectangle size, float top, float bottom) {
        this.doc = doc;
        this.fonts = fonts;
        this.size = size;
        this.top = top;
        this.bottom = bottom;
    }

    /** The canvas of page {@code index} (0 is page one), adding pages up to it when they are not there yet. */
    PdfCanvas canvas(int index) throws IOException {
        while (canvases.size() <= index) {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            PDPageContentStream cs = new PDPageContentStream(doc, page);
            streams.add(cs);
            canvases.add(new PdfCanvas(cs, fonts, size.getHeight()));
        }
        return canvases.get(index);
    }

    int count() {
        return canvases.size();
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (PDPageContentStream cs : streams) {
            try {
                cs.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
