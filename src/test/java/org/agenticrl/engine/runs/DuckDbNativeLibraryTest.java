package org.agenticrl.engine.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The build picks DuckDB's jar for the machine that builds (pom.xml's profiles): the class path carries exactly one
 * native library, this platform's, and that is the one that loads. On this project's Linux x86-64 machines the
 * library is linux_amd64.
 */
class DuckDbNativeLibraryTest {
    /** DuckDB's per-platform jars each hold one resource of this name followed by the platform. */
    private static final String LIBRARY = "libduckdb_java.so_";
    private static final List<String> PLATFORMS = List.of("linux_amd64", "linux_arm64", "osx_universal",
            "windows_amd64", "windows_arm64");

    @Test
    void theClassPathCarriesOnlyThisPlatformsNativeLibrary() {
        List<String> carried = PLATFORMS.stream()
                .filter(platform -> getClass().getClassLoader().getResource(LIBRARY + platform) != null).toList();

        assertEquals(List.of(libraryFor(System.getProperty("os.name"), System.getProperty("os.arch"))), carried,
                "the DuckDB native libraries on the class path (build's classifier: "
                        + System.getProperty("duckdb.classifier") + ")");
    }

    @Test
    void theLibraryThatLoadedIsThisMachines() throws Exception {
        String loaded;
        try (DuckDb database = new DuckDb();
             Statement statement = database.connection().createStatement();
             ResultSet platform = statement.executeQuery("PRAGMA platform")) {
            platform.next();
            loaded = platform.getString(1);
        }
        System.out.println("DuckDB's native library that loaded: " + loaded);

        assertEquals(platformOf(System.getProperty("os.name"), System.getProperty("os.arch")), loaded);
    }

    /** The platform DuckDB's library reports about itself: os_arch, e.g. linux_amd64 or osx_arm64. */
    private static String platformOf(String osName, String osArch) {
        String name = osName.toLowerCase(Locale.ROOT);
        String os = name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "osx" : "linux";
        String arch = osArch.equals("aarch64") || osArch.equals("arm64") ? "arm64" : "amd64";
        return os + "_" + arch;
    }

    /** The resource DuckDB's driver loads its library from: macOS has one library for both architectures. */
    private static String libraryFor(String osName, String osArch) {
        String platform = platformOf(osName, osArch);
        return platform.startsWith("osx") ? "osx_universal" : platform;
    }
}
