package org.popcheck.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.popcheck.settings.Settings;

/**
 * Applies the person's look: AtlantaFX light or dark (high contrast is light with its colour
 * variables reassigned), PopCheck's own sheet, and the text size as the root font size, which
 * every em-based size in the themes follows.
 */
public final class Theme {

    private static final String COMMON = Theme.class.getResource("common.css").toExternalForm();
    private static final String HIGH_CONTRAST = Theme.class.getResource("high-contrast.css").toExternalForm();
    /** The root font size of the AtlantaFX themes, which every em-based size follows. */
    /** The normal text size, px; Settings' text size scales it. */
    public static final double BASE_FONT_PX = 14;

    private Theme() {}

    /** True when {@code scene} already has the sheets and text size of {@code settings}. */
    static boolean matches(Scene scene, Settings settings) {
        boolean high = settings.theme() == Settings.Theme.HIGH_CONTRAST;
        return scene.getStylesheets().contains(COMMON)
                && scene.getStylesheets().contains(HIGH_CONTRAST) == high
                && scene.getRoot().getStyle().equals(fontStyle(settings));
    }

    public static void apply(Scene scene, Settings settings) {
        applyUserAgent(settings);
        scene.getStylesheets().remove(COMMON);
        scene.getStylesheets().remove(HIGH_CONTRAST);
        scene.getStylesheets().add(COMMON);
        if (settings.theme() == Settings.Theme.HIGH_CONTRAST) {
            scene.getStylesheets().add(HIGH_CONTRAST);
        }
        // At the normal size the themes' own root size (14 px) applies. No inline style then: one is
        // parsed from text, and the parser's first use cost the window's first appearance.
        scene.getRoot().setStyle(fontStyle(settings));
    }

    /**
     * Puts {@code root} in {@code scene} with the person's look: the text size is set on the root
     * node, so a new root without it would fall back to the normal size.
     */
    public static void replaceRoot(Scene scene, Parent root, Settings settings) {
        scene.setRoot(root);
        apply(scene, settings);
    }

    private static String fontStyle(Settings settings) {
        return settings.textScale() == 1.0 ? ""
                : String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * settings.textScale());
    }

    /**
     * Sets the AtlantaFX base theme for the whole application; does nothing if it is already the
     * one in use (loading a theme costs tens of milliseconds). Call before the first control is
     * made, or JavaFX loads its default theme first.
     */
    public static void applyUserAgent(Settings settings) {
        String sheet = settings.theme() == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }
}
