package org.popcheck.ui.wizard;

/** The steps of the wizard, in order. */
public enum WizardStep {
    START, WHERE, ABOUT, POPPING, WARNINGS, RESULT;

    public WizardStep next() {
        return this == RESULT ? RESULT : values()[ordinal() + 1];
    }

    public WizardStep previous() {
        return this == START ? START : values()[ordinal() - 1];
    }

    /** The message-key part for this step, e.g. {@code wizard.step.where.title}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
