package org.popcheck.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.popcheck.assessment.Answer;
import org.popcheck.i18n.LocalFormats;
import org.popcheck.i18n.Messages;
import org.popcheck.triage.Level;

/**
 * Page one: who and when, the latest level and why, the body map beside the warning-sign answers,
 * the trend per joint, adherence and the flagged notes. Everything a clinician reads in thirty seconds
 * comes first; nothing is cut or left out to keep it on one page: a section that does not fit goes on
 * to the next page ({@link Pages}, {@link Column}).
 */
final class PageOne {

    private final Pages pages;
    private final Summary s;
    private final float left;
    private final float right;

    PageOne(Pages pages, Summary summary, float left, float right) {
        this.pages = pages;
        this.s = summary;
        this.left = left;
        this.right = right;
    }

    void draw() throws IOException {
        PdfCanvas c = pages.canvas(0);
        float y = header(c, pages.top);
        if (s.isEmpty()) {
            empty(c, y);
            return;
        }
        Column at = new Column(pages, left, right - left, 0, y + 6);
        triageBox(at);
        at.down(10);
        bodyAndAnswers(at);
        at.down(8);
        trends(at);
        at.down(8);
        lowerSections(at);
        at.down(10);
        allAnswers(at);
    }

    private float header(PdfCanvas c, float top) throws IOException {
        c.text(Messages.get("summary.pdf.title"), left, top + 14, 16, true, PdfCanvas.INK);
        c.textRight(Messages.get("summary.pdf.brand"), right, top + 14, 10, true, PdfCanvas.MUTED);
        List<String> who = new ArrayList<>();
        who.add(Messages.get("summary.pdf.name", s.name() == null ? Messages.get("summary.pdf.notGiven") : s.name()));
        who.add(Messages.get("summary.pdf.age", s.age() == null ? Messages.get("summary.pdf.notGiven") : s.age()));
        who.add(Messages.get("summary.pdf.period", LocalFormats.date(s.period().from()), LocalFormats.date(s.period().to()), s.period().days()));
        who.add(Messages.get("summary.pdf.entries", s.log().size()));
        float y = top + 30;
        for (String line : c.wrap(String.join("   ·   ", who), right - left, 9, false)) {
            c.text(line, left, y, 9, false, PdfCanvas.INK);
            y += 11;
        }
        c.line(left, y - 4, right, y - 4, 0.8f, PdfCanvas.RULE);
        return y;
    }

    private void empty(PdfCanvas c, float y) throws IOException {
        c.fillRect(left, y + 6, right - left, 40, PdfCanvas.FAINT);
        c.text(Messages.get("summary.pdf.noEntries"), left + 12, y + 30, 12, true, PdfCanvas.INK);
        new BodyMapFigure(c).draw(left, y + 60, List.of());
        c.text(Messages.get("summary.pdf.noSites"), left + BodyMapFigure.WIDTH + 10, y + 120, 9, false, PdfCanvas.MUTED);
    }

    /** Points from one line of the latest check's heading to the next. */
    private static final float HEADING_LEADING = 14;
    /** Points from one line of the latest check's text to the next. */
    private static final float BOX_LEADING = 10.5f;

    /** One line of the latest check's box: its words, its size and weight, and its room. */
    private record BoxLine(String text, float size, boolean bold, float leading, float baseline) {}

    private void triageBox(Column at) throws IOException {
        PdfCanvas c = at.canvas();
        Summary.LatestTriage t = s.latest();
        float textX = left + 14;
        float width = right - textX - 8;
        List<String> lines = new ArrayList<>();
        List<Boolean> bold = new ArrayList<>();
        String heading;
        Color color;
        if (t == null) {
            heading = Messages.get("summary.pdf.noAssessment");
            color = PdfCanvas.RULE;
        } else {
            heading = Messages.get("summary.pdf.latest", LocalFormats.dateTime(t.at())) + "  " + Labels.level(t.level());
            color = levelColor(t.level());
            // when the injury was and the health facts that change what a clinician does (blood thinners, thin bones)
            for (String fact : CheckFactWords.lines(s.checkFacts())) {
                add(lines, bold, c.wrap(fact, width, 8.5f, false), false);
            }
            if (!t.recomputed() && !t.reasons().isEmpty()) {
                add(lines, bold, c.wrap(Messages.get("summary.pdf.savedRules", String.join(", ", t.reasons())), width, 8.5f, false), false);
            } else {
                // every reason whole: each ends with its source, which a clinician must be able to look up
                for (String reason : t.reasons()) {
                    add(lines, bold, c.wrap("• " + reason, width, 8.5f, false), false);
                }
                if (t.ageNotKnown() != null) {
                    add(lines, bold, ageNotKnownLines(c, t.ageNotKnown(), width), false);
                }
                if (t.savedLevel() != null && t.savedLevel() != t.level()) {
                    // The rules may have changed since; the clinician should know what the person was told.
                    add(lines, bold, c.wrap(Messages.get("summary.pdf.levelThen", Labels.level(t.savedLevel())), width, 8.5f, false), false);
                }
            }
            if (!t.causes().isEmpty()) {
                add(lines, bold, c.wrap(Messages.get("summary.pdf.causes", String.join("; ", t.causes())), width, 8.5f, false), false);
            }
            if (t.moreUrgentEarlier() != null) {
                add(lines, bold, c.wrap(Messages.get("summary.pdf.moreUrgentEarlier",
                        LocalFormats.dateTime(t.moreUrgentEarlier().at()), Labels.level(t.moreUrgentEarlier().level())), width, 8.5f, true), true);
            }
        }
        List<BoxLine> box = new ArrayList<>();
        // The level is the line a clinician reads first: it wraps rather than run off the page
        // ("Book a visit with a doctor or physical therapis" at A4, "oder Notf" in German).
        for (String line : c.wrap(heading, width, 11.5f, true)) {
            box.add(new BoxLine(line, 11.5f, true, HEADING_LEADING, 11));
        }
        for (int k = 0; k < lines.size(); k++) {
            box.add(new BoxLine(lines.get(k), 8.5f, bold.get(k), BOX_LEADING, 10));
        }
        drawBox(at, box, color, textX);
    }

    private static void add(List<String> lines, List<Boolean> bold, List<String> more, boolean isBold) {
        lines.addAll(more);
        more.forEach(line -> bold.add(isBold));
    }

    /** Padding of the box above its first line and below its last. */
    private static final float BOX_TOP = 4;
    private static final float BOX_BOTTOM = 8;

    /**
     * The box of the latest check, its lines placed first so each page's part of it gets its background
     * and colour bar before its text: a box with more reasons than a page holds goes on over the next.
     */
    private void drawBox(Column at, List<BoxLine> box, Color color, float textX) throws IOException {
        at.room(BOX_TOP + box.get(0).leading() + BOX_BOTTOM);
        int[] page = new int[box.size()];
        float[] baseline = new float[box.size()];
        List<float[]> parts = new ArrayList<>(); // page, top, bottom
        float partTop = at.y();
        at.down(BOX_TOP);
        for (int k = 0; k < box.size(); k++) {
            BoxLine line = box.get(k);
            if (at.y() + line.leading() + BOX_BOTTOM > at.bottom() && k > 0) {
                parts.add(new float[] {at.page(), partTop, at.y() + BOX_BOTTOM});
                at.nextPage();
                partTop = at.y();
                at.down(BOX_TOP);
            }
            page[k] = at.page();
            baseline[k] = at.y() + line.baseline();
            at.down(line.leading());
        }
        parts.add(new float[] {at.page(), partTop, at.y() + BOX_BOTTOM});
        at.down(BOX_BOTTOM);
        for (float[] part : parts) {
            PdfCanvas c = pages.canvas((int) part[0]);
            c.fillRect(left, part[1], right - left, part[2] - part[1], PdfCanvas.FAINT);
            c.fillRect(left, part[1], 6, part[2] - part[1], color);
        }
        for (int k = 0; k < box.size(); k++) {
            BoxLine line = box.get(k);
            pages.canvas(page[k]).text(line.text(), textX, baseline[k], line.size(), line.bold(), PdfCanvas.INK);
        }
    }

    /**
     * Why the level is the most urgent over a spread of ages, and the reasons that hold at some of them
     * only, set apart from the person's own so that a child's limp does not read as an adult's.
     */
    private List<String> ageNotKnownLines(PdfCanvas c, Summary.AgeNotKnown a, float width) throws IOException {
        List<String> out = new ArrayList<>(c.wrap(Messages.get("summary.pdf.ageNotKnown", a.youngest(), a.oldest()), width, 8.5f, false));
        List<String> reasons = a.reasonsAtSomeAgesOnly();
        if (!reasons.isEmpty()) {
            out.addAll(c.wrap(Messages.get("summary.pdf.reasonsAtSomeAges"), width, 8.5f, false));
            for (String reason : reasons) {
                out.addAll(c.wrap("• " + reason, width, 8.5f, false));
            }
        }
        return out;
    }

    static Color levelColor(Level level) {
        return switch (level) {
            case EMERGENCY_AMBULANCE, EMERGENCY -> new Color(0xc6, 0x28, 0x28);
            case CONSULTATION_24 -> new Color(0xe6, 0x6a, 0x00);
            case CONSULTATION -> new Color(0xd4, 0xa0, 0x00);
            case SELF_CARE -> new Color(0x2e, 0x7d, 0x32);
        };
    }

    /** The body map, with the warning-sign answers and the signs ticked in the log beside it. */
    private void bodyAndAnswers(Column at) throws IOException {
        PdfCanvas c = at.room(14 + BodyMapFigure.HEIGHT);
        float top = at.y();
        c.text(Messages.get("summary.pdf.sites"), left, top + 9, 9.5f, true, PdfCanvas.INK);
        new BodyMapFigure(c).draw(left, top + 14, s.sites());
        float colX = left + BodyMapFigure.WIDTH + 14;
        c.text(Messages.get("summary.pdf.answers"), colX, top + 9, 9.5f, true, PdfCanvas.INK);
        // beside the map on its page, the whole width on the pages after, where no map stands beside it
        Column col = at.beside(colX, right - colX).widerOnNextPages(left, right - left).titled(Messages.get("summary.pdf.answers"));
        col.down(22);
        answers(col);
        warningsNoted(col);
        at.down(14 + BodyMapFigure.HEIGHT);
        at.catchUp(col);
    }

    /**
     * Positive and unsure answers with the full question; then the key negatives picked out, and how many signs
     * were answered no: the list of them is under All answers, at the end of the opening part.
     */
    private void answers(Column col) throws IOException {
        PdfCanvas c = col.canvas();
        if (s.warningAnswers().isEmpty()) {
            flow(col, Messages.get("summary.pdf.noAnswers"), 0, 8.5f, false, PdfCanvas.MUTED, 11);
        }
        float tagW = 8 + Math.max(c.width(answerText(Answer.YesNo.UNSURE), 8, true), c.width(answerText(Answer.YesNo.YES), 8, true));
        List<Summary.WarningAnswer> positive = s.warningAnswers().stream().filter(a -> a.answer() != Answer.YesNo.NO).toList();
        List<Summary.WarningAnswer> negative = s.warningAnswers().stream().filter(a -> a.answer() == Answer.YesNo.NO).toList();
        for (Summary.WarningAnswer a : positive) {
            // the answer and its question start on the same page, the question's first lines with it
            col.room(9.5f * Math.min(3, c.wrap(a.question(), col.width() - tagW, 8, false).size()));
            col.canvas().text(answerText(a.answer()), col.x(), col.y(), 8, true, PdfCanvas.INK);
            flow(col, a.question(), tagW, 8, false, PdfCanvas.INK, 9.5f);
            col.down(1.5f);
        }
        keyFindings(col, tagW);
        if (!negative.isEmpty()) {
            // the full list is at the end (All answers): on page one it pushed the trends and exercises over the page
            col.room(9f).text(answerText(Answer.YesNo.NO), col.x(), col.y(), 8, false, PdfCanvas.MUTED);
            flow(col, Messages.get("summary.pdf.answeredNoLater", negative.size()), tagW, 7.5f, false, PdfCanvas.MUTED, 9f);
        }
    }

    /** The negatives a clinician looks for first, picked out of the answers: the Ottawa rules' findings when all were answered. */
    private void keyFindings(Column col, float tagW) throws IOException {
        String ottawa = CheckFactWords.ottawa(s.checkFacts());
        if (ottawa == null) {
            return;
        }
        col.down(2);
        col.room(9.5f * 2);
        flow(col, Messages.get("summary.pdf.keyNegatives"), 0, 8, true, PdfCanvas.INK, 9.5f);
        flow(col, ottawa, tagW, 8, false, PdfCanvas.INK, 9.5f);
        col.down(1.5f);
    }

    /**
     * Every answer of the latest check, after the rest: the signs answered yes, not sure and no, each named, so
     * the clinician can see every sign that was ruled out (nothing is dropped to save room).
     */
    private void allAnswers(Column at) throws IOException {
        if (s.warningAnswers().isEmpty()) {
            return;
        }
        PdfCanvas c = at.room(16 + 9.5f * 2);
        c.line(left, at.y() - 4, right, at.y() - 4, 0.5f, PdfCanvas.RULE);
        c.text(Messages.get("summary.pdf.allAnswers"), left, at.y() + 9, 9.5f, true, PdfCanvas.INK);
        at.down(16);
        Column col = at.beside(left, right - left).titled(Messages.get("summary.pdf.allAnswers"));
        float tagW = 0;
        for (Answer.YesNo answer : Answer.YesNo.values()) {
            tagW = Math.max(tagW, 8 + c.width(answerText(answer), 8, true));
        }
        for (Answer.YesNo answer : List.of(Answer.YesNo.YES, Answer.YesNo.UNSURE, Answer.YesNo.NO)) {
            List<Summary.WarningAnswer> these = s.warningAnswers().stream().filter(a -> a.answer() == answer).toList();
            if (these.isEmpty()) {
                continue;
            }
            String named = these.stream().map(a -> Labels.sign(a.factId())).collect(Collectors.joining("; "));
            col.room(9f * 2).text(answerText(answer), col.x(), col.y(), 8, answer != Answer.YesNo.NO, PdfCanvas.INK);
            flow(col, answer == Answer.YesNo.NO ? Messages.get("summary.pdf.answeredNo", these.size(), named) : named,
                    tagW, 7.5f, false, PdfCanvas.INK, 9f);
            col.down(2);
        }
        at.catchUp(col);
    }

    private void warningsNoted(Column col) throws IOException {
        col.titled(Messages.get("summary.pdf.noted"));
        col.down(4);
        col.room(15 + 9.5f).text(Messages.get("summary.pdf.noted"), col.x(), col.y() + 4, 9.5f, true, PdfCanvas.INK);
        col.down(15);
        // The signs counted are the entries' ticked signs and their checks' yes and not-sure answers
        // (EntrySigns): the title once said "ticked", which the answers of a check are not.
        flow(col, Messages.get("summary.pdf.notedHow"), 0, 7.5f, false, PdfCanvas.MUTED, 9f);
        col.down(3);
        if (s.warningsNoted().isEmpty()) {
            flow(col, Messages.get("summary.pdf.noneNoted"), 0, 8, false, PdfCanvas.MUTED, 9.5f);
        }
        for (Summary.WarningNoted w : s.warningsNoted()) {
            flow(col, Messages.get("summary.pdf.notedLine", w.times(), LocalFormats.date(w.last()), w.label()), 0, 8, false, PdfCanvas.INK, 9.5f);
        }
    }

    /**
     * Text wrapped to the column from {@code indent}, one line under the other, going on over the page when it
     * is full; what goes on is wrapped again to the column's width there. A right-to-left line (a Hebrew note)
     * is set against the column's right edge.
     */
    private static void flow(Column col, String text, float indent, float size, boolean bold, Color color, float leading)
            throws IOException {
        for (String paragraph : text.split("\\R", -1)) {
            String rest = paragraph;
            while (rest != null) {
                String wrapped = rest;
                float width = col.width() - indent;
                List<String> lines = col.canvas().wrap(wrapped, width, size, bold);
                rest = null;
                int page = col.page();
                for (int k = 0; k < lines.size(); k++) {
                    PdfCanvas c = col.room(leading);
                    if (col.page() != page) {
                        rest = c.restFrom(wrapped, k, width, size, bold);
                        break;
                    }
                    c.textInBox(lines.get(k), col.x() + indent, col.x() + col.width(), col.y(), size, bold, color);
                    col.down(leading);
                }
            }
        }
    }

    static String answerText(Answer.YesNo answer) {
        return Messages.get("summary.answer." + answer.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Height of one trend chart, and the gap under a row of them. */
    private static final float CHART_HEIGHT = 92;
    private static final float CHART_GAP = 6;

    /** A chart for every joint logged, two to a row, in the body's order. */
    private void trends(Column at) throws IOException {
        boolean none = s.trends().isEmpty();
        PdfCanvas c = at.room(16 + (none ? 14 : CHART_HEIGHT));
        float top = at.y();
        c.line(left, top - 4, right, top - 4, 0.5f, PdfCanvas.RULE);
        c.text(Messages.get("summary.pdf.trend"), left, top + 9, 9.5f, true, PdfCanvas.INK);
        TrendChart.legend(c, left + 150, top + 9);
        if (none) {
            c.text(Messages.get("summary.pdf.noTrend"), left, top + 24, 8.5f, false, PdfCanvas.MUTED);
            at.down(30);
            return;
        }
        at.down(16);
        float gap = 18;
        float w = (right - left - gap) / 2;
        List<Summary.JointTrend> charted = s.trends();
        for (int i = 0; i < charted.size(); i += 2) {
            PdfCanvas row = at.room(CHART_HEIGHT);
            for (int k = i; k < Math.min(i + 2, charted.size()); k++) {
                new TrendChart(row).draw(charted.get(k), s.period().to(), left + (k - i) * (w + gap), at.y(), w, CHART_HEIGHT);
            }
            at.down(CHART_HEIGHT + CHART_GAP);
        }
    }

    /** Exercise sessions on the left, flagged notes on the right, each column going on over pages on its own. */
    private void lowerSections(Column at) throws IOException {
        PdfCanvas c = at.room(40);
        c.line(left, at.y() - 4, right, at.y() - 4, 0.5f, PdfCanvas.RULE);
        float colW = (right - left - 18) * 0.38f;
        Column sessions = at.beside(left, colW).titled(Messages.get("summary.pdf.adherence"));
        adherence(sessions);
        float notesX = left + colW + 18;
        Column notes = at.beside(notesX, right - notesX).titled(Messages.get("summary.pdf.notes"));
        notes(notes);
        at.catchUp(sessions);
        at.catchUp(notes);
    }

    private void adherence(Column col) throws IOException {
        Summary.Adherence a = s.adherence();
        col.canvas().text(Messages.get("summary.pdf.adherence"), col.x(), col.y() + 9, 9.5f, true, PdfCanvas.INK);
        col.down(23);
        if (a.byExercise().isEmpty()) {
            flow(col, Messages.get("summary.pdf.noSessions"), 0, 8.5f, false, PdfCanvas.MUTED, 10.5f);
            return;
        }
        String sessions = a.sessions() == 0 ? Messages.get("summary.pdf.noSetDone") : SessionWords.sessions(a.sessions(), a.days());
        flow(col, sessions, 0, 8.5f, true, PdfCanvas.INK, 10.5f);
        col.down(2);
        for (Summary.ExerciseCount e : a.byExercise()) {
            flow(col, SessionWords.exercise(e), 0, 8, false, PdfCanvas.INK, 9.5f);
        }
        // the stop signs first: they are what says to stop, and come before how the sessions felt
        stopSigns(col);
        sessionPain(col);
    }

    /** A heading inside a column, kept on the page with the two lines under it. */
    private static void subheading(Column col, String heading) throws IOException {
        col.down(4);
        col.room(11 + 9.5f * 2);
        flow(col, heading, 0, 8.5f, true, PdfCanvas.INK, 11);
    }

    /**
     * How the sessions of each exercise felt: the pain at their end and how often it was still sore the next
     * morning, the two readings of the pain-monitoring model, which the person gave for the clinician to see.
     * One line per exercise; the log has every session with its date.
     */
    private void sessionPain(Column col) throws IOException {
        if (s.sessionPain().isEmpty()) {
            return;
        }
        subheading(col, Messages.get("summary.pdf.sessionPain"));
        for (String line : SessionWords.painByExercise(s.sessionPain())) {
            flow(col, line, 0, 8, false, PdfCanvas.INK, 9.5f);
        }
    }

    /**
     * Which stop signs were ticked after which session, newest first (the clinician cares most about now):
     * the session, then each sign on its own line, every session of the period.
     */
    private void stopSigns(Column col) throws IOException {
        if (s.stopSigns().isEmpty()) {
            return;
        }
        subheading(col, Messages.get("summary.pdf.stopSigns"));
        List<Summary.StopSignsNoted> newestFirst = new ArrayList<>(s.stopSigns());
        java.util.Collections.reverse(newestFirst);
        for (Summary.StopSignsNoted n : newestFirst) {
            col.room(9.5f * 2);
            flow(col, Messages.get("summary.pdf.stopSignLine", LocalFormats.dateTime(n.at()), n.exercise()), 0, 7.5f, true, PdfCanvas.MUTED, 9.5f);
            for (String sign : n.signs()) {
                // a wrapped sign continues under its words, not under its bullet
                col.room(9.5f).text("\u2022", col.x() + 6, col.y(), 8, false, PdfCanvas.INK);
                flow(col, sign, 12, 8, false, PdfCanvas.INK, 9.5f);
            }
        }
    }

    /** Every note flagged for the clinician, whole, newest first: the clinician cares most about what is happening now. */
    private void notes(Column col) throws IOException {
        col.canvas().text(Messages.get("summary.pdf.notes"), col.x(), col.y() + 9, 9.5f, true, PdfCanvas.INK);
        col.down(23);
        if (s.notes().isEmpty()) {
            flow(col, Messages.get("summary.pdf.noNotes"), 0, 8.5f, false, PdfCanvas.MUTED, 10.5f);
            return;
        }
        List<Summary.FlaggedNote> newestFirst = new ArrayList<>(s.notes());
        java.util.Collections.reverse(newestFirst);
        for (Summary.FlaggedNote n : newestFirst) {
            String head = LocalFormats.dateTime(n.at()) + (n.site() == null ? "" : "  " + Labels.site(n.site()));
            // a note starts where its head and first lines fit together; a long one goes on over the page
            col.room(9.5f * (1 + Math.min(3, col.canvas().wrap(n.text(), col.width(), 8, false).size())));
            flow(col, head, 0, 7.5f, true, PdfCanvas.MUTED, 9.5f);
            flow(col, n.text(), 0, 8, false, PdfCanvas.INK, 9.5f);
            col.down(2.5f);
        }
    }
}
