package org.popcheck.ui;

/** Lets a screen send the person elsewhere (result to exercises, result to summary, ...). */
@FunctionalInterface
public interface Navigator {
    void show(Destination destination);
}
