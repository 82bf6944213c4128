package org.agenticrl.engine.runs;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What opening a line-per-sample dump learnt about each of its files (its steps' figures, where its samples are, what
 * it skipped), kept in the user's cache folder, never beside the files, so that opening the run again, or following
 * it, reads only the files that are new or changed. An entry is the file's: keyed by its absolute path, and valid only
 * while its size and modification time are those it was read at (and for the same format and following mode).
 * Anything unreadable in the cache is simply read again from the run; a cache that cannot be written is done without.
 */
public final class RunCache {
    /** The system property that names the cache folder (tests point it at a temporary folder). */
    public static final String FOLDER_PROPERTY = "agentic.cache.dir";
    private static final int VERSION = 1;
    private static final RunCache NONE = new RunCache(null);

    private final Path folder;

    private RunCache(Path folder) {
        this.folder = folder;
    }

    /** A cache in this folder. */
    public static RunCache in(Path folder) {
        return new RunCache(folder);
    }

    /** No cache: every file is read every time. */
    public static RunCache none() {
        return NONE;
    }

    /**
     * The user's cache: the folder {@value #FOLDER_PROPERTY} names, or the platform's own cache folder:
     * {@code $XDG_CACHE_HOME/agentic-rl} or {@code ~/.cache/agentic-rl} on Linux, {@code ~/Library/Caches/agentic-rl}
     * on macOS, {@code %LOCALAPPDATA%\agentic-rl\cache} on Windows; each with a {@code runs} folder inside.
     */
    public static RunCache standard() {
        String named = System.getProperty(FOLDER_PROPERTY);
        if (named != null && !named.isBlank()) {
            return in(Path.of(named).resolve("runs"));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        Path base;
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            base = (local == null ? home.resolve("AppData").resolve("Local") : Path.of(local)).resolve("agentic-rl")
                    .resolve("cache");
        } else if (os.contains("mac")) {
            base = home.resolve("Library").resolve("Caches").resolve("agentic-rl");
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            base = (xdg == null || xdg.isBlank() ? home.resolve(".cache") : Path.of(xdg)).resolve("agentic-rl");
        }
        return in(base.resolve("runs"));
    }

    /** The folder entries are kept in; null for no cache. */
    public Path folder() {
        return folder;
    }

    /** One file's share of a run, as cached: its steps' figures and its lines. */
    record FilePart(Map<Long, StepSummaries.Accumulator> figures, FileLines lines) {
    }

    /**
     * The format of a file the cache holds a valid entry of (read from the entry's first bytes, its key), so that a run
     * opened again need not recognise its files by reading them; empty when it holds none.
     */
    Optional<RunFormat> knownFormat(Path file) {
        if (folder == null) {
            return Optional.empty();
        }
        Path entry = entry(file);
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(entry), 4096))) {
            if (in.readInt() != VERSION) {
                return Optional.empty();
            }
            String key = in.readUTF();
            String now = fileKey(file);
            if (key.startsWith(now)) {
                return Optional.of(RunFormat.valueOf(key.substring(now.length()).split("\n")[0]));
            }
        } catch (IOException | RuntimeException e) {
            // an entry that cannot be read is no entry
        }
        return Optional.empty();
    }

    /** The file's cached part, valid for its size and modification time now; empty when there is none. */
    Optional<FilePart> load(Path file, int fileIndex, RunFormat format, boolean following) {
        if (folder == null) {
            return Optional.empty();
        }
        Path entry = entry(file);
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(entry)))) {
            if (in.readInt() != VERSION || !in.readUTF().equals(key(file, format, following))) {
                return Optional.empty();
            }
            Map<Long, StepSummaries.Accumulator> figures = new TreeMap<>();
            int steps = in.readInt();
            for (int i = 0; i < steps; i++) {
                figures.put(in.readLong(), StepSummaries.Accumulator.read(in));
            }
            Map<Long, SampleLines> lines = new TreeMap<>();
            int lineSteps = in.readInt();
            for (int i = 0; i < lineSteps; i++) {
                lines.put(in.readLong(), SampleLines.read(in, fileIndex));
            }
            return Optional.of(new FilePart(figures, new FileLines(lines, SkipReport.read(in))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps the file's part (written whole, then moved into place); a cache that cannot be written is passed over. */
    void store(Path file, RunFormat format, boolean following, FilePart part) {
        if (folder == null) {
            return;
        }
        try {
            String key = key(file, format, following);
            Files.createDirectories(folder);
            Path entry = entry(file);
            Path partial = Files.createTempFile(folder, entry.getFileName().toString(), ".part");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                out.writeInt(VERSION);
                out.writeUTF(key);
                out.writeInt(part.figures().size());
                for (Map.Entry<Long, StepSummaries.Accumulator> step : part.figures().entrySet()) {
                    out.writeLong(step.getKey());
                    step.getValue().write(out);
                }
                out.writeInt(part.lines().samplesOfStep().size());
                for (Map.Entry<Long, SampleLines> step : part.lines().samplesOfStep().entrySet()) {
                    out.writeLong(step.getKey());
                    step.getValue().write(out);
                }
                part.lines().skipped().write(out);
            }
            Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // without a cache the run is read in full next time: nothing is lost
        }
    }

    /** What an entry must say to be valid for the file as it is now. */
    private static String key(Path file, RunFormat format, boolean following) throws IOException {
        return fileKey(file) + format + "\n" + following;
    }

    /** The file as it is now: its absolute path, size and modification time, a line each. */
    private static String fileKey(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return file.toAbsolutePath().normalize() + "\n" + attributes.size() + "\n"
                + attributes.lastModifiedTime().toMillis() + "\n";
    }

    private Path entry(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(file.toAbsolutePath().normalize().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(digest) + ".bin");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
