package org.popcheck.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.popcheck.i18n.Messages;

/**
 * One joint's trend as vectors: bars for how many pops were logged per bucket (right scale) and a
 * line with dots for the mean pain 0 to 10 (left scale). Shape tells them apart, not only colour.
 */
final class TrendChart {

    static final Color PAIN = new Color(0xb7, 0x1c, 0x1c);
    static final Color POPS = new Color(0xa9, 0xc4, 0xde);

    private final PdfCanvas c;

    TrendChart(PdfCanvas canvas) {
        this.c = canvas;
    }

    void draw(Summary.JointTrend trend, java.time.LocalDate end, float x, float top, float w, float h) throws IOException {
        c.text(Labels.site(trend.site()), x, top + 8, 8.5f, true, PdfCanvas.INK);
        List<Summary.TrendPoint> points = trend.points();
        int maxPops = Math.max(1, points.stream().mapToInt(Summary.TrendPoint::pops).max().orElse(1));
        int totalPops = points.stream().mapToInt(Summary.TrendPoint::pops).sum();
        c.textRight(Messages.get("summary.trend.total", totalPops), x + w, top + 8, 7, false, PdfCanvas.MUTED);

        float px = x + 16;
        float pw = w - 32;
        float ptop = top + 13;
        float ph = h - 25;
        float bottom = ptop + ph;
        c.fillRect(px, ptop, pw, ph, PdfCanvas.FAINT);
        for (int level = 0; level <= 10; level += 5) {
            float y = bottom - ph * level / 10f;
            c.line(px, y, px + pw, y, 0.3f, PdfCanvas.RULE);
            c.textRight(Integer.toString(level), px - 2, y + 2.3f, 6.5f, false, PAIN);
        }
        c.text(Integer.toString(maxPops), px + pw + 2, ptop + 5, 6.5f, false, PdfCanvas.MUTED);
        c.text("0", px + pw + 2, bottom + 2.3f, 6.5f, false, PdfCanvas.MUTED);

        int n = points.size();
        float slot = pw / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            int pops = points.get(i).pops();
            if (pops > 0) {
                float bh = ph * pops / maxPops;
                c.fillRect(px + i * slot + slot * 0.15f, bottom - bh, slot * 0.7f, bh, POPS);
            }
        }
        painLine(points, px, bottom, ph, slot);

        c.text(org.popcheck.i18n.LocalFormats.shortDate(points.get(0).start()), px, bottom + 9, 6.5f, false, PdfCanvas.MUTED);
        c.textRight(org.popcheck.i18n.LocalFormats.shortDate(end), px + pw, bottom + 9, 6.5f, false, PdfCanvas.MUTED);
    }

    private void painLine(List<Summary.TrendPoint> points, float px, float bottom, float ph, float slot) throws IOException {
        if (points.stream().allMatch(p -> p.meanPain() == null)) {
            return;
        }
        c.cs.setStrokingColor(PAIN);
        c.cs.setLineWidth(1.2f);
        boolean drawing = false;
        for (int i = 0; i < points.size(); i++) {
            Double pain = points.get(i).meanPain();
            if (pain == null) {
                drawing = false; // a gap where no pain was logged, rather than a made-up line
                continue;
            }
            float x = px + i * slot + slot / 2;
            float y = c.pdfY(bottom - ph * pain.floatValue() / 10f);
            if (drawing) {
                c.cs.lineTo(x, y);
            } else {
                c.cs.moveTo(x, y);
                drawing = true;
            }
        }
        c.cs.stroke();
        for (int i = 0; i < points.size(); i++) {
            Double pain = points.get(i).meanPain();
            if (pain != null) {
                c.circle(px + i * slot + slot / 2, bottom - ph * pain.floatValue() / 10f, 1.6f, PAIN, null, 0);
            }
        }
    }

    /** The key shown once above the charts. */
    static void legend(PdfCanvas c, float x, float baseline) throws IOException {
        c.line(x, baseline - 2.5f, x + 14, baseline - 2.5f, 1.2f, PAIN);
        c.circle(x + 7, baseline - 2.5f, 1.6f, PAIN, null, 0);
        String pain = Messages.get("summary.trend.legend.pain");
        c.text(pain, x + 18, baseline, 7, false, PdfCanvas.INK);
        float x2 = x + 18 + c.width(pain, 7, false) + 12;
        c.fillRect(x2, baseline - 6.5f, 8, 7, POPS);
        c.text(Messages.get("summary.trend.legend.pops"), x2 + 12, baseline, 7, false, PdfCanvas.INK);
    }
}
