package org.popcheck.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.popcheck.assessment.Answer;
import org.popcheck.i18n.LocalFormats;
import org.popcheck.i18n.Messages;
import org.popcheck.triage.Level;

/**
 * Page one: who and when, the latest level and why, the body map beside the warning-sign answers,
 * the trend per joint, adherence and the flagged notes. Everything a clinician reads in thirty seconds;
 * sections that would overflow are cut with a pointer to the full log.
 */
final class PageOne {

    /** Charts on page one; more joints are named but not drawn, most popping first. */
    static final int MAX_CHARTS = 4;

    private final PdfCanvas c;
    private final Summary s;
    private final float left;
    private final float right;
    private final float bottom;

    PageOne(PdfCanvas canvas, Summary summary, float left, float right, float bottom) {
        this.c = canvas;
        this.s = summary;
        this.left = left;
        this.right = right;
        this.bottom = bottom;
    }

    void draw(float top) throws IOException {
        float y = header(top);
        if (s.isEmpty()) {
            empty(y);
            return;
        }
        y = triageBox(y + 6);
        y = bodyAndAnswers(y + 10);
        y = trends(y + 8);
        lowerSections(y + 8);
    }

    private float header(float top) throws IOException {
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

    private void empty(float y) throws IOException {
        c.fillRect(left, y + 6, right - left, 40, PdfCanvas.FAINT);
        c.text(Messages.get("summary.pdf.noEntries"), left + 12, y + 30, 12, true, PdfCanvas.INK);
        new BodyMapFigure(c).draw(left, y + 60, List.of());
        c.text(Messages.get("summary.pdf.noSites"), left + BodyMapFigure.WIDTH + 10, y + 120, 9, false, PdfCanvas.MUTED);
    }

    /** Points from one line of the latest check's heading to the next. */
    private static final float HEADING_LEADING = 14;

    private float triageBox(float top) throws IOException {
        Summary.LatestTriage t = s.latest();
        float textX = left + 14;
        float width = right - textX - 8;
        List<String> lines = new ArrayList<>();
        String heading;
        Color color;
        if (t == null) {
            heading = Messages.get("summary.pdf.noAssessment");
            color = PdfCanvas.RULE;
        } else {
            heading = Messages.get("summary.pdf.latest", LocalFormats.dateTime(t.at())) + "  " + Labels.level(t.level());
            color = levelColor(t.level());
            if (!t.recomputed() && !t.reasons().isEmpty()) {
                lines.addAll(c.wrap(Messages.get("summary.pdf.savedRules", String.join(", ", t.reasons())), width, 8.5f, false));
            } else {
                for (String reason : t.reasons().stream().limit(4).toList()) {
                    // three lines: a reason ends with its source, which a clinician must be able to read whole
                    lines.addAll(PdfCanvas.limit(c.wrap("• " + reason, width, 8.5f, false), 3));
                }
                if (t.reasons().size() > 4) {
                    lines.add(Messages.get("summary.pdf.moreReasons", t.reasons().size() - 4));
                }
                if (t.ageNotKnown() != null) {
                    lines.addAll(ageNotKnownLines(t.ageNotKnown(), width));
                }
                if (t.savedLevel() != null && t.savedLevel() != t.level()) {
                    // The rules may have changed since; the clinician should know what the person was told.
                    lines.addAll(c.wrap(Messages.get("summary.pdf.levelThen", Labels.level(t.savedLevel())), width, 8.5f, false));
                }
            }
            if (!t.causes().isEmpty()) {
                lines.addAll(c.wrap(Messages.get("summary.pdf.causes", String.join("; ", t.causes())), width, 8.5f, false));
            }
            if (t.moreUrgentEarlier() != null) {
                lines.addAll(c.wrap(Messages.get("summary.pdf.moreUrgentEarlier",
                        LocalFormats.dateTime(t.moreUrgentEarlier().at()), Labels.level(t.moreUrgentEarlier().level())), width, 8.5f, true));
            }
        }
        // The level is the line a clinician reads first: it wraps rather than run off the page
        // ("Book a visit with a doctor or physical therapis" at A4, "oder Notf" in German).
        List<String> headingLines = c.wrap(heading, width, 11.5f, true);
        float h = 8 + headingLines.size() * HEADING_LEADING + lines.size() * 10.5f + 4;
        c.fillRect(left, top, right - left, h, PdfCanvas.FAINT);
        c.fillRect(left, top, 6, h, color);
        float y = top + 15;
        for (String line : headingLines) {
            c.text(line, textX, y, 11.5f, true, PdfCanvas.INK);
            y += HEADING_LEADING;
        }
        y -= 1;
        for (String line : lines) {
            c.text(line, textX, y, 8.5f, false, PdfCanvas.INK);
            y += 10.5f;
        }
        return top + h;
    }

    /**
     * Why the level is the most urgent over a spread of ages, and the reasons that hold at some of them
     * only, set apart from the person's own so that a child's limp does not read as an adult's.
     */
    private List<String> ageNotKnownLines(Summary.AgeNotKnown a, float width) throws IOException {
        List<String> out = new ArrayList<>(c.wrap(Messages.get("summary.pdf.ageNotKnown", a.youngest(), a.oldest()), width, 8.5f, false));
        List<String> reasons = a.reasonsAtSomeAgesOnly();
        if (!reasons.isEmpty()) {
            out.addAll(c.wrap(Messages.get("summary.pdf.reasonsAtSomeAges"), width, 8.5f, false));
            for (String reason : reasons.stream().limit(3).toList()) {
                out.addAll(PdfCanvas.limit(c.wrap("• " + reason, width, 8.5f, false), 3));
            }
            if (reasons.size() > 3) {
                out.add(Messages.get("summary.pdf.moreReasons", reasons.size() - 3));
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

    private float bodyAndAnswers(float top) throws IOException {
        c.text(Messages.get("summary.pdf.sites"), left, top + 9, 9.5f, true, PdfCanvas.INK);
        new BodyMapFigure(c).draw(left, top + 14, s.sites());
        float colX = left + BodyMapFigure.WIDTH + 14;
        float colW = right - colX;
        float limit = top + 14 + BodyMapFigure.HEIGHT;
        c.text(Messages.get("summary.pdf.answers"), colX, top + 9, 9.5f, true, PdfCanvas.INK);
        float y = top + 22;
        if (s.warningAnswers().isEmpty()) {
            c.text(Messages.get("summary.pdf.noAnswers"), colX, y, 8.5f, false, PdfCanvas.MUTED);
            y += 11;
        }
        // Positive and unsure answers first with the full question; the many "no" answers as a compact list.
        float tagW = 8 + Math.max(c.width(answerText(Answer.YesNo.UNSURE), 8, true), c.width(answerText(Answer.YesNo.YES), 8, true));
        List<Summary.WarningAnswer> positive = s.warningAnswers().stream().filter(a -> a.answer() != Answer.YesNo.NO).toList();
        List<Summary.WarningAnswer> negative = s.warningAnswers().stream().filter(a -> a.answer() == Answer.YesNo.NO).toList();
        int shown = 0;
        for (Summary.WarningAnswer a : positive) {
            List<String> lines = PdfCanvas.limit(c.wrap(a.question(), colW - tagW, 8, false), 2);
            if (y + lines.size() * 9.5f > limit - 50) {
                break;
            }
            c.text(answerText(a.answer()), colX, y, 8, true, PdfCanvas.INK);
            for (String line : lines) {
                c.text(line, colX + tagW, y, 8, false, PdfCanvas.INK);
                y += 9.5f;
            }
            y += 1.5f;
            shown++;
        }
        if (shown < positive.size()) {
            c.text(Messages.get("summary.pdf.moreAnswers", positive.size() - shown), colX, y, 8, false, PdfCanvas.MUTED);
            y += 10;
        }
        if (!negative.isEmpty()) {
            String no = negative.stream().map(a -> Labels.sign(a.factId())).collect(Collectors.joining("; "));
            List<String> lines = c.wrap(Messages.get("summary.pdf.answeredNo", negative.size(), no), colW - tagW, 7.5f, false);
            int room = Math.max(1, (int) ((limit - 30 - y) / 9f));
            c.text(answerText(Answer.YesNo.NO), colX, y, 8, false, PdfCanvas.MUTED);
            for (String line : PdfCanvas.limit(lines, room)) {
                c.text(line, colX + tagW, y, 7.5f, false, PdfCanvas.MUTED);
                y += 9f;
            }
        }
        y += 4;
        c.text(Messages.get("summary.pdf.noted"), colX, y + 4, 9.5f, true, PdfCanvas.INK);
        y += 15;
        if (s.warningsNoted().isEmpty()) {
            c.text(Messages.get("summary.pdf.noneNoted"), colX, y, 8, false, PdfCanvas.MUTED);
        }
        for (Summary.WarningNoted w : s.warningsNoted()) {
            if (y > limit) {
                break;
            }
            String line = Messages.get("summary.pdf.notedLine", w.times(), LocalFormats.date(w.last()), w.label());
            c.text(PdfCanvas.limit(c.wrap(line, colW, 8, false), 1).get(0), colX, y, 8, false, PdfCanvas.INK);
            y += 9.5f;
        }
        return Math.max(limit, y);
    }

    static String answerText(Answer.YesNo answer) {
        return Messages.get("summary.answer." + answer.name().toLowerCase(java.util.Locale.ROOT));
    }

    private float trends(float top) throws IOException {
        c.line(left, top - 4, right, top - 4, 0.5f, PdfCanvas.RULE);
        c.text(Messages.get("summary.pdf.trend"), left, top + 9, 9.5f, true, PdfCanvas.INK);
        TrendChart.legend(c, left + 150, top + 9);
        if (s.trends().isEmpty()) {
            c.text(Messages.get("summary.pdf.noTrend"), left, top + 24, 8.5f, false, PdfCanvas.MUTED);
            return top + 30;
        }
        List<Summary.JointTrend> charted = s.trends().stream()
                .sorted(Comparator.comparingInt((Summary.JointTrend t) -> -t.points().stream().mapToInt(Summary.TrendPoint::pops).sum()))
                .limit(MAX_CHARTS)
                .sorted(Comparator.comparing(Summary.JointTrend::site, SummaryBuilder.SITE_ORDER))
                .toList();
        float gap = 18;
        float w = (right - left - gap) / 2;
        float h = 92;
        float y = top + 16;
        for (int i = 0; i < charted.size(); i++) {
            float x = left + (i % 2) * (w + gap);
            new TrendChart(c).draw(charted.get(i), s.period().to(), x, y + (i / 2) * (h + 6), w, h);
        }
        y += ((charted.size() + 1) / 2) * (h + 6);
        if (s.trends().size() > charted.size()) {
            String others = s.trends().stream().filter(t -> !charted.contains(t))
                    .map(t -> Labels.site(t.site())).collect(Collectors.joining(", "));
            c.text(Messages.get("summary.pdf.moreJoints", others), left, y + 6, 8, false, PdfCanvas.MUTED);
            y += 10;
        }
        return y;
    }

    private void lowerSections(float top) throws IOException {
        c.line(left, top - 4, right, top - 4, 0.5f, PdfCanvas.RULE);
        float colW = (right - left - 18) * 0.38f;
        adherence(left, top, colW);
        float notesX = left + colW + 18;
        notes(notesX, top, right - notesX);
    }

    private void adherence(float x, float top, float w) throws IOException {
        Summary.Adherence a = s.adherence();
        c.text(Messages.get("summary.pdf.adherence"), x, top + 9, 9.5f, true, PdfCanvas.INK);
        float y = top + 23;
        if (a.byExercise().isEmpty()) {
            c.text(Messages.get("summary.pdf.noSessions"), x, y, 8.5f, false, PdfCanvas.MUTED);
            return;
        }
        String sessions = a.sessions() == 0 ? Messages.get("summary.pdf.noSetDone") : SessionWords.sessions(a.sessions(), a.days());
        for (String line : c.wrap(sessions, w, 8.5f, true)) {
            c.text(line, x, y, 8.5f, true, PdfCanvas.INK);
            y += 10.5f;
        }
        y += 2;
        for (Summary.ExerciseCount e : a.byExercise()) {
            if (y > bottom - 8) {
                break;
            }
            // two lines at most: a session stopped before the first set is said in full, not cut to "stopped ..."
            for (String line : PdfCanvas.limit(c.wrap(SessionWords.exercise(e), w, 8, false), 2)) {
                c.text(line, x, y, 8, false, PdfCanvas.INK);
                y += 9.5f;
            }
        }
        stopSigns(x, y + 4, w);
    }

    /**
     * Which stop signs were ticked after which session, newest first (the clinician cares most about now):
     * the session, then each sign on its own line; as many sessions as fit, then a line saying the rest is
     * in the log, whose exercise column names every sign.
     */
    private void stopSigns(float x, float top, float w) throws IOException {
        if (s.stopSigns().isEmpty() || top > bottom - 20) {
            return;
        }
        c.text(Messages.get("summary.pdf.stopSigns"), x, top + 8, 8.5f, true, PdfCanvas.INK);
        float y = top + 19;
        List<Summary.StopSignsNoted> newestFirst = new ArrayList<>(s.stopSigns());
        java.util.Collections.reverse(newestFirst);
        int shown = 0;
        for (Summary.StopSignsNoted n : newestFirst) {
            List<List<String>> signs = new ArrayList<>();
            int lines = 1;
            for (String sign : n.signs()) {
                List<String> wrapped = PdfCanvas.limit(c.wrap("\u2022 " + sign, w - 12, 8, false), 2);
                signs.add(wrapped);
                lines += wrapped.size();
            }
            if (y + 9.5f * (lines + 1) > bottom) {
                break;
            }
            c.text(Messages.get("summary.pdf.stopSignLine", LocalFormats.dateTime(n.at()), n.exercise()), x, y, 7.5f, true, PdfCanvas.MUTED);
            y += 9.5f;
            for (List<String> sign : signs) {
                for (int k = 0; k < sign.size(); k++) {
                    // a wrapped sign continues under its words, not under its bullet
                    c.text(sign.get(k), x + (k == 0 ? 6 : 12), y, 8, false, PdfCanvas.INK);
                    y += 9.5f;
                }
            }
            shown++;
        }
        if (shown < newestFirst.size()) {
            c.text(Messages.get("summary.pdf.stopSignsMore", newestFirst.size() - shown), x, y, 7.5f, false, PdfCanvas.MUTED);
        }
    }

    private void notes(float x, float top, float w) throws IOException {
        c.text(Messages.get("summary.pdf.notes"), x, top + 9, 9.5f, true, PdfCanvas.INK);
        float y = top + 23;
        if (s.notes().isEmpty()) {
            c.text(Messages.get("summary.pdf.noNotes"), x, y, 8.5f, false, PdfCanvas.MUTED);
            return;
        }
        int shown = 0;
        // Newest first: the clinician cares most about what is happening now.
        List<Summary.FlaggedNote> newestFirst = new ArrayList<>(s.notes());
        java.util.Collections.reverse(newestFirst);
        for (Summary.FlaggedNote n : newestFirst) {
            String head = LocalFormats.dateTime(n.at()) + (n.site() == null ? "" : "  " + Labels.site(n.site()));
            List<String> lines = PdfCanvas.limit(c.wrap(n.text(), w, 8, false), 3);
            if (y + 9.5f * (lines.size() + 1) > bottom - 12) {
                break;
            }
            c.text(head, x, y, 7.5f, true, PdfCanvas.MUTED);
            y += 9.5f;
            for (String line : lines) {
                c.textInBox(line, x, x + w, y, 8, false, PdfCanvas.INK);
                y += 9.5f;
            }
            y += 2.5f;
            shown++;
        }
        if (shown < s.notes().size()) {
            c.text(Messages.get("summary.pdf.moreNotes", s.notes().size() - shown), x, y, 8, false, PdfCanvas.MUTED);
        }
    }
}
