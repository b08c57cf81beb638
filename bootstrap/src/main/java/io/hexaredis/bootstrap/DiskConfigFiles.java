package io.hexaredis.bootstrap;

import io.hexaredis.application.config.ConfigFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The config file and the working directory on the local disk.
 *
 * <p>Redis: rewriteConfigOverwriteFile() writes the new config into a temporary file next to the
 * old one, fsyncs it, gives it mode 0644 and renames it over the old file, so a crash leaves the
 * old file or the new one, never half of one. A Java process cannot change its working directory,
 * so {@code dir} is checked the way chdir() would check it and kept as an absolute path, which the
 * persistence adapter resolves its files against. Errors carry the strerror() texts Redis shows.
 */
final class DiskConfigFiles implements ConfigFiles {

    @Override
    public String read(String path) throws IOException {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw reason(e);
        }
    }

    @Override
    public void replace(String path, String content) throws IOException {
        Path target = Path.of(path).toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), target.getFileName() + ".", "");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default mode
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException e) {
            throw reason(e);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    @Override
    public String changeDirectory(String current, String path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("No such file or directory");
        }
        Path target = Path.of(current).toAbsolutePath().resolve(path);
        if (!Files.exists(target)) {
            throw new IllegalArgumentException("No such file or directory");
        }
        if (!Files.isDirectory(target)) {
            throw new IllegalArgumentException("Not a directory");
        }
        if (!Files.isExecutable(target)) {
            throw new IllegalArgumentException("Permission denied");
        }
        try {
            return target.toRealPath().toString();
        } catch (IOException e) {
            throw new IllegalArgumentException(reason(e).getMessage());
        }
    }

    /** The strerror() text for an I/O failure, as Redis reports it. */
    private static IOException reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return new IOException("Permission denied", e);
        }
        if (e instanceof NoSuchFileException) {
            return new IOException("No such file or directory", e);
        }
        if (e instanceof NotDirectoryException) {
            return new IOException("Not a directory", e);
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return new IOException(f.getReason(), e);
        }
        return e;
    }
}
