package org.popcheck.testsupport;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a test's picture goes: always under {@code target/}, and under {@code docs/} only when asked with
 * {@code -Dpopcheck.docs=true}. The one place that decides it, so an ordinary {@code mvn verify} never
 * rewrites the pictures the repository keeps (a rewritten PNG differs by a few bytes and dirties the tree).
 */
public final class DocPictures {

    /** The system property that asks for the pictures in docs/ to be written. */
    public static final String PROPERTY = "popcheck.docs";

    private DocPictures() {}

    /** True when this run was asked to write the pictures in docs/. */
    public static boolean asked() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * The files to write one picture to.
     *
     * @param inTarget where the picture always goes; must lie under target/
     * @param inDocs   where the docs keep it; must lie under docs/
     * @return {@code inTarget}, then {@code inDocs} when {@link #asked()}
     * @throws IllegalArgumentException when a path lies under the wrong folder
     */
    public static List<Path> places(Path inTarget, Path inDocs) {
        return places(inTarget, inDocs, asked());
    }

    static List<Path> places(Path inTarget, Path inDocs, boolean asked) {
        if (!inTarget.normalize().startsWith("target")) {
            throw new IllegalArgumentException(inTarget + " is not under target/: a test writes its pictures there");
        }
        if (!inDocs.normalize().startsWith("docs")) {
            throw new IllegalArgumentException(inDocs + " is not under docs/");
        }
        return asked ? List.of(inTarget, inDocs) : List.of(inTarget);
    }
}
