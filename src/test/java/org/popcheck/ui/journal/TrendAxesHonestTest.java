package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalStats;
import org.popcheck.settings.Settings;
import org.popcheck.ui.LayoutCheck;
import org.popcheck.ui.common.Snapshots;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Trial 3 (from the helpers): week and month charts plot entries per day as averages (0.43) on an
 * axis whose ticks said 0 and 1 only. For week and month points, the popping chart's title says they
 * are averages, and where the values are small its ticks show the decimal (0.1, 0.2, 0.5 apart), each tick
 * label saying exactly the value it stands for; day points keep whole-number ticks. In English, Spanish
 * (decimal comma) and German, at 1x and 2x text, nothing cut. Pictures: target/charts-axes/.
 */
@ExtendWith(ApplicationExtension.class)
class TrendAxesHonestTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

    static List<Arguments> charts() {
        List<Arguments> cases = new ArrayList<>();
        double[][] values = {{0.14, 0.43, 0.29}, {0.05, 0.1}, {1.5, 2.57, 0.71}, {0.9}, {7.3, 3.1}};
        for (JournalStats.Bucket bucket : List.of(JournalStats.Bucket.WEEK, JournalStats.Bucket.MONTH)) {
            for (double[] v : values) {
                for (double scale : new double[] {1.0, 2.0}) {
                    cases.add(Arguments.of(bucket, v, scale, Language.EN));
                }
            }
        }
        for (Language language : List.of(Language.ES, Language.DE)) {
            cases.add(Arguments.of(JournalStats.Bucket.WEEK, values[0], 2.0, language));
        }
        cases.add(Arguments.of(JournalStats.Bucket.DAY, new double[] {1, 3, 2}, 1.0, Language.EN));
        cases.add(Arguments.of(JournalStats.Bucket.DAY, new double[] {12, 1}, 2.0, Language.DE));
        return cases;
    }

    @ParameterizedTest(name = "{0} {1} at {2}x, {3}")
    @MethodSource("charts")
    @SuppressWarnings("unchecked")
    void thePoppingAxisSaysWhatItsPointsAre(JournalStats.Bucket bucket, double[] perDay, double scale, Language language, FxRobot robot) {
        Messages.setLanguage(language);
        Settings settings = Settings.defaultsFor(Locale.UK).withTextScale(scale);
        TrendCharts[] charts = new TrendCharts[1];
        robot.interact(() -> {
            Theme.applyUserAgent(settings);
            charts[0] = new TrendCharts();
            // As wide as the journal's chart tab beside the navigation on a 1024 px screen; tall enough for both charts.
            Scene scene = new Scene(new StackPane(charts[0]), 760, 40 * Theme.BASE_FONT_PX * scale + 120);
            Theme.apply(scene, settings);
            stage.setScene(scene);
            charts[0].show(chart(bucket, perDay));
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            LineChart<Number, Number> pops = (LineChart<Number, Number>) charts[0].lookup("#chart-pops");
            Axis<Number> y = pops.getYAxis();
            StepAxis steps = ((StepAxisView) y).steps();
            boolean fractional = java.util.Arrays.stream(perDay).anyMatch(v -> v != Math.rint(v));
            boolean average = bucket != JournalStats.Bucket.DAY;
            if (!pops.getTitle().equals(Messages.get("journal.chart.pops." + bucket.name()))
                    || average == pops.getTitle().equals(Messages.get("journal.chart.pops.DAY"))) {
                problems.add("the chart says \"" + pops.getTitle() + "\" for " + bucket + " points");
            }
            double most = java.util.Arrays.stream(perDay).max().orElse(0);
            if (fractional && most < 3 && steps.step() >= 1) {
                problems.add("averages up to " + most + " on ticks " + steps.step() + " apart");
            }
            NumberFormat reader = NumberFormat.getNumberInstance(Messages.locale());
            char decimalMark = new java.text.DecimalFormatSymbols(Messages.locale()).getDecimalSeparator();
            List<Double> tickValues = new ArrayList<>();
            for (Axis.TickMark<Number> tick : y.getTickMarks()) {
                double stands = steps.valueAt(tick.getValue().doubleValue());
                if (!Double.isNaN(stands)) {
                    tickValues.add(stands);
                }
            }
            // The tick labels as drawn (the axis's own text nodes: a TickMark's label property is left unset).
            int shown = 0;
            for (javafx.scene.Node n : y.getChildrenUnmodifiable()) {
                if (!(n instanceof javafx.scene.text.Text t) || !t.isVisible() || t.getText() == null || t.getText().isEmpty()) {
                    continue;
                }
                shown++;
                ParsePosition at = new ParsePosition(0);
                Number read = reader.parse(t.getText(), at);
                if (read == null || at.getIndex() != t.getText().length()
                        || tickValues.stream().noneMatch(v -> Math.abs(v - read.doubleValue()) < 1e-9)) {
                    problems.add("a tick label \"" + t.getText() + "\" that is none of the ticks' values " + tickValues);
                }
                if (steps.step() < 1 && t.getText().indexOf(decimalMark) < 0) {
                    problems.add("a tick on an axis of tenths without its decimal: \"" + t.getText() + "\"");
                }
            }
            if (shown < 2) {
                problems.add("only " + shown + " labelled ticks");
            }
            if (most > steps.valueAt(steps.span()) + 1e-9) {
                problems.add(most + " lies above the last tick, " + steps.valueAt(steps.span()));
            }
            problems.addAll(LayoutCheck.problems(stage.getScene()));
        });
        String values = java.util.Arrays.toString(perDay).replaceAll("[\\[\\] ]", "");
        Snapshots.write(stage.getScene(), Path.of("target/charts-axes",
                bucket.name().toLowerCase(Locale.ROOT) + "-" + values + "-" + (int) scale + "x-" + language.code() + ".png"));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /**
     * Two joints, one point per bucket with {@code perDay} entries per day over and over, the first joint with pain
     * scores; as many buckets as such a chart has (a week chart spans over 120 days, a month chart over two years).
     */
    private static JournalStats.Chart chart(JournalStats.Bucket bucket, double[] perDay) {
        LocalDate first = LocalDate.of(2025, 1, 6);
        int buckets = bucket == JournalStats.Bucket.MONTH ? 30 : bucket == JournalStats.Bucket.WEEK ? 20 : perDay.length;
        List<JournalStats.Series> series = new ArrayList<>();
        for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
            List<JournalStats.Point> points = new ArrayList<>();
            for (int k = 0; k < buckets; k++) {
                int i = k % perDay.length;
                LocalDate start = bucket == JournalStats.Bucket.MONTH ? first.plusMonths(k) : bucket == JournalStats.Bucket.WEEK ? first.plusWeeks(k) : first.plusDays(k);
                double v = side == Side.LEFT ? perDay[i] : perDay[perDay.length - 1 - i];
                points.add(new JournalStats.Point(start, side == Side.LEFT ? 3.5 : null, v, (int) Math.ceil(v * 7), side == Side.LEFT ? 2 : 0));
            }
            series.add(new JournalStats.Series(new BodySite(Region.HIP, side), points));
        }
        return new JournalStats.Chart(bucket, series);
    }
}
