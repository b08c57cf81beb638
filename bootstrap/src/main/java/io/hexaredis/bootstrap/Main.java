package io.hexaredis.bootstrap;

import io.hexaredis.application.config.Config;
import io.hexaredis.application.server.ServerState;
import io.hexaredis.domain.time.SystemClock;
import java.io.IOException;
import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar hexaredis.jar [redis.conf] [--name value ...]}: starts the server as
 * redis-server does, and stops it on SHUTDOWN or SIGTERM.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws Exception {
        PrintStream err = System.err;
        if (args.length == 1 && (args[0].equals("-v") || args[0].equals("--version"))) {
            System.out.println("hexaredis server v=" + ServerState.REDIS_VERSION + " (Redis compatible) bits=64");
            return;
        }
        ServerConfig config;
        try {
            config = ServerConfig.fromArgs(args);
        } catch (ServerConfig.ConfigError e) {
            err.println(e.getMessage());
            System.exit(1);
            return;
        } catch (IOException e) {
            err.println("Fatal error, can't open config file '" + args[0] + "': " + e.getMessage());
            System.exit(1);
            return;
        }
        Logging.configure(config.config());
        Logger log = LoggerFactory.getLogger(Main.class);
        RedisServer server = ServerComponent.build(config, new SystemClock());
        Config c = config.config();
        log.info("hexaredis starting (Redis {} compatible), pid={}", ServerState.REDIS_VERSION, ProcessHandle.current().pid());
        if (c.configFile().isEmpty()) {
            log.warn("Warning: no config file specified, using the default config. In order to specify a config file use java -jar hexaredis.jar /path/to/redis.conf");
        }
        try {
            server.start();
        } catch (RedisServer.LoadFailure e) {
            log.error("{}", e.getMessage());
            Logging.flush();
            System.exit(1);
            return;
        } catch (IOException e) {
            log.error("Failed listening on port {} (tcp), aborting: {}", c.get("port"), e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (server.state().shutdownRequest() == null) {
                log.warn("Received SIGTERM scheduling shutdown...");
                server.close();
            }
        }, "hexaredis-sigterm"));
        server.awaitTermination();
        log.info("Redis is now ready to exit, bye bye...");
        Logging.flush();
        System.exit(0);
    }
}
