package org.popcheck.report;

import java.io.IOException;

/**
 * Where the next line of one column of {@link Pages} goes: a page and a y from the top of it. A line or
 * block that does not fit above the footer goes to the top of the next page, in the same column.
 */
final class Column {

    /** Where the first baseline of a continued column sits below the page's top. */
    static final float CONTINUED = 10;

    private final Pages pages;
    private float x;
    private float width;
    /** Where the column goes on over a next page: wider when what stood beside it (the body map) is not there. */
    private float nextX;
    private float nextWidth;
    private int page;
    private float y;
    /** Said at the top of each page the column goes on to, so a reader knows what the lines there are; or null. */
    private String heading;

    Column(Pages pages, float x, float width, int page, float y) {
        this.pages = pages;
        this.x = x;
        this.width = width;
        this.nextX = x;
        this.nextWidth = width;
        this.page = page;
        this.y = y;
    }

    /** On the pages after this one the column runs from {@code newX}, {@code newWidth} wide. */
    Column widerOnNextPages(float newX, float newWidth) {
        nextX = newX;
        nextWidth = newWidth;
        return this;
    }

    /** On each page the column goes on to, it starts with {@code title} and a word saying it goes on. */
    Column titled(String title) {
        heading = title == null ? null : org.popcheck.i18n.Messages.get("summary.pdf.continued", title);
        return this;
    }

    float x() {
        return x;
    }

    float width() {
        return width;
    }

    /** A column from {@code x}, {@code width} wide, starting where this one is now. */
    Column beside(float newX, float newWidth) {
        return new Column(pages, newX, newWidth, page, y);
    }

    int page() {
        return page;
    }

    float y() {
        return y;
    }

    PdfCanvas canvas() throws IOException {
        return pages.canvas(page);
    }

    /**
     * Makes room for {@code height} points below {@link #y}: goes to the next page when they do not fit
     * above the footer (unless the column is already at the top of a page, where a taller block has to
     * start anyway). Returns the canvas to draw on.
     */
    PdfCanvas room(float height) throws IOException {
        if (y + height > pages.bottom && y > pages.top + CONTINUED) {
            nextPage();
        }
        return canvas();
    }

    /** Continues at the top of the next page, under the column's heading when it has one. */
    void nextPage() throws IOException {
        x = nextX;
        width = nextWidth;
        page++;
        y = pages.top + CONTINUED;
        if (heading != null) {
            for (String line : canvas().wrap(heading, width, 8.5f, true)) {
                canvas().text(line, x, y, 8.5f, true, PdfCanvas.MUTED);
                y += 11;
            }
            y += 3;
        }
    }

    void down(float height) {
        y += height;
    }

    /** Moves on to where {@code other} is, when that is further down the pages. */
    void catchUp(Column other) {
        if (other.page > page || (other.page == page && other.y > y)) {
            page = other.page;
            y = other.y;
        }
    }

    /** Moves on to {@code (atPage, atY)}, when that is further down the pages. */
    void catchUp(int atPage, float atY) {
        catchUp(new Column(pages, x, width, atPage, atY));
    }

    float bottom() {
        return pages.bottom;
    }

    float top() {
        return pages.top;
    }
}
