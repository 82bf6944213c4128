package org.agenticrl.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * The window JVM's class archive (AppCDS), made by itself: the classes a window loaded, parsed and laid out once, so
 * that later starts map them instead of loading them again (src/site/markdown/performance.md, "Start-up"). JDK 19 does this with
 * {@code -XX:+AutoCreateSharedArchive}; on JDK 17 the relaunch does it: the first window JVM writes the archive when it
 * ends ({@code -XX:ArchiveClassesAtExit}, into a file of its own), {@link #keep} then moves it into place, and every
 * later one maps it ({@code -XX:SharedArchiveFile}).
 *
 * <p>An archive serves only the JVM and the jars it was made with: the file's name is a digest of the java binary's
 * home and version, of the class path as given and of every jar's path, size and time stamp, so a new build or another JDK makes and uses an
 * archive of its own, and never meets one that the JVM would refuse. It lives in the user's cache folder
 * ({@code ~/.cache/agentic-rl}, {@code ~/Library/Caches/agentic-rl} on macOS, {@code %LOCALAPPDATA%\agentic-rl} on
 * Windows); the newest {@value #KEPT} archives stay, older ones go. The JVM's own messages about archives are turned
 * off, as it keeps them to itself when it maps one or not.
 */
final class ClassArchive {
    /** How many archives (of different builds or JDKs) the cache folder keeps. */
    static final int KEPT = 2;
    private static final String SUFFIX = ".jsa";
    private static final String PARTIAL = ".partial";
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path folder;
    private final String name;

    private ClassArchive(Path folder, String name) {
        this.folder = folder;
        this.name = name;
    }

    /**
     * The archive for this JVM and class path in the user's cache folder; empty if the class path cannot be read or
     * holds a folder (classes compiled into target/classes, as an IDE runs them: the JVM archives jars only, and
     * ends with an error when asked to archive a folder's classes). Then the window starts without one.
     */
    static Optional<ClassArchive> forThisJvm() {
        try {
            String classPath = System.getProperty("java.class.path");
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                if (Files.isDirectory(Path.of(entry))) {
                    return Optional.empty();
                }
            }
            String jvm = String.join("\n", System.getProperty("java.home"), System.getProperty("java.vm.version"),
                    classPath);
            return Optional.of(of(cacheFolder(System.getenv(), System.getProperty("os.name"),
                    System.getProperty("user.home")), jvm, classPath(classPath)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The archive in folder for a JVM and class path, and the jars of that class path.
     *
     * @param jvm what names the JVM and the class path as the JVM was given it (which the JVM compares too)
     */
    static ClassArchive of(Path folder, String jvm, List<Path> jars) throws IOException {
        StringBuilder identity = new StringBuilder(jvm);
        for (Path jar : jars) {
            identity.append('\n').append(jar.toAbsolutePath()).append(' ').append(Files.size(jar)).append(' ')
                    .append(Files.getLastModifiedTime(jar).toMillis());
        }
        return new ClassArchive(folder, "agentic-rl-".concat(digest(identity.toString())));
    }

    /** The cache folder the operating system's conventions name, for this app. */
    static Path cacheFolder(Map<String, String> environment, String osName, String home) {
        if (osName.startsWith("Windows") && environment.get("LOCALAPPDATA") != null) {
            return Path.of(environment.get("LOCALAPPDATA"), "agentic-rl");
        }
        if (osName.startsWith("Mac")) {
            return Path.of(home, "Library", "Caches", "agentic-rl");
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "agentic-rl") : Path.of(home, ".cache", "agentic-rl");
    }

    /** The class path's jars, and those their manifests' Class-Path names (as for java -jar), that exist. */
    static List<Path> classPath(String classPath) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (!Files.isRegularFile(jar)) {
                continue;
            }
            jars.add(jar);
            try (JarFile file = new JarFile(jar.toFile())) {
                String listed = file.getManifest() == null ? null
                        : file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                if (listed != null) {
                    for (String relative : listed.trim().split("\\s+")) {
                        Path dependency = jar.toAbsolutePath().getParent().resolve(relative);
                        if (Files.isRegularFile(dependency)) {
                            jars.add(dependency);
                        }
                    }
                }
            }
        }
        return jars;
    }

    /** The archive's file. */
    Path file() {
        return folder.resolve(name.concat(SUFFIX));
    }

    /** Where a JVM with this process id writes its archive before {@link #keep} moves it into place. */
    Path partial(long pid) {
        return folder.resolve(String.join(".", name, Long.toString(pid)).concat(PARTIAL));
    }

    /** The JVM options that use the archive if it exists, or else write it when the JVM ends. */
    List<String> options(long pid) {
        List<String> options = new ArrayList<>(QUIET);
        if (Files.isRegularFile(file())) {
            options.add("-XX:SharedArchiveFile=".concat(file().toString()));
        } else {
            options.add("-XX:ArchiveClassesAtExit=".concat(partial(pid).toString()));
        }
        return options;
    }

    /**
     * After the window's JVM has ended: moves the archive it wrote into place if it ended by itself (one stopped by a
     * signal or by this launcher may have left it half-written: it goes), and removes the partial files of JVMs that are gone and all but the newest
     * {@value #KEPT} archives. Problems (a folder that cannot be written, a file in use on Windows) leave things as
     * they are: the next start tries again.
     */
    void keep(long pid, boolean endedNormally) {
        Path written = partial(pid);
        try {
            if (endedNormally && Files.size(written) > 0) {
                Files.move(written, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException notKept) {
            // no archive this time
        }
        try {
            Files.deleteIfExists(written);
            prune();
        } catch (IOException | RuntimeException notPruned) {
            // left for the next start
        }
    }

    /** Makes the cache folder, so that the JVM can write the archive into it; false if it cannot be made. */
    boolean prepareFolder() {
        try {
            Files.createDirectories(folder);
            return Files.isWritable(folder);
        } catch (IOException | RuntimeException cannot) {
            return false;
        }
    }

    private void prune() throws IOException {
        List<Path> archives = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "agentic-rl-*")) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(SUFFIX)) {
                    archives.add(file);
                } else if (fileName.endsWith(PARTIAL) && !running(fileName)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        archives.sort(Comparator.comparing(ClassArchive::modified).reversed());
        for (Path old : archives.subList(Math.min(KEPT, archives.size()), archives.size())) {
            if (!old.equals(file())) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** Whether the process whose id a partial file's name holds still runs (and may still be writing it). */
    private static boolean running(String partialName) {
        String[] parts = partialName.split("\\.");
        try {
            return ProcessHandle.of(Long.parseLong(parts[parts.length - 2])).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException notOurs) {
            return true;
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * A 64-bit FNV-1a hash in hexadecimal: enough to tell builds apart, and cheap, where a cryptographic digest would
     * load the security providers into the launching JVM (about 70 ms).
     */
    static String digest(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return Long.toHexString(hash);
    }
}
