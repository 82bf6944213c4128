package org.agenticrl.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The window's JVM options reach it however it is started: plain java -jar relaunches with them, typed ones stay. */
class WindowJvmTest {
    private static final Path JAVA = Path.of("/jdk/bin/java");
    @TempDir
    Path cache;

    private static JvmCommandLine line(List<String> options, List<String> environment) {
        return new JvmCommandLine(options, List.of("-jar", "app.jar"), List.of("app", "--theme", "dark"), environment,
                false);
    }

    @Test
    void plainJavaJarGetsBothOptionsBeforeTheJarAndKeepsItsOwn() {
        Optional<List<String>> command = WindowJvm.command(line(List.of("-Dx=1"), List.of()), JAVA, 42,
                List.of("-Xlog:cds=off", "-XX:SharedArchiveFile=a.jsa"));

        assertEquals(Optional.of(List.of("/jdk/bin/java", "-Dx=1", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Xlog:cds=off", "-XX:SharedArchiveFile=a.jsa", "-Dagenticrl.relaunched=42", "-jar", "app.jar", "app",
                "--theme", "dark")), command);
    }

    @ParameterizedTest
    @CsvSource({
        "-Xmx1g, -XX:TieredStopAtLevel=1",
        "-XX:MaxRAMPercentage=10, -XX:TieredStopAtLevel=1",
        "-XX:TieredStopAtLevel=4, -Xmx256m",
        "-XX:-TieredCompilation, -Xmx256m",
    })
    void anOptionTheUserSetIsKeptAndOnlyTheOtherIsAdded(String typed, String added) {
        assertEquals(List.of(added), WindowJvm.missingFrom(List.of("-Dx=1", typed)));
    }

    @Test
    void optionsFromTheEnvironmentCountAsGiven() {
        assertEquals(Optional.empty(), WindowJvm.command(line(List.of("-Xmx512m"),
                List.of("-XX:TieredStopAtLevel=1")), JAVA, 42, List.of()));
    }

    @Test
    void aJvmWithBothOptionsOrAnAgentOpensTheWindowItself() {
        assertEquals(Optional.empty(), WindowJvm.command(line(WindowJvm.OPTIONS, List.of()), JAVA, 42,
                List.of()));
        assertEquals(Optional.empty(), WindowJvm.command(
                line(List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"), List.of()), JAVA, 42, List.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "-Xmx1g -jar app.jar app --theme dark; app --theme dark; -Xmx1g; -jar app.jar",
        "-cp a.jar:b.jar org.agenticrl.Launcher; ; -cp a.jar:b.jar; org.agenticrl.Launcher",
        "-Dapp=1 -m mod/org.agenticrl.Launcher app; app; -Dapp=1; -m mod/org.agenticrl.Launcher",
        "-jar app.jar -jar; -jar; ; -jar app.jar",
    })
    void aCommandLineSplitsIntoOptionsMainAndArguments(String commandLine, String arguments, String options,
                                                       String main) {
        JvmCommandLine parsed = JvmCommandLine.parse(words(commandLine), words(arguments), List.of()).orElseThrow();

        assertEquals(words(options), parsed.options());
        assertEquals(words(main), parsed.main());
        assertEquals(words(arguments), parsed.arguments());
    }

    @Test
    void aCommandLineThatDoesNotEndWithTheArgumentsOrNamesNoMainIsNotGuessedAt() {
        assertEquals(Optional.empty(), JvmCommandLine.parse(words("-jar app.jar other"), words("app"), List.of()));
        assertEquals(Optional.empty(), JvmCommandLine.parse(words("-Xmx1g"), words(""), List.of()));
    }

    @Test
    void theEnvironmentsOptionsAreSplitOnWhiteSpace() {
        assertEquals(List.of("-Xmx1g", "-Dy=2", "-Dz=3"), JvmCommandLine.environmentOptions(
                java.util.Map.of("JDK_JAVA_OPTIONS", " -Xmx1g  -Dy=2", "JAVA_TOOL_OPTIONS", "-Dz=3", "OTHER", "-Dw=4")));
    }

    @Test
    void classSharingTheUserChoseIsKept() {
        Optional<List<String>> command = WindowJvm.command(line(List.of("-Xshare:off"), List.of()), JAVA, 42,
                List.of("-XX:SharedArchiveFile=a.jsa"));

        assertFalse(command.orElseThrow().contains("-XX:SharedArchiveFile=a.jsa"));
    }

    @Test
    void aJvmStartedWithoutTheOptionsRunsTheProgramInAChildWithThemAndPassesItsExitCodeOn() throws Exception {
        Probe probe = Probe.run(cache, List.of("-Dprobe=kept"), "first", "second arg");

        assertEquals(RelaunchProbe.EXIT, probe.exitCode());
        assertTrue(probe.line("options").contains("-Xmx256m"), probe.output());
        assertTrue(probe.line("options").contains("-XX:TieredStopAtLevel=1"), probe.output());
        assertTrue(probe.line("options").contains("-Dprobe=kept"), probe.output());
        assertEquals("arguments first|second arg", probe.line("arguments"));
        assertEquals("relaunched true", probe.line("relaunched"));
        assertEquals("malloc arenas 2", probe.line("malloc arenas"));
        assertTrue(Integer.parseInt(probe.line("max heap MB").replaceAll("\\D", "")) <= 256, probe.output());
    }

    @Test
    void aHeapTheUserTypedIsKept() throws Exception {
        Probe probe = Probe.run(cache, List.of("-Xmx300m"), "x");

        assertEquals("relaunched true", probe.line("relaunched"));
        assertTrue(probe.line("options").contains("-Xmx300m"), probe.output());
        assertFalse(probe.line("options").contains("-Xmx256m"), probe.output());
    }

    @Test
    void aJvmWithTheOptionsOrToldNotToRunsTheProgramItself() throws Exception {
        List<String> withOptions = new ArrayList<>(WindowJvm.OPTIONS);
        assertEquals("relaunched false", Probe.run(cache, withOptions, "x").line("relaunched"));
        assertEquals("relaunched false", Probe.run(cache, List.of("-Dagenticrl.relaunch=false"), "x")
                .line("relaunched"));
    }

    @Test
    void theFirstRelaunchWritesAClassArchiveThatTheNextOneMaps() throws Exception {
        Probe first = Probe.run(cache, List.of(), "x");
        try (var files = Files.list(cache.resolve("agentic-rl"))) {
            assertEquals(1, files.filter(file -> file.toString().endsWith(".jsa")).count(), first.output());
        }
        assertTrue(first.line("options").contains("-XX:ArchiveClassesAtExit="), first.output());

        Probe second = Probe.run(cache, List.of(), "x");

        assertTrue(second.line("options").contains("-XX:SharedArchiveFile="), second.output());
        assertEquals(RelaunchProbe.EXIT, second.exitCode());
        assertEquals("", second.output().lines().filter(line -> line.contains("cds")).filter(line ->
                !line.startsWith("options")).reduce("", String::concat), "the JVM says nothing about the archive");
    }

    /** The same options are given by mvn javafx:run (pom.xml) and by the installed app (packaging/app-image.sh). */
    @Test
    void theLaunchersGiveTheSameOptions() throws IOException {
        assertEquals(WindowJvm.OPTIONS, all(Pattern.compile("<option>([^<]+)</option>"), Path.of("pom.xml")));
        List<String> packaged = all(Pattern.compile("--java-options \"(-X[^\"]+)\""), Path.of("packaging/app-image.sh"));
        assertEquals(WindowJvm.OPTIONS, packaged);
    }

    private static List<String> all(Pattern pattern, Path file) throws IOException {
        Matcher matcher = pattern.matcher(Files.readString(file));
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split(" "));
    }

    /**
     * The probe run in a JVM of its own, started as a user would: java OPTIONS -cp JAR RelaunchProbe ARGS, with the
     * user's cache folder (for the class archive) in cache on every system. The jar holds this package's classes,
     * main and test (the JVM archives classes from jars only).
     */
    private record Probe(int exitCode, String output) {
        static Probe run(Path cache, List<String> options, String... arguments) throws Exception {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Duser.home=" + cache));
            command.addAll(options);
            command.addAll(List.of("-cp", jar(cache.resolve("probe.jar")).toString(), RelaunchProbe.class.getName()));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            JvmCommandLine.OPTION_VARIABLES.forEach(builder.environment()::remove);
            builder.environment().put("XDG_CACHE_HOME", cache.toString());
            builder.environment().put("LOCALAPPDATA", cache.toString());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Probe(process.waitFor(), output);
        }

        private static Path jar(Path jar) throws Exception {
            if (Files.exists(jar)) {
                return jar;
            }
            String folder = RelaunchProbe.class.getPackageName().replace('.', '/');
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                for (Class<?> type : List.of(RelaunchProbe.class, WindowJvm.class)) {
                    Path classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
                    try (var files = Files.list(classes.resolve(folder))) {
                        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                            out.putNextEntry(new JarEntry(folder + "/" + file.getFileName()));
                            out.write(Files.readAllBytes(file));
                            out.closeEntry();
                        }
                    }
                }
            }
            return jar;
        }

        String line(String start) {
            return output.lines().filter(line -> line.startsWith(start)).findFirst().orElse("(none) in " + output);
        }
    }
}
