package org.popcheck.ui.common;

/** Every style-class name used by the screens, in one place, so a rename cannot miss one. */
public final class Styles {

    private Styles() {}

    // AtlantaFX classes we rely on.
    public static final String TITLE_1 = atlantafx.base.theme.Styles.TITLE_1;
    public static final String TITLE_2 = atlantafx.base.theme.Styles.TITLE_2;
    public static final String TITLE_3 = atlantafx.base.theme.Styles.TITLE_3;
    public static final String TITLE_4 = atlantafx.base.theme.Styles.TITLE_4;
    public static final String TEXT_MUTED = atlantafx.base.theme.Styles.TEXT_MUTED;
    public static final String TEXT_BOLD = atlantafx.base.theme.Styles.TEXT_BOLD;
    public static final String SMALL = atlantafx.base.theme.Styles.SMALL;
    public static final String FLAT = atlantafx.base.theme.Styles.FLAT;
    public static final String ACCENT = atlantafx.base.theme.Styles.ACCENT;
    public static final String DANGER = atlantafx.base.theme.Styles.DANGER;
    public static final String LEFT_PILL = atlantafx.base.theme.Styles.LEFT_PILL;
    public static final String CENTER_PILL = atlantafx.base.theme.Styles.CENTER_PILL;
    public static final String RIGHT_PILL = atlantafx.base.theme.Styles.RIGHT_PILL;

    // Our own, defined in common.css.
    public static final String PAGE = "pc-page";
    public static final String CARD = "pc-card";
    public static final String EMERGENCY_PANEL = "pc-emergency-panel";
    public static final String DISCLAIMER = "pc-disclaimer";
    public static final String BLOCKER = "pc-blocker";
    public static final String ERROR = "pc-error";
    public static final String QUESTION = "pc-question";
    public static final String QUESTION_TEXT = "pc-question-text";
    public static final String STEP_CRUMB = "pc-step-crumb";
    public static final String STEP_CRUMB_CURRENT = "pc-step-crumb-current";
    public static final String LEVEL_BANNER = "pc-level-banner";
    public static final String SECTION_TITLE = "pc-section-title";
    public static final String REASON = "pc-reason";
    public static final String PICTURE = "pc-picture";
    public static final String NAV_SETTINGS = "pc-nav-settings";
    /** A bar offering to undo what was just done (a cleared result, a deleted entry). */
    public static final String UNDO_BAR = "pc-undo-bar";
    /** With {@link #ERROR}: a problem right under the field it is about, in a narrow column, so not indented. */
    public static final String FIELD_PROBLEM = "pc-field-problem";

    /**
     * Keeps each control at least as wide as its whole text: a row that runs short of room then
     * wraps or scrolls instead of cutting a button to "B...".
     */
    public static void keepWhole(javafx.scene.layout.Region... controls) {
        for (javafx.scene.layout.Region c : controls) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
    }

    /**
     * Lets each labelled control wrap its words within {@code container}'s width: in a flow pane,
     * which gives every child its preferred (one-line) width, a long name such as "Rechtes
     * Sprunggelenk" at twice the text size would otherwise run past a narrow column. Give the
     * container {@code setMinWidth(0)}: a flow pane is otherwise at least as wide as its widest child's one line.
     */
    public static void wrapWithin(javafx.scene.layout.Region container, javafx.scene.control.Labeled... controls) {
        for (javafx.scene.control.Labeled c : controls) {
            c.setWrapText(true);
            // Before the first layout the container is 0 wide: no limit yet.
            c.maxWidthProperty().bind(container.widthProperty().map(w -> w.doubleValue() > 0 ? w.doubleValue() : Double.MAX_VALUE));
        }
    }

    /**
     * Makes {@code region} {@code em} times as wide as the text size of {@code measure} (a label
     * inside it, which carries the person's text size), now and whenever that size changes.
     * A stylesheet's em does not follow an inline text size on the window's root; a label's font does.
     */
    public static void prefWidthInEm(javafx.scene.layout.Region region, double em, javafx.scene.control.Labeled measure) {
        region.prefWidthProperty().bind(measure.fontProperty().map(f -> em * f.getSize()));
    }

    /**
     * Marks a field whose text cannot be used, or unmarks it when {@code problem} is empty: the
     * theme's danger look (a red border, AtlantaFX's {@code :danger} state) for the eye, and the
     * problem after the field's name in its accessible text, so a screen reader says it as well.
     *
     * @param name what the field asks, as its accessible text without a problem
     */
    public static void markProblem(javafx.scene.control.TextInputControl field, String name, String problem) {
        boolean wrong = problem != null && !problem.isEmpty();
        field.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, wrong);
        field.setAccessibleText(wrong ? name + ": " + problem : name);
    }

    /** The banner's variant for a level id, e.g. {@code pc-level-self_care}. */
    public static String level(String levelId) {
        return "pc-level-" + levelId;
    }
}
