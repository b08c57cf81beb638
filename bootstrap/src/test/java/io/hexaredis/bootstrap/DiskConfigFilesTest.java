package io.hexaredis.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskConfigFilesTest {

    private final DiskConfigFiles files = new DiskConfigFiles();

    @TempDir
    Path dir;

    @Test
    void aMissingFileReadsAsNullAndReplaceCreatesItWithMode644() throws IOException {
        Path conf = dir.resolve("redis.conf");
        assertNull(files.read(conf.toString()));
        files.replace(conf.toString(), "hz 20\n");
        assertEquals("hz 20\n", files.read(conf.toString()));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(conf)));
        files.replace(conf.toString(), "hz 30\n");
        assertEquals("hz 30\n", files.read(conf.toString()));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file is left behind");
        }
    }

    @Test
    void replacingInAMissingDirectoryGivesTheSystemsReason() {
        IOException e = assertThrows(IOException.class,
                () -> files.replace(dir.resolve("nosuch/redis.conf").toString(), "x"));
        assertEquals("No such file or directory", e.getMessage());
    }

    @Test
    void changeDirectoryResolvesRelativePathsAndRefusesWhatIsNoDirectory() throws IOException {
        Files.createDirectory(dir.resolve("data"));
        Files.writeString(dir.resolve("file"), "x");
        String base = dir.toRealPath().toString();
        assertEquals(base + "/data", files.changeDirectory(base, "data"));
        assertEquals(base, files.changeDirectory(base + "/data", ".."));
        assertEquals("No such file or directory",
                assertThrows(IllegalArgumentException.class, () -> files.changeDirectory(base, "nosuch")).getMessage());
        assertEquals("Not a directory",
                assertThrows(IllegalArgumentException.class, () -> files.changeDirectory(base, "file")).getMessage());
        assertEquals("No such file or directory",
                assertThrows(IllegalArgumentException.class, () -> files.changeDirectory(base, "")).getMessage());
    }
}
