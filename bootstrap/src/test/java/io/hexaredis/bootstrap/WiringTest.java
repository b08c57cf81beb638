package io.hexaredis.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.domain.time.SystemClock;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Dagger graph builds a server that answers on a real socket, and bad options stop it. */
class WiringTest {

    @Test
    void theComponentBuildsAServerThatAnswersPing() throws Exception {
        ServerConfig config = ServerConfig.fromArgs("--port", "0", "--bind", "127.0.0.1", "--save", "");
        try (RedisServer server = ServerComponent.build(config, new SystemClock()).start();
                Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            assertEquals("+PONG\r\n", new String(reply, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void anUnknownOptionStopsTheServerWithAMessageNamingIt() {
        ServerConfig.ConfigError e = assertThrows(ServerConfig.ConfigError.class,
                () -> ServerConfig.fromArgs("--port", "0", "--no-such-option", "1"));
        assertTrue(e.getMessage().contains("no-such-option 1"), e.getMessage());
        assertTrue(e.getMessage().contains("Bad directive or wrong number of arguments"), e.getMessage());
    }

    @Test
    void aMalformedValueStopsTheServerWithRedisReason() {
        ServerConfig.ConfigError e = assertThrows(ServerConfig.ConfigError.class,
                () -> ServerConfig.fromArgs("--port", "not-a-port"));
        assertTrue(e.getMessage().contains("port not-a-port"), e.getMessage());
        assertTrue(e.getMessage().contains("argument couldn't be parsed into an integer"), e.getMessage());
    }

    @Test
    void anEmptySaveDisablesSavePointsAndArgumentsOverrideTheFile() throws Exception {
        java.nio.file.Path conf = java.nio.file.Files.createTempFile("redis", ".conf");
        java.nio.file.Files.writeString(conf, "port 7000\nsave 900 1\nsave 300 10\nhz 20\n");
        ServerConfig config = ServerConfig.fromArgs(conf.toString(), "--port", "7001", "--replicaof", "host 6379");
        assertEquals("7001", config.config().get("port"));
        assertEquals("900 1 300 10", config.config().get("save"));
        assertEquals("20", config.config().get("hz"));
        assertEquals("host 6379", config.config().get("replicaof"));
        assertEquals("", ServerConfig.fromArgs("--save", "").config().get("save"));
    }
}
