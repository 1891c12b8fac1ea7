package org.popcheck.ui.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.popcheck.i18n.LocalFormats;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalStats;

/** Two line charts, pain and popping, one series per joint; the x axis counts days. */
final class TrendCharts extends VBox {

    /**
     * A chart's least height, in text sizes: room for its title, ten ticks, the dates and a legend of
     * four joints on two or three lines. Bound in code: a stylesheet's em does not follow the person's
     * text size (at twice the size the plot was squeezed to a strip with its axis name cut to "Sch...").
     */
    private static final double CHART_MIN_EM = 20;

    private final LineChart<Number, Number> pain = chart();
    private final LineChart<Number, Number> pops = chart();
    private final Label bucket = new Label();
    private final Label empty = new Label(Messages.get("journal.chart.empty"));

    TrendCharts() {
        super(6);
        pain.setId("chart-pain");
        pops.setId("chart-pops");
        pain.setTitle(Messages.get("journal.chart.pain"));
        pops.setTitle(Messages.get("journal.chart.pops.DAY"));
        bucket.getStyleClass().add("text-muted");
        empty.getStyleClass().add("text-muted");
        for (LineChart<Number, Number> c : List.of(pain, pops)) {
            c.minHeightProperty().bind(bucket.fontProperty().map(f -> CHART_MIN_EM * f.getSize()));
        }
        VBox.setVgrow(pain, Priority.ALWAYS);
        VBox.setVgrow(pops, Priority.ALWAYS);
        getChildren().addAll(bucket, empty, pain, pops);
        getStylesheets().add(TrendCharts.class.getResource("journal.css").toExternalForm());
    }

    void show(JournalStats.Chart chart) {
        List<XYChart.Series<Number, Number>> painSeries = new ArrayList<>();
        List<XYChart.Series<Number, Number>> popSeries = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        double mostPops = 0;
        for (JournalStats.Series s : chart.series()) {
            for (JournalStats.Point point : s.points()) {
                min = Math.min(min, point.start().toEpochDay());
                max = Math.max(max, point.start().toEpochDay());
                mostPops = Math.max(mostPops, point.popsPerDay());
            }
        }
        StepAxis days = chart.series().isEmpty() ? null : StepAxis.days(min, max);
        // Entries on one day are whole; per day over a week or month they are averages, with decimals.
        boolean whole = chart.bucket() == JournalStats.Bucket.DAY;
        StepAxis popScale = StepAxis.counts(mostPops, whole);
        for (JournalStats.Series s : chart.series()) {
            XYChart.Series<Number, Number> p = new XYChart.Series<>();
            XYChart.Series<Number, Number> f = new XYChart.Series<>();
            String name = JournalLabels.site(s.site());
            p.setName(name);
            f.setName(name);
            int count = 0;
            double painSum = 0;
            int painScores = 0;
            for (JournalStats.Point point : s.points()) {
                double x = days.position(point.start().toEpochDay());
                if (point.averagePain() != null) {
                    p.getData().add(new XYChart.Data<>(x, point.averagePain()));
                    // the mean of every score, not of the points' means: a day with one score weighs no more than its score
                    painSum += point.averagePain() * point.painScores();
                    painScores += point.painScores();
                }
                f.getData().add(new XYChart.Data<>(x, popScale.position(point.popsPerDay())));
                count += point.entries();
            }
            painSeries.add(p);
            popSeries.add(f);
            summary.add(JournalLabels.chartSummary(name, count, painScores, painSum));
        }
        pain.getData().setAll(painSeries);
        pops.getData().setAll(popSeries);
        boolean none = chart.series().isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
        if (!none) {
            // Ticks fall on whole days from the first one (each date once); the chart's right
            // padding leaves room for the last date's label. Both charts share the range.
            for (LineChart<Number, Number> c : List.of(pain, pops)) {
                ((StepAxisView) c.getXAxis()).show(days);
            }
            ((StepAxisView) pops.getYAxis()).show(popScale);
        }
        // "entries per day" for a day's count; "weekly / monthly average" when a point stands for a week or a month.
        pops.setTitle(Messages.get("journal.chart.pops." + chart.bucket().name()));
        bucket.setText(Messages.get("journal.chart.bucket." + chart.bucket().name()));
        String text = String.join("; ", summary);
        pain.setAccessibleText(Messages.get("journal.chart.pain.accessible", text));
        pops.setAccessibleText(Messages.get("journal.chart.pops.accessible", text));
    }

    private static String day(double epochDay, StepAxis axis) {
        return LocalFormats.shortDate(LocalDate.ofEpochDay(Math.round(epochDay)));
    }

    /** A count or an average, with the decimals its axis's step has ("0.5", "1.0"; "2", "4"). */
    private static String count(double value, StepAxis axis) {
        return LocalFormats.decimal(value, axis.decimals());
    }

    /**
     * A chart whose title says what its values are ("Pain (average, 0 to 10)"): its value axis has no
     * name of its own. JavaFX turns such a name to run along the axis and gives it only the axis's
     * length, so at twice the text size on a small screen "Entries per day" was cut to "Entries per ...".
     */
    private static LineChart<Number, Number> chart() {
        StepAxisView x = new StepAxisView(TrendCharts::day);
        x.setLabel(Messages.get("journal.chart.axis.date"));
        StepAxisView y = new StepAxisView(TrendCharts::count);
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setAnimated(false); // also respects reduced motion
        c.setCreateSymbols(true); // symbols as well as colour tell the series apart
        c.getStyleClass().add("pc-trend-chart");
        return c;
    }
}
