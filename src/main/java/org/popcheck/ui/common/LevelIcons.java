package org.popcheck.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.popcheck.triage.Level;

/** The icon of each triage level, one set for the wizard's result and the journal's safety net. */
public final class LevelIcons {

    /** The style class that gives a level's icon its size (common.css): about 40 px, beside the level's words. */
    public static final String SIZED = "pc-level-icon";

    private LevelIcons() {}

    /**
     * The icon of {@code level} at its size in a banner. The size is set in common.css, not with
     * FontIcon.setIconSize: the themes' sheet gives every icon 18 px, and a FontIcon lets a sheet
     * override what code set, so the result page's and the journal banner's icons showed at text size.
     */
    public static FontIcon icon(Level level) {
        FontIcon icon = new FontIcon(of(level));
        icon.getStyleClass().add(SIZED);
        return icon;
    }

    public static Ikon of(Level level) {
        return switch (level) {
            case EMERGENCY_AMBULANCE -> Material2AL.LOCAL_HOSPITAL;
            case EMERGENCY -> Material2MZ.WARNING;
            case CONSULTATION_24 -> Material2AL.ACCESS_TIME;
            case CONSULTATION -> Material2AL.EVENT;
            case SELF_CARE -> Material2AL.CHECK_CIRCLE;
        };
    }
}
