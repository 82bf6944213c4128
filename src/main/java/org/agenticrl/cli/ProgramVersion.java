package org.agenticrl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the pom's version, which Maven writes into the same {@code about.properties} the About box reads
 * (an unfiltered build, e.g. straight from an IDE's sources, says "development build").
 */
final class ProgramVersion implements IVersionProvider {
    private static final String FILE = "/org/agenticrl/app/about.properties";

    @Override
    public String[] getVersion() throws IOException {
        Properties about = new Properties();
        try (InputStream in = ProgramVersion.class.getResourceAsStream(FILE)) {
            if (in != null) {
                about.load(in);
            }
        }
        String version = about.getProperty("version", "");
        return new String[] {"agentic-rl " + (version.isEmpty() || version.contains("${") ? "development build"
                : version)};
    }
}
