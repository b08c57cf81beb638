package io.hexaredis.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.domain.time.SystemClock;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server starts from its files, and refuses to start from damaged ones, touching nothing. */
class LoadAtStartupTest {

    @TempDir
    Path dir;

    private RedisServer server(String... extra) throws Exception {
        String[] base = {"--port", "0", "--bind", "127.0.0.1", "--dir", dir.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return ServerComponent.build(ServerConfig.fromArgs(args), new SystemClock());
    }

    private static String call(RedisServer server, String resp) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(resp.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[256];
            int n = in.read(buf);
            return new String(buf, 0, n, StandardCharsets.US_ASCII);
        }
    }

    @Test
    void aSnapshotSavedOnShutdownIsLoadedAtTheNextStart() throws Exception {
        RedisServer first = server("--save", "3600 1").start();
        assertEquals("+OK\r\n", call(first, "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\nhello\r\n"));
        first.close(); // like SIGTERM: save points are set, so a final snapshot is written
        assertTrue(Files.exists(dir.resolve("dump.rdb")));
        try (RedisServer second = server("--save", "").start()) {
            assertEquals("$5\r\nhello\r\n", call(second, "*2\r\n$3\r\nGET\r\n$1\r\nk\r\n"));
        }
    }

    @Test
    void aCorruptSnapshotStopsTheStartAndIsNeverOverwritten() throws Exception {
        byte[] garbage = "REDIS0010\u00fa\u0009redis-ver\u0006".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("dump.rdb"), garbage);
        RedisServer server = server("--save", "1 1");
        RedisServer.LoadFailure e = assertThrows(RedisServer.LoadFailure.class, server::start);
        assertTrue(e.getMessage().contains("dump.rdb") && e.getMessage().contains("Short read"), e.getMessage());
        server.close();
        assertArrayEquals(garbage, Files.readAllBytes(dir.resolve("dump.rdb")));
    }

    @Test
    void aCorruptAofStopsTheStartNamingTheFileAndIsLeftAlone() throws Exception {
        Path aofDir = Files.createDirectories(dir.resolve("appendonlydir"));
        Files.writeString(aofDir.resolve("appendonly.aof.manifest"), "file appendonly.aof.1.incr.aof seq 1 type i\n");
        String content = "*1\r\n$4\r\nPING\r\n%garbage\r\n";
        Files.writeString(aofDir.resolve("appendonly.aof.1.incr.aof"), content);
        RedisServer server = server("--appendonly", "yes", "--save", "1 1");
        RedisServer.LoadFailure e = assertThrows(RedisServer.LoadFailure.class, server::start);
        assertTrue(e.getMessage().startsWith("Bad file format reading the append only file appendonly.aof.1.incr.aof at offset 14"),
                e.getMessage());
        server.close();
        assertEquals(content, Files.readString(aofDir.resolve("appendonly.aof.1.incr.aof")));
        assertTrue(!Files.exists(dir.resolve("dump.rdb")), "nothing saved over a failed load");
    }
}
