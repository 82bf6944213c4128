package org.agenticrl.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window JVM's own class archive: one per JVM and build, kept where the system keeps caches, never half-written. */
class ClassArchiveTest {
    @TempDir
    Path folder;

    @Test
    void eachSystemKeepsItInItsUsersCacheFolder() {
        assertEquals(Path.of("/home/u/.cache/agentic-rl"), ClassArchive.cacheFolder(Map.of(), "Linux", "/home/u"));
        assertEquals(Path.of("/x/agentic-rl"), ClassArchive.cacheFolder(Map.of("XDG_CACHE_HOME", "/x"), "Linux", "/h"));
        assertEquals(Path.of("/Users/u/Library/Caches/agentic-rl"),
                ClassArchive.cacheFolder(Map.of(), "Mac OS X", "/Users/u"));
        assertEquals(Path.of("C:/Users/u/AppData/Local", "agentic-rl"),
                ClassArchive.cacheFolder(Map.of("LOCALAPPDATA", "C:/Users/u/AppData/Local"), "Windows 11", "C:/Users/u"));
    }

    @Test
    void aJarListedInTheManifestBelongsToTheClassPath() throws Exception {
        Path dependency = Files.createDirectories(folder.resolve("lib")).resolve("dep.jar");
        Files.write(dependency, new byte[] {1});
        Path app = jar(folder.resolve("app.jar"), "lib/dep.jar lib/missing.jar");

        assertEquals(List.of(app, folder.resolve("lib/dep.jar")), ClassArchive.classPath(app.toString()));
    }

    @Test
    void anotherBuildOrJvmGetsAnArchiveOfItsOwn() throws Exception {
        Path app = jar(folder.resolve("app.jar"), null);
        ClassArchive before = ClassArchive.of(folder, "jdk 17", List.of(app));

        assertEquals(before.file(), ClassArchive.of(folder, "jdk 17", List.of(app)).file());
        assertNotEquals(before.file(), ClassArchive.of(folder, "jdk 21", List.of(app)).file());
        Files.setLastModifiedTime(app, FileTime.fromMillis(Files.getLastModifiedTime(app).toMillis() + 2000));
        assertNotEquals(before.file(), ClassArchive.of(folder, "jdk 17", List.of(app)).file());
    }

    @Test
    void theFirstJvmWritesTheArchiveAndTheNextMapsIt() throws Exception {
        ClassArchive archive = ClassArchive.of(folder, "jdk", List.of());
        assertTrue(archive.options(42).contains("-XX:ArchiveClassesAtExit=" + archive.partial(42)));

        Files.write(archive.partial(42), new byte[] {1, 2, 3});
        archive.keep(42, true);

        assertTrue(Files.exists(archive.file()));
        assertFalse(Files.exists(archive.partial(42)));
        assertTrue(archive.options(43).contains("-XX:SharedArchiveFile=" + archive.file()));
        assertTrue(archive.options(43).contains("-Xlog:cds=off"), "the JVM keeps quiet about archives");
    }

    @Test
    void anArchiveFromAJvmThatWasStoppedIsThrownAway() throws Exception {
        ClassArchive archive = ClassArchive.of(folder, "jdk", List.of());
        Files.write(archive.partial(42), new byte[] {1, 2, 3});

        archive.keep(42, false);

        assertFalse(Files.exists(archive.file()));
        assertFalse(Files.exists(archive.partial(42)));
    }

    @Test
    void onlyTheNewestArchivesStayAndTheLeftoversOfEndedJvmsGo() throws Exception {
        for (int i = 0; i < 3; i++) {
            Path old = Files.write(folder.resolve("agentic-rl-old" + i + ".jsa"), new byte[] {1});
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        long running = ProcessHandle.current().pid();
        Path stillWriting = Files.write(folder.resolve("agentic-rl-other." + running + ".partial"), new byte[] {1});
        Path leftOver = Files.write(folder.resolve("agentic-rl-other." + Long.MAX_VALUE + ".partial"), new byte[] {1});
        ClassArchive archive = ClassArchive.of(folder, "jdk", List.of());
        Files.write(archive.partial(42), new byte[] {1});

        archive.keep(42, true);

        assertTrue(Files.exists(archive.file()));
        assertTrue(Files.exists(folder.resolve("agentic-rl-old2.jsa")), "the newest other archive");
        assertFalse(Files.exists(folder.resolve("agentic-rl-old1.jsa")));
        assertFalse(Files.exists(folder.resolve("agentic-rl-old0.jsa")));
        assertTrue(Files.exists(stillWriting));
        assertFalse(Files.exists(leftOver));
    }

    private static Path jar(Path file, String classPath) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        new JarOutputStream(Files.newOutputStream(file), manifest).close();
        return file;
    }
}
