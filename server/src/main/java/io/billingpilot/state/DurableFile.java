package io.billingpilot.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One file replaced whole on each write, so that after a crash or a power cut at any moment it
 * holds either the previous content or the new one, and a write that returned is on disk:
 * the new content goes to a temporary file in the same folder, which is synced, renamed over the
 * file, and then the folder is synced so the rename itself is kept. Temporaries left by a killed
 * process are removed when the next one starts.
 */
final class DurableFile {
    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Path file;

    DurableFile(Path file) {
        this.file = file;
        this.directory = file.toAbsolutePath().getParent();
    }

    Path path() {
        return file;
    }

    void write(byte[] content) throws IOException {
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName() + ".", TEMPORARY_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Moves the file aside under a name no earlier set-aside file has ({@code NAME.unreadable-STAMP},
     * then {@code -2}, {@code -3}, ... within the same millisecond), and returns that name.
     */
    Path setAside(String why) throws IOException {
        String base = file.getFileName() + "." + why + "-" + STAMP.format(Instant.now());
        for (int attempt = 1; ; attempt++) {
            Path aside = directory.resolve(attempt == 1 ? base : base + "-" + attempt);
            try {
                // Without REPLACE_EXISTING the move fails rather than overwrite a file kept earlier.
                Files.move(file, aside);
                syncDirectory();
                return aside;
            } catch (FileAlreadyExistsException taken) {
                // try the next name
            }
        }
    }

    /** Removes the temporaries a process killed mid-write left; returns how many. */
    int removeOrphanedTemporaries() throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(directory,
                file.getFileName() + ".*" + TEMPORARY_SUFFIX)) {
            for (Path temporary : temporaries) {
                if (Files.deleteIfExists(temporary)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /** Makes a rename in the folder durable; a no-op where folders cannot be opened (Windows). */
    private void syncDirectory() {
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every file system lets a folder be synced; the rename is still atomic there.
        }
    }
}
