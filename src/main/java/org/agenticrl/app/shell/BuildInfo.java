package org.agenticrl.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * What the build wrote about itself into {@code about.properties} (Maven fills in the pom's version and the libraries'
 * versions), and what the running Java and JavaFX say about themselves.
 *
 * @param version the app's version from the pom, or "development build" where the file was not filtered
 * @param libraries each library with its version and licence, in the file's order
 */
public record BuildInfo(String version, List<String> libraries) {
    private static final String FILE = "/org/agenticrl/app/about.properties";
    private static final String LIBRARY = "library.";

    public static BuildInfo load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(FILE)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException problem) {
            return new BuildInfo("unknown (" + problem.getMessage() + ")", List.of());
        }
        String version = properties.getProperty("version", "unknown");
        List<String> libraries = properties.stringPropertyNames().stream().filter(key -> key.startsWith(LIBRARY))
                .sorted(Comparator.comparingInt(key -> Integer.parseInt(key.substring(LIBRARY.length()))))
                .map(properties::getProperty).toList();
        return new BuildInfo(version.contains("${") ? "development build" : version, libraries);
    }

    /** The running Java: its version and vendor. */
    static String java() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }

    /** The running JavaFX, as the toolkit reports it once started. */
    static String javafx() {
        return System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "unknown"));
    }
}
