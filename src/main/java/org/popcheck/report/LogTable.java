package org.popcheck.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.popcheck.i18n.Messages;
import org.popcheck.exercise.DoneWords;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.EntrySigns;
import org.popcheck.journal.JournalEntry;

/** The full log as a table, oldest first, over as many pages as it needs, with the header on each page. */
final class LogTable {

    /**
     * The log's time column stays ISO 8601 in every language: the column is sized for it, and a
     * clinician reading a log written abroad cannot mistake 2026-03-04 for 3 April.
     */
    static final java.time.format.DateTimeFormatter LOG_TIME = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    static final float SIZE = 7f;
    static final float LINE = 9f;
    static final float PAD = 3f;
    static final float HEADER_HEIGHT = 22f;
    static final float TITLE_HEIGHT = 22f;
    static final float HEADER_SIZE = 6.5f;
    /** What a column's width leaves out of its header's lines and its cells' lines: the gaps to its neighbours. */
    private static final float HEADER_INSET = 3f;
    private static final float CELL_INSET = 4f;
    /** Room for the rounding of the columns' edges, so that a word exactly as wide as its column still fits. */
    private static final float ROUNDING = 0.5f;
    /**
     * Column shares of the text width when content does not decide: a column whose longest line fits its share
     * is set whole; the rest of the width goes to the others by how much text they hold (ColumnWidths#fromContent).
     */
    private static final float[] SHARES = {0.145f, 0.09f, 0.042f, 0.055f, 0.087f, 0.095f, 0.1f, 0.163f, 0.223f};
    private static final String[] HEADERS = {
        "time", "joint", "pain", "sound", "frequency", "triggers", "warnings", "exercises", "notes"};

    private final PDDocument doc;
    private final FontSet fonts;
    private final PDRectangle paper;
    private final float footerHeight;

    LogTable(PDDocument doc, FontSet fonts, PDRectangle paper, float footerHeight) {
        this.doc = doc;
        this.fonts = fonts;
        this.paper = paper;
        this.footerHeight = footerHeight;
    }

    /** Rows of one line each that fit a table page: tests and the page count rely on it. */
    static int singleLineRowsPerPage(PDRectangle paper) {
        return (int) Math.floor(tableHeight(paper) / (LINE + PAD));
    }

    private static float tableHeight(PDRectangle paper) {
        return paper.getHeight() - SummaryPdf.MARGIN - TITLE_HEIGHT - HEADER_HEIGHT - SummaryPdf.FOOTER_HEIGHT;
    }

    void draw(List<JournalEntry> entries) throws IOException {
        float left = SummaryPdf.MARGIN;
        float width = paper.getWidth() - 2 * SummaryPdf.MARGIN;
        Set<LocalDate> offsetDays = daysTheOffsetChanges(entries);
        float[] colX = columnEdges(entries, offsetDays, left, width);
        float limit = paper.getHeight() - footerHeight;
        int i = 0;
        // the rest of a row taller than a page (a 2,000-character note), which goes on at the top of the next
        List<List<String>> rest = null;
        while (i < entries.size()) {
            PDPage page = new PDPage(paper);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PdfCanvas c = new PdfCanvas(cs, fonts, paper.getHeight());
                float y = pageHeader(c, colX);
                boolean first = true;
                while (i < entries.size()) {
                    List<List<String>> cells = rest != null ? rest : cells(c, entries.get(i), colX, offsetDays);
                    rest = null;
                    int lines = cells.stream().mapToInt(List::size).max().orElse(1);
                    int room = (int) Math.floor((limit - y - PAD) / LINE);
                    if (lines > room) {
                        if (!first) {
                            break; // next page
                        }
                        // A row taller than a whole page: as many lines as fit here, the rest on the next page.
                        rest = new ArrayList<>();
                        for (int k = 0; k < cells.size(); k++) {
                            List<String> cell = cells.get(k);
                            rest.add(new ArrayList<>(cell.subList(Math.min(room, cell.size()), cell.size())));
                            cells.set(k, new ArrayList<>(cell.subList(0, Math.min(room, cell.size()))));
                        }
                        lines = room;
                    }
                    float h = lines * LINE + PAD;
                    if (i % 2 == 1) {
                        c.fillRect(left, y, width, h, PdfCanvas.FAINT);
                    }
                    for (int k = 0; k < cells.size(); k++) {
                        float baseline = y + LINE - 1.5f;
                        for (String line : cells.get(k)) {
                            c.textInBox(line, colX[k] + 2, colX[k + 1] - 2, baseline, SIZE, false, PdfCanvas.INK);
                            baseline += LINE;
                        }
                    }
                    y += h;
                    first = false;
                    if (rest != null) {
                        break;
                    }
                    i++;
                }
            }
        }
    }

    private float pageHeader(PdfCanvas c, float[] colX) throws IOException {
        float top = SummaryPdf.MARGIN;
        c.text(Messages.get("summary.log.title"), colX[0], top + 12, 11, true, PdfCanvas.INK);
        c.textRight(Messages.get("summary.log.flagKey"), colX[colX.length - 1], top + 12, 7.5f, false, PdfCanvas.MUTED);
        float y = top + TITLE_HEIGHT;
        // Headers wrap so a narrow column never runs into the next one; the row grows past two lines
        // rather than cut a translated header.
        List<List<String>> headers = new ArrayList<>();
        int most = 2;
        for (int k = 0; k < HEADERS.length; k++) {
            headers.add(c.wrap(header(k), colX[k + 1] - colX[k] - HEADER_INSET, HEADER_SIZE, true));
            most = Math.max(most, headers.get(k).size());
        }
        float height = HEADER_HEIGHT + 8f * (most - 2);
        c.fillRect(colX[0], y, colX[colX.length - 1] - colX[0], height, PdfCanvas.RULE);
        for (int k = 0; k < HEADERS.length; k++) {
            float baseline = y + 8.5f;
            for (String line : headers.get(k)) {
                c.text(line, colX[k] + 2, baseline, HEADER_SIZE, true, PdfCanvas.INK);
                baseline += 8f;
            }
        }
        return y + height;
    }

    /**
     * The days on which the clock's offset from UTC differs from the entry before: a daylight-saving
     * change or a journey. On those days the log shows each time with its offset, since 02:30 on the
     * night the clocks go back happened twice and the times of the day would not otherwise line up.
     */
    static Set<LocalDate> daysTheOffsetChanges(List<JournalEntry> oldestFirst) {
        Set<LocalDate> days = new HashSet<>();
        for (int k = 1; k < oldestFirst.size(); k++) {
            JournalEntry before = oldestFirst.get(k - 1);
            JournalEntry e = oldestFirst.get(k);
            if (!e.at().getOffset().equals(before.at().getOffset())) {
                days.add(e.localDate());
            }
        }
        return days;
    }

    /**
     * Where each column starts, and the last one ends: widths from what the columns hold ({@link
     * ColumnWidths#fromContent}), each at least as wide as the widest word of its header and cells, so that no
     * word there is cut ("Sch|merz"), and a column of long text (a check's warning signs) is not squeezed to a
     * word or two a line.
     */
    float[] columnEdges(List<JournalEntry> entries, Set<LocalDate> offsetDays, float left, float width) throws IOException {
        PdfCanvas measure = new PdfCanvas(null, fonts, paper.getHeight());
        float[] least = new float[HEADERS.length];
        float[] natural = new float[HEADERS.length];
        float[] amount = new float[HEADERS.length];
        for (int k = 0; k < HEADERS.length; k++) {
            least[k] = measure.longestWord(header(k), HEADER_SIZE, true) + HEADER_INSET + ROUNDING;
            natural[k] = least[k];
        }
        for (JournalEntry e : entries) {
            String[] values = values(e, offsetDays);
            for (int k = 0; k < values.length; k++) {
                least[k] = Math.max(least[k], measure.longestWord(values[k], SIZE, false) + CELL_INSET + ROUNDING);
                for (String paragraph : values[k].split("\\R")) {
                    float w = measure.width(paragraph, SIZE, false);
                    natural[k] = Math.max(natural[k], w + CELL_INSET + ROUNDING);
                    amount[k] += w;
                }
            }
        }
        float[] widths = ColumnWidths.fromContent(SHARES, natural, amount, least, width);
        float[] colX = new float[widths.length + 1];
        colX[0] = left;
        for (int k = 0; k < widths.length; k++) {
            colX[k + 1] = colX[k] + widths[k];
        }
        return colX;
    }

    private static String header(int column) {
        return Messages.get("summary.log.col." + HEADERS[column]);
    }

    private List<List<String>> cells(PdfCanvas c, JournalEntry e, float[] colX, Set<LocalDate> offsetDays) throws IOException {
        String[] values = values(e, offsetDays);
        List<List<String>> cells = new ArrayList<>(values.length);
        for (int k = 0; k < values.length; k++) {
            cells.add(c.wrap(values[k], colX[k + 1] - colX[k] - CELL_INSET, SIZE, false));
        }
        return cells;
    }

    /** What each column of an entry's row says, before it is wrapped. */
    static String[] values(JournalEntry e, Set<LocalDate> offsetDays) {
        String time = e.at().format(LOG_TIME);
        return new String[] {
            offsetDays.contains(e.localDate()) ? time + " " + e.at().getOffset().getId().replace("Z", "+00:00") : time,
            Labels.site(e.site()),
            e.pain() == null ? "" : e.pain().toString(),
            Labels.option(e.sound()),
            Labels.option(e.frequency()),
            e.triggers().stream().map(Labels::option).collect(Collectors.joining(", ")),
            EntrySigns.of(e).stream().map(Labels::sign).collect(Collectors.joining("; ")),
            e.exercises().stream().map(LogTable::exercise).collect(Collectors.joining(", ")),
            notes(e)
        };
    }

    /**
     * "Calf raises 3×12", then in brackets what the person said after it: the pain at the end and how it
     * was the next morning, and the stop signs they ticked.
     */
    private static String exercise(ExerciseDone x) {
        String done = DoneWords.shortLine(ExerciseNames.name(x.exerciseId()), x);
        List<String> said = new ArrayList<>();
        if (x.painDuring() != null || x.nextMorning() != null) {
            said.add(SessionWords.painAndMorning(new Summary.SessionPain(null, null, x.painDuring(), x.nextMorning())));
        }
        if (x.stopSign()) {
            said.add(Messages.get("summary.log.stopSigns", DoneWords.stopSignsInOneLine(x)));
        }
        return said.isEmpty() ? done : done + " (" + String.join("; ", said) + ")";
    }

    private static String notes(JournalEntry e) {
        StringBuilder b = new StringBuilder();
        if (e.assessment() != null) {
            b.append(Messages.get("summary.log.check", Labels.level(e.assessment().level()))).append(' ');
        }
        if (e.forClinician() && !e.notes().isBlank()) {
            b.append("★ ");
        }
        return b.append(e.notes().strip()).toString().strip();
    }
}
