package org.popcheck.settings;

/**
 * Where the main window was and how big (screen pixels), so it opens the same way next time.
 * {@link #fittedInto} keeps it on the screen it opens on.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** Sizes below this are treated as damaged data rather than a choice. */
    static final double MIN_SIZE = 200;
    /** The size the window asks for when there is room: the screens were designed at this size. */
    public static final double PREFERRED_WIDTH = 1100;
    public static final double PREFERRED_HEIGHT = 760;

    public boolean isUsable() {
        return width >= MIN_SIZE && height >= MIN_SIZE && Double.isFinite(x) && Double.isFinite(y)
                && Double.isFinite(width) && Double.isFinite(height);
    }

    /**
     * The first placement on a screen whose usable area (without task bars) is the given rectangle:
     * the preferred size, or the whole area when the screen is smaller, centred.
     */
    public static WindowPlacement centredIn(double areaX, double areaY, double areaWidth, double areaHeight) {
        double w = Math.min(PREFERRED_WIDTH, areaWidth);
        double h = Math.min(PREFERRED_HEIGHT, areaHeight);
        return new WindowPlacement(areaX + (areaWidth - w) / 2, areaY + (areaHeight - h) / 2, w, h, false);
    }

    /**
     * This placement moved and shrunk so that the whole window lies inside the given usable area
     * of a screen: no larger than the area, and no edge beyond it (a window saved on a bigger
     * screen, or a half-off-screen one, comes back whole).
     */
    public WindowPlacement fittedInto(double areaX, double areaY, double areaWidth, double areaHeight) {
        double w = Math.min(width, areaWidth);
        double h = Math.min(height, areaHeight);
        double nx = Math.max(areaX, Math.min(x, areaX + areaWidth - w));
        double ny = Math.max(areaY, Math.min(y, areaY + areaHeight - h));
        return new WindowPlacement(nx, ny, w, h, maximized);
    }
}
