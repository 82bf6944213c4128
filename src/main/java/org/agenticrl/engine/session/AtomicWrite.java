package org.agenticrl.engine.session;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * Replaces a file so that a crash or a full disk at any moment leaves either the old file or the new one, never a
 * broken one: the content goes to a temporary file in the same folder, is flushed and forced to the disk, and only
 * then moved over the target in one atomic step. When anything fails before the move, the temporary file is removed
 * and the old file is untouched. Stateless and thread-safe for different targets.
 */
public final class AtomicWrite {
    /** The moments of a write, in order; {@link StageHook} hears each (tests make one fail). */
    public enum Stage {
        /** The temporary file exists, empty. */
        TEMP_CREATED,
        /** The content is written to the temporary file and flushed from the stream. */
        CONTENT_WRITTEN,
        /** The temporary file is forced to the storage device. */
        FORCED,
        /** The temporary file has replaced the target. */
        REPLACED
    }

    /** Hears each stage; a hook that throws stops the write there, as a crash would. */
    @FunctionalInterface
    public interface StageHook {
        void reached(Stage stage) throws IOException;
    }

    private AtomicWrite() {
    }

    /** Replaces (or creates) target with content. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, stage -> { }, out -> out);
    }

    /**
     * As {@link #write(Path, byte[])}, with a hook at every stage and a wrapper around the stream the content is
     * written through (a test's full disk).
     */
    public static void write(Path target, byte[] content, StageHook hook, UnaryOperator<OutputStream> stream)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        boolean replaced = false;
        try {
            hook.reached(Stage.TEMP_CREATED);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = stream.apply(Channels.newOutputStream(channel))) {
                out.write(content);
                out.flush();
                hook.reached(Stage.CONTENT_WRITTEN);
                channel.force(true);
                hook.reached(Stage.FORCED);
            }
            move(temp, absolute);
            replaced = true;
            forceFolder(folder);
            hook.reached(Stage.REPLACED);
        } catch (IOException | RuntimeException | Error problem) {
            if (!replaced) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    problem.addSuppressed(cleanup);
                }
            }
            throw problem;
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (certain network and FAT mounts) cannot rename atomically. The content is already
            // forced to the disk, so the window in which a crash could lose the target is the replace itself; there
            // is no better primitive on such a file system.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Forces the folder's entry for the renamed file to the disk, where the platform allows opening a folder (Linux,
     * macOS); elsewhere the rename is as durable as the file system makes it.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel: its rename is already journalled by NTFS.
        }
    }
}
