package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;

/**
 * The summary's body map as drawn: the text is read back out of the PDF with its positions, and no piece of
 * text (label, letter, legend) may touch a figure's part, a mark or another piece of text, for every region and
 * side in every language, one site at a time and all at once.
 */
class BodyMapLabelsTest {

    private static final float X = 60;
    private static final float TOP = 100;

    /** One piece of text as drawn: glyphs with no wider gap between them than a space. */
    record Drawn(String text, BodyMapLayout.Box box) {}

    @AfterEach
    void english() {
        Messages.setLanguage(Language.EN);
    }

    static Stream<Arguments> everySiteInEveryLanguage() {
        List<Arguments> out = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Region region : Region.values()) {
                for (Side side : region.allowedSides()) {
                    out.add(Arguments.of(language, new BodySite(region, side)));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySiteInEveryLanguage")
    void aLabelTouchesNoFigureNoMarkAndNoOtherText(Language language, BodySite site) throws IOException {
        Messages.setLanguage(language);
        assertClear(List.of(site));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everySiteMarkedAtOnceStillLeavesEveryLabelClear(Language language) throws IOException {
        Messages.setLanguage(language);
        List<BodySite> all = new ArrayList<>();
        for (Region region : Region.values()) {
            all.add(region.isSpine() ? BodySite.spine(region) : new BodySite(region, Side.BOTH));
        }
        assertClear(all);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSideLettersAreTheLanguagesOwnAndALegendSaysWhatTheyMean(Language language) throws IOException {
        Messages.setLanguage(language);
        List<Drawn> drawn = draw(List.of(new BodySite(Region.HIP, Side.BOTH)));
        String right = Messages.get("summary.bodymap.short.right");
        String left = Messages.get("summary.bodymap.short.left");
        Set<String> letters = new TreeSet<>();
        drawn.stream().filter(d -> d.text().length() == 1).forEach(d -> letters.add(d.text()));
        assertEquals(new TreeSet<>(Set.of(right, left)), letters, "the letters under the figures");
        if (language == Language.ES) {
            assertEquals("D", right);
            assertEquals("I", left);
        }
        String legend = Messages.get("summary.bodymap.legend", right, left);
        assertTrue(drawn.stream().anyMatch(d -> d.text().equals(legend)), "the legend is drawn: " + legend + " in " + drawn);
        // The letters are the first letters of the words the legend gives them, and those are the body map's words.
        String rightWord = legend.split(" ")[2].replace(",", "");
        String leftWord = legend.split(" ")[5];
        assertEquals(right, rightWord.substring(0, 1).toUpperCase(Locale.ROOT), legend);
        assertEquals(left, leftWord.substring(0, 1).toUpperCase(Locale.ROOT), legend);
        assertSameWord(rightWord, Messages.get("bodymap.side.yourRight"));
        assertSameWord(leftWord, Messages.get("bodymap.side.yourLeft"));
    }

    /** The app's body map says "Your right"/"Su derecha"/"Ihre rechte Seite": the legend's word is one of those. */
    private static void assertSameWord(String legendWord, String appWords) {
        String stem = legendWord.substring(0, Math.min(4, legendWord.length())).toLowerCase(Locale.ROOT);
        assertTrue(Stream.of(appWords.toLowerCase(Locale.ROOT).split(" ")).anyMatch(w -> w.startsWith(stem)),
                "the legend's '" + legendWord + "' is the body map's word in '" + appWords + "'");
    }

    private static void assertClear(List<BodySite> sites) throws IOException {
        BodyMapLayout layout;
        List<Drawn> drawn;
        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = new FontSet(doc);
            layout = new BodyMapLayout(X, TOP, sites, s -> fonts.width(s, BodyMapLayout.LABEL_SIZE, true));
        }
        drawn = draw(sites);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            Drawn d = drawn.get(i);
            for (BodyMapLayout.Part part : layout.parts) {
                if (d.box().overlaps(part.box())) {
                    problems.add("'" + d.text() + "' " + d.box() + " touches the " + part.name() + " " + part.box());
                }
            }
            for (BodyMapLayout.Box mark : layout.marks) {
                if (d.box().overlaps(mark)) {
                    problems.add("'" + d.text() + "' " + d.box() + " covers a mark " + mark);
                }
            }
            for (int j = i + 1; j < drawn.size(); j++) {
                if (d.box().overlaps(drawn.get(j).box())) {
                    problems.add("'" + d.text() + "' overlaps '" + drawn.get(j).text() + "'");
                }
            }
            if (d.box().left() < X - BodyMapLayout.REACH_LEFT || d.box().right() > X + BodyMapFigure.WIDTH + BodyMapLayout.REACH_RIGHT) {
                problems.add("'" + d.text() + "' " + d.box() + " leaves the map's room");
            }
        }
        for (BodySite site : sites) {
            for (Side side : site.side() == Side.BOTH ? List.of(Side.LEFT, Side.RIGHT) : List.of(site.side())) {
                String label = site.region().isSpine() ? Messages.get("summary.bodymap.region." + site.region().id())
                        : BodyMapLayout.limbLabel(site.region(), side);
                String all = String.join(" ", drawn.stream().map(Drawn::text).toList());
                if (!all.contains(label) && Stream.of(label.split(" ")).anyMatch(w -> !all.contains(w))) {
                    problems.add("'" + label + "' is not drawn: " + all);
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(Messages.language() + " " + sites + ":\n" + String.join("\n", problems));
        }
    }

    /** Draws the map on a page and reads every piece of text back with its box. */
    private static List<Drawn> draw(List<BodySite> sites) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            FontSet fonts = new FontSet(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                new BodyMapFigure(new PdfCanvas(cs, fonts, page.getMediaBox().getHeight())).draw(X, TOP, sites);
            }
            List<Drawn> out = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    List<TextPosition> piece = new ArrayList<>();
                    for (TextPosition p : positions) {
                        if (!piece.isEmpty()) {
                            TextPosition last = piece.get(piece.size() - 1);
                            boolean gap = p.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) > 2.5f;
                            boolean otherLine = Math.abs(p.getYDirAdj() - last.getYDirAdj()) > 0.5f;
                            if (gap || otherLine) {
                                out.add(drawn(piece));
                                piece.clear();
                            }
                        }
                        piece.add(p);
                    }
                    if (!piece.isEmpty()) {
                        out.add(drawn(piece));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
            // the captions "Front" and "Back" sit above the heads, outside the figures' parts; they are text too
            return out.stream().filter(d -> !d.text().isBlank()).toList();
        }
    }

    private static Drawn drawn(List<TextPosition> piece) {
        StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (TextPosition p : piece) {
            text.append(p.getUnicode());
            if (p.getUnicode().isBlank()) {
                continue;
            }
            float size = p.getFontSizeInPt();
            left = Math.min(left, p.getXDirAdj());
            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            top = Math.min(top, p.getYDirAdj() - 0.76f * size);
            bottom = Math.max(bottom, p.getYDirAdj() + 0.24f * size);
        }
        return new Drawn(text.toString().strip(), new BodyMapLayout.Box(left, top, right, bottom));
    }
}
