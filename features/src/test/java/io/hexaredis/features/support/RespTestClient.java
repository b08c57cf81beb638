package io.hexaredis.features.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal, strict RESP2/RESP3 client for the acceptance specs: it sends exactly the bytes a
 * scenario asks for and reads replies without interpreting them, so the specs see what real
 * clients see. Every read waits at most {@link #TIMEOUT_MILLIS}: a scenario never hangs.
 */
public final class RespTestClient implements AutoCloseable {

    public static final int TIMEOUT_MILLIS = 5000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    public RespTestClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Sends one command given as redis-cli words ({@code SET "a key" 'x'}) and reads its reply. */
    public RespValue run(String commandLine) throws IOException {
        send(CommandLine.split(commandLine));
        return read();
    }

    public RespValue call(byte[]... argv) throws IOException {
        send(argv);
        return read();
    }

    public void send(List<byte[]> argv) throws IOException {
        send(argv.toArray(new byte[0][]));
    }

    public void send(byte[]... argv) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        buf.write(('*' + Integer.toString(argv.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (byte[] arg : argv) {
            buf.write(('$' + Integer.toString(arg.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            buf.write(arg);
            buf.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        sendRaw(buf.toByteArray());
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads one reply; fails if none arrives within the timeout. */
    public RespValue read() throws IOException {
        return readValue();
    }

    /** Reads one reply, waiting at most {@code millis}; null if none came (for "no reply" checks). */
    public RespValue readWithin(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            return readValue();
        } catch (SocketTimeoutException e) {
            return null;
        } finally {
            socket.setSoTimeout(TIMEOUT_MILLIS);
        }
    }

    /** True when the server closed the connection (the next read sees end of stream). */
    public boolean isClosedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // connection reset
        }
    }

    private RespValue readValue() throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException("connection closed by the server");
        }
        String line = readLine();
        switch (type) {
            case '+', '-', ':', ',', '(', '#' -> {
                return new RespValue((char) type, line.getBytes(StandardCharsets.UTF_8), null);
            }
            case '_' -> {
                return new RespValue('_', null, null);
            }
            case '$', '=' -> {
                int len = Integer.parseInt(line);
                if (len < 0) {
                    return new RespValue('$', null, null);
                }
                byte[] data = in.readNBytes(len);
                if (data.length < len || in.read() != '\r' || in.read() != '\n') {
                    throw new IOException("bad bulk framing");
                }
                return new RespValue((char) type, data, null);
            }
            case '*', '~', '>', '%' -> {
                int n = Integer.parseInt(line);
                if (n < 0) {
                    return new RespValue((char) type, null, null);
                }
                int count = type == '%' ? 2 * n : n;
                List<RespValue> items = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    items.add(readValue());
                }
                return new RespValue((char) type, null, items);
            }
            default -> throw new IOException("unexpected reply type byte '" + (char) type + "' followed by " + line);
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("connection closed inside a reply");
            }
            if (c == '\r') {
                if (in.read() != '\n') {
                    throw new IOException("CR without LF");
                }
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(c);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
