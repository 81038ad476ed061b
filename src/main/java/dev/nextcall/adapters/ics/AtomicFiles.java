package dev.nextcall.adapters.ics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that readers see the old content or the new, never half of it: write a temp
 * file in the same folder, flush it to disk, then rename it over the target. On failure the temp
 * file is removed and the target is untouched. A link is followed, so it stays a link.
 */
final class AtomicFiles {

    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    static void write(Path file, byte[] content) throws IOException {
        Path target = followLinks(file);
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            keepPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            moveOver(temp, target);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * The file a link points to, through any chain of links. A calendar.ics that is a link (into a
     * synced folder, say) stays one: the file behind it is replaced, not the link.
     */
    private static Path followLinks(Path file) throws IOException {
        Path current = file.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    private static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network shares, some FUSE mounts) cannot rename atomically.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The temp file is created owner-only; a replaced file keeps the permissions the user gave it. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        boolean posix = temp.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix && Files.exists(target)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }
}
