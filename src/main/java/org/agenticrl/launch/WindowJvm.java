package org.agenticrl.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * The JVM options the desktop window runs with, however it is started: a heap ceiling and C1 only (src/site/markdown/running.md, "JVM options").
 *
 * <p>A jar cannot carry JVM options. So when the window is about to open in a JVM started without them (plain
 * {@code java -jar agentic-rl.jar}), {@link #relaunch} starts a second JVM, the same java binary with the same command
 * line and the missing options added, waits for it and passes its exit code on. The first JVM has loaded little more
 * than this class by then (about 40 MB resident) and spends no more CPU; if it is stopped, it stops the second, and the
 * second stops when the first is gone ({@link #followLauncher}). Nothing is started twice when the options are there
 * already: {@code mvn javafx:run} and the installed app pass them, and a user who types one keeps their value (say
 * {@code java -Xmx1g -jar ...}: only the missing C1 option is added). Nor under a Java agent (a debugger or profiler
 * belongs to the JVM it was started with), nor when the command line cannot be told (a native launcher's JVM, such
 * as the installed app's, which passes the options and {@code -Dagenticrl.relaunch=false} itself), nor with
 * {@code -Dagenticrl.relaunch=false}.
 *
 * <p>The second JVM runs with glibc's malloc arenas limited ({@value #MALLOC_ARENAS}), and maps the classes that
 * the first window JVM of this build loaded, from a {@link ClassArchive} it wrote when it ended, unless the command
 * line chooses class sharing itself or {@code -Dagenticrl.cds=false}.
 */
public final class WindowJvm {
    /** The window's JVM options; pom.xml's {@code javafx:run} options and packaging/app-image.sh's are the same. */
    public static final List<String> OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");
    /** Set by the relaunch to the first JVM's process id. */
    static final String RELAUNCHED = "agenticrl.relaunched";
    /** {@code -Dagenticrl.relaunch=false} keeps the window in the JVM it was started in. */
    static final String RELAUNCH = "agenticrl.relaunch";

    /** An option of {@link #OPTIONS} and the option prefixes by which a user sets the same thing otherwise. */
    private record Setting(String option, List<String> setBy) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("-Xmx256m", List.of("-Xmx", "-XX:MaxHeapSize=", "-XX:MaxRAM=", "-XX:MaxRAMPercentage=",
                    "-XX:MaxRAMFraction=")),
            new Setting("-XX:TieredStopAtLevel=1", List.of("-XX:TieredStopAtLevel=", "-XX:+TieredCompilation",
                    "-XX:-TieredCompilation", "-Xint", "-Xcomp")));
    private static final List<String> AGENTS = List.of("-agentlib:", "-agentpath:", "-javaagent:");
    /** The options by which a user chooses class data sharing for themselves. */
    private static final List<String> SHARING = List.of("-Xshare", "-XX:SharedArchiveFile=",
            "-XX:ArchiveClassesAtExit=");
    /**
     * glibc's malloc gives each thread that allocates an arena of its own, up to eight per core, and keeps what was
     * freed in each; two arenas keep the native memory of JavaFX's renderer, fonts and GTK smaller (1,000 random
     * actions peaked lower). Other C libraries ignore it; a value the user set stays.
     */
    static final String MALLOC_ARENAS = "MALLOC_ARENA_MAX";
    /** Exit codes from here on say that a signal ended the process (128 + the signal's number). */
    private static final int SIGNALLED = 128;
    /** {@code -Dagenticrl.cds=false} starts the window's JVM without its class archive. */
    static final String CDS = "agenticrl.cds";

    private WindowJvm() {
    }

    /** The options of {@link #OPTIONS} that none of the given options sets, in their order. */
    static List<String> missingFrom(List<String> options) {
        List<String> missing = new ArrayList<>();
        for (Setting setting : SETTINGS) {
            if (!anyStartsWith(options, setting.setBy())) {
                missing.add(setting.option());
            }
        }
        return missing;
    }

    /** Whether any of the options starts with any of the prefixes. */
    private static boolean anyStartsWith(List<String> options, List<String> prefixes) {
        for (String option : options) {
            for (String prefix : prefixes) {
                if (option.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The command that starts the window's JVM, or empty if this JVM should open the window itself: see the class
     * comment.
     *
     * @param java the java binary of this JVM
     * @param launcher this process's id
     * @param archive the class archive's options, given unless the command line has some of its own (see
     *                {@link ClassArchive})
     */
    static Optional<List<String>> command(JvmCommandLine commandLine, Path java, long launcher, List<String> archive) {
        List<String> options = commandLine.allOptions();
        List<String> missing = missingFrom(options);
        if (missing.isEmpty() || anyStartsWith(options, AGENTS)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(commandLine.options());
        command.addAll(missing);
        if (!anyStartsWith(options, SHARING)) {
            command.addAll(archive);
        }
        command.add(String.join("", "-D", RELAUNCHED, "=", Long.toString(launcher)));
        command.addAll(commandLine.main());
        command.addAll(commandLine.arguments());
        return Optional.of(command);
    }

    /**
     * Opens the window in a JVM with the window's options if this one lacks them: returns that JVM's exit code once
     * it has ended, or empty if this JVM should open the window itself (it has the options, or a second JVM could not
     * start: then one line on stderr says so).
     *
     * @param arguments the arguments main was given
     * @param mainClass the class whose main runs
     */
    public static OptionalInt relaunch(String[] arguments, Class<?> mainClass) {
        if ("false".equals(System.getProperty(RELAUNCH)) || System.getProperty(RELAUNCHED) != null) {
            return OptionalInt.empty();
        }
        Optional<JvmCommandLine> started = JvmCommandLine.ofThisJvm(arguments, mainClass);
        if (started.isEmpty()) {
            return OptionalInt.empty();
        }
        JvmCommandLine commandLine = started.get();
        long launcher = ProcessHandle.current().pid();
        if (command(commandLine, javaBinary(), launcher, List.of()).isEmpty()) {
            return OptionalInt.empty();
        }
        ClassArchive archive = "false".equals(System.getProperty(CDS)) ? null : ClassArchive.forThisJvm().orElse(null);
        if (archive != null && !archive.prepareFolder()) {
            archive = null;
        }
        ProcessBuilder builder = new ProcessBuilder(command(commandLine, javaBinary(), launcher,
                archive == null ? List.of() : archive.options(launcher)).orElseThrow()).inheritIO();
        builder.environment().putIfAbsent(MALLOC_ARENAS, "2");
        if (commandLine.environmentInOptions()) {
            for (String variable : JvmCommandLine.OPTION_VARIABLES) {
                builder.environment().remove(variable);
            }
        }
        try {
            Child child = new Child(builder.start());
            int code = child.await();
            if (archive != null) {
                archive.keep(launcher, code < SIGNALLED && !child.stopped);
            }
            return OptionalInt.of(code);
        } catch (IOException e) {
            System.err.println("agentic-rl: cannot start a JVM with the window's options " + OPTIONS + " ("
                    + e.getMessage() + "); the window opens without them");
            return OptionalInt.empty();
        }
    }

    /**
     * In a relaunched JVM: ends it when the JVM that started it is gone (say, killed), so that none is left over.
     * Watched from a thread of its own, off the window's start.
     */
    public static void followLauncher() {
        String launcher = System.getProperty(RELAUNCHED);
        if (launcher == null) {
            return;
        }
        Thread follower = new Thread(() -> {
            try {
                ProcessHandle.of(Long.parseLong(launcher)).ifPresentOrElse(
                        first -> first.onExit().thenRun(() -> System.exit(1)), () -> System.exit(1));
            } catch (NumberFormatException notAProcess) {
                // set by hand to something else: there is no launcher to follow
            }
        }, "follow the launcher");
        follower.setDaemon(true);
        follower.start();
    }

    /** The window's JVM, which this JVM stops if it is stopped itself. */
    private static final class Child {
        private final Process process;
        private volatile boolean stopped;

        Child(Process process) {
            this.process = process;
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop the window's JVM"));
        }

        private void stop() {
            stopped = true;
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }

        /** Waits for the child and returns its exit code. */
        int await() {
            while (true) {
                try {
                    return process.waitFor();
                } catch (InterruptedException e) {
                    // only the child's end ends this wait
                }
            }
        }
    }

    private static Path javaBinary() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path windows = bin.resolve("java.exe");
        return Files.isRegularFile(windows) ? windows : bin.resolve("java");
    }
}
