package org.popcheck.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes a picture of a node to a PNG file, on the FX thread (works headless under Monocle). */
public final class Snapshots {

    private Snapshots() {}

    public static void write(Node node, Path file) {
        save(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null))), file);
    }

    /** The window's content exactly as it is shown: what lies beyond its edges is left out. */
    public static void write(javafx.scene.Scene scene, Path file) {
        WritableImage whole = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        int w = (int) Math.min(whole.getWidth(), scene.getWidth());
        int h = (int) Math.min(whole.getHeight(), scene.getHeight());
        save(new WritableImage(whole.getPixelReader(), w, h), file);
    }

    private static void save(WritableImage image, Path file) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
