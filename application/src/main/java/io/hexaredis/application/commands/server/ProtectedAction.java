package io.hexaredis.application.commands.server;

import io.hexaredis.application.server.ClientSession;

/**
 * Whether a client may do what enable-protected-configs and enable-debug-command guard: "yes"
 * allows everyone, "local" only clients connected from the loopback address (or a Unix socket),
 * "no" nobody. Redis: allowProtectedAction() in config.c and islocalClient() in networking.c.
 */
final class ProtectedAction {

    private ProtectedAction() {}

    static boolean allowed(String setting, ClientSession client) {
        return setting.equals("yes") || (setting.equals("local") && isLocal(client.address()));
    }

    /** "ip:port" from the loopback interface, or a Unix socket path. */
    static boolean isLocal(String address) {
        if (address.startsWith("/")) {
            return true;
        }
        int colon = address.lastIndexOf(':');
        String host = colon < 0 ? address : address.substring(0, colon);
        return host.equals("127.0.0.1") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1");
    }
}
