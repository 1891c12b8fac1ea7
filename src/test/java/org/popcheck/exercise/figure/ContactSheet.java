package org.popcheck.exercise.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExerciseCatalog;

/** Every exercise's key frames in rows, one sheet per palette: for a person to look at. */
final class ContactSheet {

    static final int CELL = 240;

    private ContactSheet() {}

    static BufferedImage draw(Palette palette, int background) {
        List<Exercise> all = ExerciseCatalog.standard().all();
        int columns = 3;
        int rowHeight = CELL * 200 / 240 + 22;
        BufferedImage sheet = new BufferedImage(columns * CELL + 160, all.size() * rowHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(background));
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int y = 0;
        for (Exercise e : all) {
            Movement m = Movements.of(e.id()).orElseThrow();
            g.setColor(new Color(palette.colour(Role.BODY)));
            g.drawString(e.id(), 6, y + 16);
            int x = 160;
            List<Keyframe> frames = m.keyframes();
            for (int i = 0; i < frames.size(); i++) {
                double fraction = i / (double) (frames.size() - 1);
                List<Mark> marks = FigureArt.draw(m, fraction, i == 0 ? FigureArt.Arrow.TO_END : FigureArt.Arrow.NONE);
                g.drawImage(Java2dPainter.image(marks, palette, CELL), x, y, null);
                g.setColor(new Color(palette.colour(Role.BODY)));
                g.drawString(frames.get(i).name(), x + 6, y + rowHeight - 6);
                x += CELL;
            }
            g.setColor(new Color(palette.colour(Role.PROP_SOFT)));
            g.drawLine(0, y + rowHeight - 1, sheet.getWidth(), y + rowHeight - 1);
            y += rowHeight;
        }
        g.dispose();
        return sheet;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/figures");
        Files.createDirectories(out);
        ImageIO.write(draw(Palette.LIGHT, 0xffffff), "png", out.resolve("contact-sheet-light.png").toFile());
        ImageIO.write(draw(Palette.DARK, 0x0d1117), "png", out.resolve("contact-sheet-dark.png").toFile());
        ImageIO.write(draw(Palette.HIGH_CONTRAST, 0xffffff), "png", out.resolve("contact-sheet-high-contrast.png").toFile());
    }
}
