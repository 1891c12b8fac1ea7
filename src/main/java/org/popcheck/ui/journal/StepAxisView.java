package org.popcheck.ui.journal;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.ValueAxis;

/**
 * A chart axis drawn over a {@link StepAxis}: a tick on each whole step only, labelled with the day
 * or number it stands for. JavaFX's NumberAxis (final, so not extended) also puts a tick on each end;
 * on the padded ends such a tick has no words, yet its empty label still counted as taking room, so
 * the label beside it ("0" and "10" on the pain scale) was hidden as overlapping.
 */
final class StepAxisView extends ValueAxis<Number> {

    /** The words for a tick: the value it stands for, on the axis shown (whose step says how many decimals it needs). */
    interface TickWords {
        String of(double value, StepAxis axis);
    }

    private final TickWords words;
    private StepAxis steps = StepAxis.painScale();

    /** @param words the label for the day or number a tick stands for */
    StepAxisView(TickWords words) {
        this.words = words;
        setAutoRanging(false);
        setMinorTickVisible(false);
        show(steps);
    }

    /** Runs the axis over {@code scale}, with its room at both ends. */
    void show(StepAxis scale) {
        steps = scale;
        setLowerBound(scale.lowerBound());
        setUpperBound(scale.upperBound());
        requestAxisLayout();
    }

    StepAxis steps() {
        return steps;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    /** The range is {lower bound, upper bound, pixels per step}. */
    @Override
    protected void setRange(Object range, boolean animate) {
        double[] r = (double[]) range;
        setLowerBound(r[0]);
        setUpperBound(r[1]);
        currentLowerBound.set(r[0]);
        setScale(r[2]);
    }

    @Override
    protected Object getRange() {
        double length = getSide() != null && getSide().isVertical() ? getHeight() : getWidth();
        return new double[] {getLowerBound(), getUpperBound(), calculateNewScale(length, getLowerBound(), getUpperBound())};
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] r = (double[]) range;
        List<Number> ticks = new ArrayList<>();
        // Up to the last value only: a tick beyond it named a day with no entries yet (tomorrow).
        for (double p = Math.ceil(r[0]); p <= Math.min(r[1], steps.span()) + 1e-9; p++) {
            ticks.add(p);
        }
        return ticks;
    }

    @Override
    protected String getTickMarkLabel(Number position) {
        double value = steps.valueAt(position.doubleValue());
        return Double.isNaN(value) ? "" : words.of(value, steps);
    }
}
