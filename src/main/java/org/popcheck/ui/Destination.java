package org.popcheck.ui;

/** The screens reachable from the main navigation. */
public enum Destination {
    CHECK, JOURNAL, EXERCISES, SUMMARY
}
