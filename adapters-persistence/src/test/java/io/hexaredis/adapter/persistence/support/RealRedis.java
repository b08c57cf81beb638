package io.hexaredis.adapter.persistence.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real redis-server 7.0, started as a process on a free port, and a small binary-safe RESP
 * client for it: the reference the interoperability tests compare with. Tests call
 * {@link #assumeInstalled()} first, so they are skipped, with the reason shown, where the Redis
 * binaries are not installed.
 */
public final class RealRedis implements AutoCloseable {

    private final Process process;
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final int port;

    private RealRedis(Process process, int port) throws IOException {
        this.process = process;
        this.port = port;
        Socket s = null;
        for (int i = 0; i < 100 && s == null; i++) {
            try {
                s = new Socket("127.0.0.1", port);
            } catch (IOException e) {
                if (!process.isAlive()) {
                    throw new IOException("redis-server exited: " + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                }
                sleep(50);
            }
        }
        if (s == null) {
            process.destroyForcibly();
            throw new IOException("redis-server did not start on port " + port);
        }
        this.socket = s;
        this.out = s.getOutputStream();
        this.in = new BufferedInputStream(s.getInputStream());
        // the port accepts before the data set is loaded: wait until commands stop answering LOADING
        for (int i = 0; i < 200 && text("PING").startsWith("-LOADING"); i++) {
            sleep(50);
        }
    }

    /** Skips the calling test, saying why, when redis-server and its tools are not installed. */
    public static void assumeInstalled() {
        org.junit.jupiter.api.Assumptions.assumeTrue(installed(),
                "redis-server, redis-cli, redis-check-rdb or redis-check-aof not found on PATH: interoperability with real Redis not tested");
    }

    public static boolean installed() {
        for (String tool : new String[] {"redis-server", "redis-check-rdb", "redis-check-aof"}) {
            boolean found = false;
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, tool))) {
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Starts redis-server with {@code dir} as its directory, no save points, plus {@code args}. */
    public static RealRedis start(Path dir, String... args) throws IOException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--dir", dir.toString(), "--save", "", "--daemonize", "no", "--logfile", ""));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        try {
            return new RealRedis(p, port);
        } catch (IOException e) {
            throw new IOException(e.getMessage() + "\n" + Files.readString(dir.resolve("redis.log")), e);
        }
    }

    /** Runs a tool to completion; returns its exit code and output. */
    public static ToolResult run(String... cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new ToolResult(p.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    public record ToolResult(int exitCode, String output) {}

    public int port() {
        return port;
    }

    /** Sends a command; returns the reply: String (status), Long, byte[] (bulk), List, null, or RedisErrorReply. */
    public Object call(Object... words) throws IOException {
        ByteArrayOutputStream req = new ByteArrayOutputStream();
        req.writeBytes(("*" + words.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (Object w : words) {
            byte[] b = w instanceof byte[] bytes ? bytes : w.toString().getBytes(StandardCharsets.UTF_8);
            req.writeBytes(("$" + b.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            req.writeBytes(b);
            req.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write(req.toByteArray());
        out.flush();
        return readReply(in);
    }

    /** A reply as text (bulk strings decoded as UTF-8), for assertions. */
    public String text(Object... words) throws IOException {
        return render(call(words));
    }

    public static String render(Object reply) {
        if (reply instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        if (reply instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object o : list) {
                items.add(render(o));
            }
            return items.toString();
        }
        return String.valueOf(reply);
    }

    public record ErrorReply(String line) {
        @Override
        public String toString() {
            return "-" + line;
        }
    }

    public static Object readReply(InputStream in) throws IOException {
        int type = in.read();
        String line = readLine(in);
        switch (type) {
            case '+':
                return line;
            case '-':
                return new ErrorReply(line);
            case ':':
                return Long.parseLong(line);
            case '$': {
                int n = Integer.parseInt(line);
                if (n < 0) {
                    return null;
                }
                byte[] b = in.readNBytes(n);
                in.readNBytes(2);
                return b;
            }
            case '*': {
                int n = Integer.parseInt(line);
                if (n < 0) {
                    return null;
                }
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items.add(readReply(in));
                }
                return items;
            }
            default:
                throw new IOException("unexpected reply type " + type);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != '\r') {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            sb.append((char) c);
        }
        in.read();
        return sb.toString();
    }

    /** SHUTDOWN NOSAVE, and waits for the process to end. */
    @Override
    public void close() throws IOException {
        try {
            call("SHUTDOWN", "NOSAVE");
        } catch (IOException expected) {
            // the connection closes as the server exits
        }
        socket.close();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
