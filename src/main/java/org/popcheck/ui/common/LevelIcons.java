package org.popcheck.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.popcheck.triage.Level;

/** The icon of each triage level, one set for the wizard's result and the journal's safety net. */
public final class LevelIcons {

    private LevelIcons() {}

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
