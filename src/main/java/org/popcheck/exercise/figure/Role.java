package org.popcheck.exercise.figure;

/** What a mark of the drawing is; a {@link Palette} gives each role its colour for a theme. */
public enum Role {
    /** Body parts on the viewer's side, and the trunk. */
    BODY,
    /** Body parts on the far side, paler so the two sides can be told apart. */
    BODY_FAR,
    /** The moving parts on the viewer's side. */
    ACCENT,
    /** The moving parts on the far side. */
    ACCENT_FAR,
    /** The hair, which shows which way the head faces. */
    HAIR,
    /** Chair, wall and counter. */
    PROP,
    /** Mat, cushion and the floor line. */
    PROP_SOFT,
    /** Band and towel. */
    BAND,
    /** The direction arrow. */
    ARROW,
    /** The background of a close-up inset. */
    INSET
}
