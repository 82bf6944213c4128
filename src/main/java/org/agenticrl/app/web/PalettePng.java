package org.agenticrl.app.web;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A picture of the window as a PNG of at most 256 colours, about half the size of a full-colour one: a view is drawn in
 * a few flat colours, and its 256 most frequent colours cover nearly all of its pixels (98 to 99.8 percent in the seed
 * notebook lesson's chapters); the rest, the anti-aliased edges of text, take the nearest of them. Stateless.
 */
final class PalettePng {
    private static final int COLOURS = 256;

    private PalettePng() {
    }

    /** The picture (its alpha dropped) as a palette PNG, compressed as hard as the writer can. */
    static byte[] of(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] &= 0xffffff;
            counts.merge(pixels[i], 1, Integer::sum);
        }
        List<Integer> palette = counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(COLOURS).map(Map.Entry::getKey).toList();
        byte[] red = new byte[palette.size()];
        byte[] green = new byte[palette.size()];
        byte[] blue = new byte[palette.size()];
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < palette.size(); i++) {
            int colour = palette.get(i);
            red[i] = (byte) (colour >> 16);
            green[i] = (byte) (colour >> 8);
            blue[i] = (byte) colour;
            index.put(colour, i);
        }
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, palette.size(), red, green, blue));
        int[] samples = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            samples[i] = index.computeIfAbsent(pixels[i], colour -> nearest(colour, palette));
        }
        indexed.getRaster().setPixels(0, 0, width, height, samples);
        return png(indexed);
    }

    /** The palette's colour nearest to colour, by a distance that weighs green most, as the eye does. */
    private static int nearest(int colour, List<Integer> palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.size(); i++) {
            int other = palette.get(i);
            long red = ((colour >> 16) & 0xff) - ((other >> 16) & 0xff);
            long green = ((colour >> 8) & 0xff) - ((other >> 8) & 0xff);
            long blue = (colour & 0xff) - (other & 0xff);
            long distance = 3 * red * red + 4 * green * green + 2 * blue * blue;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    private static byte[] png(BufferedImage picture) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(0f);
            writer.write(null, new IIOImage(picture, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException("the picture could not be made a PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
