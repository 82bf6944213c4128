package org.agenticrl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's version as pom.xml states it, for tests that check it reaches the user unchanged. */
public final class PomVersion {
    private static final Pattern VERSION = Pattern.compile(
            "<artifactId>agentic-rl</artifactId>\\s*<version>([^<]+)</version>");

    private PomVersion() {
    }

    public static String read() throws IOException {
        Matcher version = VERSION.matcher(Files.readString(Path.of("pom.xml")));
        if (!version.find()) {
            throw new IllegalStateException("pom.xml states no version for agentic-rl");
        }
        return version.group(1);
    }
}
