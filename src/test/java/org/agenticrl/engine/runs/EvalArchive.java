package org.agenticrl.engine.runs;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes inspect_ai-shaped zips for tests with commons-compress: stored, deflated, or Zstandard entries (method 93,
 * compressed by zstd-jni and written raw, as Python's zipfile with inspect_ai's zstd patch writes them), and, to test
 * what a reader does with damage, an entry whose compressed bytes are cut short or a zip without its central directory.
 */
final class EvalArchive {
    static final int ZSTANDARD = 93;

    private final Map<String, String> entries = new LinkedHashMap<>();
    private String truncated;

    EvalArchive add(String name, String json) {
        entries.put(name, json);
        return this;
    }

    /** The entry's compressed bytes are cut to half (its sizes and CRC still say whole). */
    EvalArchive truncate(String name) {
        truncated = name;
        return this;
    }

    Path write(Path file, int method) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                byte[] raw = entry.getValue().getBytes(StandardCharsets.UTF_8);
                ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.getKey());
                if (method == ZSTANDARD) {
                    byte[] compressed = Zstd.compress(raw, 3);
                    if (entry.getKey().equals(truncated)) {
                        compressed = Arrays.copyOf(compressed, compressed.length / 2);
                    }
                    CRC32 crc = new CRC32();
                    crc.update(raw);
                    zipEntry.setMethod(ZSTANDARD);
                    zipEntry.setSize(raw.length);
                    zipEntry.setCompressedSize(compressed.length);
                    zipEntry.setCrc(crc.getValue());
                    zip.addRawArchiveEntry(zipEntry, new ByteArrayInputStream(compressed));
                } else {
                    zipEntry.setMethod(method == ZipEntry.STORED ? ZipEntry.STORED : ZipEntry.DEFLATED);
                    if (method == ZipEntry.STORED) {
                        CRC32 crc = new CRC32();
                        crc.update(raw);
                        zipEntry.setSize(raw.length);
                        zipEntry.setCrc(crc.getValue());
                    }
                    zip.putArchiveEntry(zipEntry);
                    zip.write(raw);
                    zip.closeArchiveEntry();
                }
            }
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }

    /** Cuts the zip where its central directory begins (as its end record says): its local entries only. */
    static void dropCentralDirectory(Path file) throws IOException {
        byte[] zip = Files.readAllBytes(file);
        for (int end = zip.length - 22; end >= 0; end--) {
            if (zip[end] == 'P' && zip[end + 1] == 'K' && zip[end + 2] == 5 && zip[end + 3] == 6) {
                int start = (zip[end + 16] & 0xff) | (zip[end + 17] & 0xff) << 8 | (zip[end + 18] & 0xff) << 16
                        | (zip[end + 19] & 0xff) << 24;
                Files.write(file, Arrays.copyOf(zip, start));
                return;
            }
        }
        throw new IOException("no end of central directory in " + file);
    }
}
