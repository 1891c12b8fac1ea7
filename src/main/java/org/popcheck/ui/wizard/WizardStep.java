package org.popcheck.ui.wizard;

/**
 * The steps of the wizard, in order. The emergency signs come as soon as the age is known (the
 * engine needs it), before any question about the popping (spec/assessment.md, version 2).
 */
public enum WizardStep {
    START, WHERE, ABOUT, EMERGENCY, POPPING, WARNINGS, RESULT;

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
