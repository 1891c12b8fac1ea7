package org.popcheck.settings;

/** Where the main window was and how big, so it opens the same way next time. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** Sizes below this are treated as damaged data rather than a choice. */
    static final double MIN_SIZE = 200;

    public boolean isUsable() {
        return width >= MIN_SIZE && height >= MIN_SIZE && Double.isFinite(x) && Double.isFinite(y);
    }
}
