package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.body.BodySite;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalStats;
import org.popcheck.settings.Settings;
import org.popcheck.ui.common.Snapshots;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The trend charts in every theme at the normal and twice the text size: every series' line and
 * symbol stands out from the plot's background by WCAG's 3:1 for graphical objects, computed from
 * the colours the theme gave the drawn nodes; and every point, on the first and last day and at the
 * ends of the scales, is drawn whole inside the plot. Pictures go to target/charts/.
 */
@ExtendWith(ApplicationExtension.class)
class TrendChartContrastTest {

    /** WCAG 2.1, 1.4.11 Non-text contrast. */
    private static final double GRAPHICS_CONTRAST = 3.0;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @ParameterizedTest(name = "{0} at {1}x text")
    @MethodSource("org.popcheck.testsupport.Looks#everyThemeAtOneAndTwoTimesText")
    void everySeriesStandsOutFromThePlotAndEveryPointIsWhole(Settings.Theme theme, double scale, FxRobot robot) {
        Settings settings = Settings.defaultsFor(Locale.UK).withTheme(theme).withTextScale(scale);
        TrendCharts[] charts = new TrendCharts[1];
        robot.interact(() -> {
            Theme.applyUserAgent(settings);
            charts[0] = new TrendCharts();
            Scene scene = new Scene(new StackPane(charts[0]), 1000, 1100);
            Theme.apply(scene, settings);
            stage.setScene(scene);
            charts[0].show(nineJoints());
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            for (Node chart : charts[0].lookupAll(".pc-trend-chart")) {
                Region plot = (Region) chart.lookup(".chart-plot-background");
                Color background = firstFill(plot);
                Bounds inside = plot.localToScene(plot.getLayoutBounds());
                for (Node line : chart.lookupAll(".chart-series-line")) {
                    contrast(problems, "line " + line.getStyleClass(), ((Shape) line).getStroke(), background);
                }
                for (Node symbol : chart.lookupAll(".chart-line-symbol")) {
                    if (symbol.getParent() != null && symbol.getParent().getStyleClass().contains("chart-legend-item")) {
                        continue;
                    }
                    contrast(problems, "symbol " + symbol.getStyleClass(), firstFill((Region) symbol), background);
                    Bounds b = symbol.localToScene(symbol.getLayoutBounds());
                    if (b.getMinX() < inside.getMinX() - 0.5 || b.getMaxX() > inside.getMaxX() + 0.5
                            || b.getMinY() < inside.getMinY() - 0.5 || b.getMaxY() > inside.getMaxY() + 0.5) {
                        problems.add("clipped at the plot's edge: " + symbol.getStyleClass() + " at " + b + ", plot " + inside);
                    }
                }
            }
        });
        Snapshots.write(stage.getScene(), Path.of("target/charts", theme.name().toLowerCase(Locale.ROOT) + "-" + (int) scale + "x.png"));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** Nine joints (more than the eight chart colours), with pain 0 and 10, no popping, and points on the first and last day. */
    private static JournalStats.Chart nineJoints() {
        LocalDate first = LocalDate.of(2026, 11, 1);
        List<JournalStats.Series> series = new ArrayList<>();
        List<BodySite> sites = new ArrayList<>();
        for (org.popcheck.body.Region r : org.popcheck.body.Region.values()) {
            for (Side side : r.allowedSides()) {
                sites.add(new BodySite(r, side));
            }
        }
        for (int i = 0; i < 9; i++) {
            List<JournalStats.Point> points = new ArrayList<>();
            for (int day = 0; day < 30; day += 29 / (i + 1) + 1) {
                points.add(new JournalStats.Point(first.plusDays(day), (double) ((i + day) % 11), (day + i) % 7, 1, 1));
            }
            points.add(new JournalStats.Point(first.plusDays(29), i % 2 == 0 ? 10.0 : 0.0, 0, 1, 1));
            series.add(new JournalStats.Series(sites.get(i % sites.size()), points));
        }
        return new JournalStats.Chart(JournalStats.Bucket.DAY, series);
    }

    private static Color firstFill(Region region) {
        Paint p = region.getBackground().getFills().get(0).getFill();
        return (Color) p;
    }

    private static void contrast(List<String> problems, String what, Paint paint, Color background) {
        double ratio = contrastRatio((Color) paint, background);
        if (ratio < GRAPHICS_CONTRAST) {
            problems.add(String.format(Locale.ROOT, "%s: %s on %s is %.2f:1, under 3:1", what, paint, background, ratio));
        }
    }

    /** WCAG 2.1 contrast ratio of two opaque colours. */
    static double contrastRatio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
