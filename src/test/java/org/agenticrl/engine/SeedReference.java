package org.agenticrl.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers the seed notebook's own Python code prints and computes, at full precision, read from
 * {@code reference/seed-notebook.json}; {@code src/test/python/make_reference.py} writes that file by running the
 * seed's code cells with numpy.
 */
public final class SeedReference {
    private static final JsonNode ROOT = read();

    private SeedReference() {
    }

    private static JsonNode read() {
        try (InputStream in = SeedReference.class.getResourceAsStream("/reference/seed-notebook.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode get(String field) {
        return ROOT.get(field);
    }

    public static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).doubleValue();
        }
        return values;
    }

    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
