package dev.nextcall.adapters.google;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code google/tokens/}: a folder only its owner can enter (0700 on POSIX) holding small files only
 * its owner can read (0600). Both are created with those permissions, so there is no moment when they
 * are open to others, and set again explicitly in case a umask or an older folder said otherwise.
 * Files are replaced atomically (temp file in the same folder, flushed, renamed), so a crash or a second
 * process leaves the old content or the new, never half a token. A folder that is a symbolic link is
 * refused: tokens are not written wherever a link points.
 *
 * <p>On file systems without POSIX permissions (Windows) the files inherit the folder's ACL; the data
 * folder lives in the user's own profile there.
 */
final class TokenFolder {

    static final Set<PosixFilePermission> FOLDER_PERMISSIONS = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");

    private final Path folder;

    TokenFolder(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    Path path() {
        return folder;
    }

    Path file(String name) {
        return folder.resolve(name);
    }

    /** The file's bytes, or empty when there is no such file (or no folder yet). */
    Optional<byte[]> read(String name) throws IOException {
        refuseLink();
        try {
            return Optional.of(Files.readAllBytes(file(name)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    void write(String name, byte[] content) throws IOException {
        ensureFolder();
        Path temp = Files.createTempFile(folder, "." + name + ".", ".tmp", fileAttributes());
        try {
            restrict(temp, FILE_PERMISSIONS);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, file(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** @return true when there was a file to delete */
    boolean delete(String name) throws IOException {
        refuseLink();
        return Files.deleteIfExists(file(name));
    }

    /** Names of the files in the folder (temp files left by a crash excluded). */
    Stream<String> names() throws IOException {
        refuseLink();
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList().stream();
        }
    }

    private void ensureFolder() throws IOException {
        refuseLink();
        Files.createDirectories(folder.getParent());
        try {
            Files.createDirectory(folder, folderAttributes());
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(folder + " is not a folder");
            }
        }
        // An existing folder may have been created by something else, and a umask can only take bits
        // away: say exactly what we want.
        restrict(folder, FOLDER_PERMISSIONS);
    }

    private void refuseLink() throws IOException {
        if (Files.isSymbolicLink(folder)) {
            throw new IOException(folder + " is a symbolic link; the token folder must be a real folder");
        }
    }

    private boolean posix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private FileAttribute<?>[] folderAttributes() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FOLDER_PERMISSIONS)}
                : new FileAttribute<?>[0];
    }

    private FileAttribute<?>[] fileAttributes() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS)}
                : new FileAttribute<?>[0];
    }

    private void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
