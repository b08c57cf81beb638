package io.hexaredis.application.config;

import static io.hexaredis.application.config.ConfigParam.Flag.EMPTY_IS_NULL;
import static io.hexaredis.application.config.ConfigParam.Flag.HIDDEN;
import static io.hexaredis.application.config.ConfigParam.Flag.PROTECTED;
import static io.hexaredis.application.config.ConfigParam.Flag.SENSITIVE;
import static io.hexaredis.application.config.ConfigValues.INT_MAX;
import static io.hexaredis.application.config.ConfigValues.INT_MIN;
import static io.hexaredis.application.config.ConfigValues.LONG_MAX;
import static io.hexaredis.application.config.ConfigValues.UINT_MAX;

import io.hexaredis.application.config.ConfigParam.Type;
import java.util.List;

/**
 * The parameter table: every parameter Redis 7.0.15 knows, with its default, its kind and range,
 * its old alias and its flags, in the order of the standardConfig table of config.c.
 *
 * <p>All of them are accepted by CONFIG SET and reported by CONFIG GET, also the many this server
 * does not act on (TLS, cluster, defragmentation, listpack sizes...): tools and test suites
 * configure servers through CONFIG SET, and an unknown-parameter error would break them for
 * nothing. The ranges and error texts are Redis's, checked against a real redis-server 7.0.15
 * (built with TLS support, as Debian's is, so the tls-* parameters exist).
 */
public final class ConfigParameters {

    private ConfigParameters() {}

    /** The table for a server whose {@code dir} is checked against {@code files}. */
    public static List<ConfigParam> all(ConfigFiles files) {
        return List.of(
                // bool configs
                bool("rdbchecksum", true).immutableConfig(),
                bool("daemonize", false).immutableConfig(),
                bool("io-threads-do-reads", false).immutableConfig(),
                bool("always-show-logo", false).immutableConfig(),
                bool("protected-mode", true),
                bool("rdbcompression", true),
                bool("rdb-del-sync-files", false),
                bool("activerehashing", true),
                bool("stop-writes-on-bgsave-error", true),
                bool("set-proc-title", true).immutableConfig(),
                bool("dynamic-hz", true),
                bool("lazyfree-lazy-eviction", false),
                bool("lazyfree-lazy-expire", false),
                bool("lazyfree-lazy-server-del", false),
                bool("lazyfree-lazy-user-del", false),
                bool("lazyfree-lazy-user-flush", false),
                bool("repl-disable-tcp-nodelay", false),
                bool("repl-diskless-sync", true),
                bool("aof-rewrite-incremental-fsync", true),
                bool("no-appendfsync-on-rewrite", false),
                bool("cluster-require-full-coverage", true),
                bool("rdb-save-incremental-fsync", true),
                bool("aof-load-truncated", true),
                bool("aof-use-rdb-preamble", true),
                bool("aof-timestamp-enabled", false),
                bool("cluster-replica-no-failover", false).alias("cluster-slave-no-failover"),
                bool("replica-lazy-flush", false).alias("slave-lazy-flush"),
                bool("replica-serve-stale-data", true).alias("slave-serve-stale-data"),
                bool("replica-read-only", true).alias("slave-read-only"),
                bool("replica-ignore-maxmemory", true).alias("slave-ignore-maxmemory"),
                bool("jemalloc-bg-thread", true),
                ConfigParam.of("activedefrag", "no", Type.BOOL, SpecialConfigs::activeDefrag),
                bool("syslog-enabled", false).immutableConfig(),
                bool("cluster-enabled", false).immutableConfig(),
                bool("appendonly", false),
                bool("cluster-allow-reads-when-down", false),
                bool("cluster-allow-pubsubshard-when-down", true),
                bool("crash-log-enabled", true),
                bool("crash-memcheck-enabled", true),
                bool("use-exit-on-panic", false).with(HIDDEN),
                bool("disable-thp", true).immutableConfig(),
                bool("cluster-allow-replica-migration", true),
                bool("replica-announced", true),
                bool("latency-tracking", true),
                bool("aof-disable-auto-gc", false),
                bool("replica-ignore-disk-write-errors", false),

                // string configs
                string("aclfile", "").immutableConfig(),
                string("unixsocket", "").with(EMPTY_IS_NULL).immutableConfig(),
                string("pidfile", "").with(EMPTY_IS_NULL).immutableConfig(),
                string("replica-announce-ip", "").with(EMPTY_IS_NULL).alias("slave-announce-ip"),
                string("masteruser", "").with(EMPTY_IS_NULL, SENSITIVE),
                string("cluster-announce-ip", "").with(EMPTY_IS_NULL),
                string("cluster-config-file", "nodes.conf").immutableConfig(),
                ConfigParam.of("cluster-announce-hostname", "", Type.STRING, SpecialConfigs::hostname).with(EMPTY_IS_NULL),
                string("syslog-ident", "redis").immutableConfig(),
                ConfigParam.of("dbfilename", "dump.rdb", Type.STRING, SpecialConfigs::dbfilename).with(PROTECTED),
                ConfigParam.of("appendfilename", "appendonly.aof", Type.STRING, SpecialConfigs::appendfilename)
                        .immutableConfig(),
                ConfigParam.of("appenddirname", "appendonlydir", Type.STRING, SpecialConfigs::appenddirname)
                        .immutableConfig(),
                string("server_cpulist", "").with(EMPTY_IS_NULL).immutableConfig(),
                string("bio_cpulist", "").with(EMPTY_IS_NULL).immutableConfig(),
                string("aof_rewrite_cpulist", "").with(EMPTY_IS_NULL).immutableConfig(),
                string("bgsave_cpulist", "").with(EMPTY_IS_NULL).immutableConfig(),
                string("ignore-warnings", ""),
                ConfigParam.of("proc-title-template", "{title} {listen-addr} {server-mode}", Type.STRING,
                        SpecialConfigs::procTitleTemplate),
                string("bind-source-addr", "").with(EMPTY_IS_NULL),
                string("logfile", "").immutableConfig(),
                string("masterauth", "").with(EMPTY_IS_NULL, SENSITIVE),
                string("requirepass", "").with(EMPTY_IS_NULL, SENSITIVE),

                // enum configs
                enumerated("supervised", "no", "upstart", "systemd", "auto", "no").immutableConfig(),
                enumerated("syslog-facility", "local0", "user", "local0", "local1", "local2", "local3", "local4",
                        "local5", "local6", "local7").immutableConfig(),
                enumerated("repl-diskless-load", "disabled", "disabled", "on-empty-db", "swapdb"),
                enumerated("loglevel", "notice", "debug", "verbose", "notice", "warning"),
                enumerated("maxmemory-policy", "noeviction", "volatile-lru", "volatile-lfu", "volatile-random",
                        "volatile-ttl", "allkeys-lru", "allkeys-lfu", "allkeys-random", "noeviction"),
                enumerated("appendfsync", "everysec", "everysec", "always", "no"),
                ConfigParam.of("oom-score-adj", "no", Type.ENUM, (v, c) -> {
                    // "relative" is another name of "yes", and CONFIG GET shows the first name
                    String word = ConfigValues.oneOf(v, List.of("no", "yes", "relative", "absolute"));
                    return word.equals("relative") ? "yes" : word;
                }),
                enumerated("acl-pubsub-default", "resetchannels", "allchannels", "resetchannels"),
                enumerated("sanitize-dump-payload", "no", "no", "yes", "clients"),
                enumerated("enable-protected-configs", "no", "no", "yes", "local").immutableConfig(),
                enumerated("enable-debug-command", "no", "no", "yes", "local").immutableConfig(),
                enumerated("enable-module-command", "no", "no", "yes", "local").immutableConfig(),
                enumerated("cluster-preferred-endpoint-type", "ip", "ip", "hostname", "unknown-endpoint"),
                enumerated("propagation-error-behavior", "ignore", "ignore", "panic", "panic-on-replicas"),
                ConfigParam.of("shutdown-on-sigint", "default", Type.ENUM, SpecialConfigs::shutdownOnSignal),
                ConfigParam.of("shutdown-on-sigterm", "default", Type.ENUM, SpecialConfigs::shutdownOnSignal),

                // integer configs
                integer("databases", 16, 1, INT_MAX).immutableConfig(),
                integer("port", 6379, 0, 65535),
                integer("io-threads", 1, 1, 128).immutableConfig(),
                integer("auto-aof-rewrite-percentage", 100, 0, INT_MAX),
                integer("cluster-replica-validity-factor", 10, 0, INT_MAX).alias("cluster-slave-validity-factor"),
                integer("list-max-listpack-size", -2, INT_MIN, INT_MAX).alias("list-max-ziplist-size"),
                integer("tcp-keepalive", 300, 0, INT_MAX),
                integer("cluster-migration-barrier", 1, 0, INT_MAX),
                integer("active-defrag-cycle-min", 1, 1, 99),
                integer("active-defrag-cycle-max", 25, 1, 99),
                integer("active-defrag-threshold-lower", 10, 0, 1000),
                integer("active-defrag-threshold-upper", 100, 0, 1000),
                integer("lfu-log-factor", 10, 0, INT_MAX),
                integer("lfu-decay-time", 1, 0, INT_MAX),
                integer("replica-priority", 100, 0, INT_MAX).alias("slave-priority"),
                integer("repl-diskless-sync-delay", 5, 0, INT_MAX),
                integer("maxmemory-samples", 5, 1, INT_MAX),
                integer("maxmemory-eviction-tenacity", 10, 0, 100),
                integer("timeout", 0, 0, INT_MAX),
                integer("replica-announce-port", 0, 0, 65535).alias("slave-announce-port"),
                integer("tcp-backlog", 511, 0, INT_MAX).immutableConfig(),
                integer("cluster-port", 0, 0, 65535).immutableConfig(),
                integer("cluster-announce-bus-port", 0, 0, 65535),
                integer("cluster-announce-port", 0, 0, 65535),
                integer("cluster-announce-tls-port", 0, 0, 65535),
                integer("repl-timeout", 60, 1, INT_MAX),
                integer("repl-ping-replica-period", 10, 1, INT_MAX).alias("repl-ping-slave-period"),
                integer("list-compress-depth", 0, 0, INT_MAX),
                integer("rdb-key-save-delay", 0, INT_MIN, INT_MAX).with(HIDDEN),
                integer("key-load-delay", 0, INT_MIN, INT_MAX).with(HIDDEN),
                integer("active-expire-effort", 1, 1, 10),
                ConfigParam.of("hz", "10", Type.INTEGER, SpecialConfigs::hz),
                integer("min-replicas-to-write", 0, 0, INT_MAX).alias("min-slaves-to-write"),
                integer("min-replicas-max-lag", 10, 0, INT_MAX).alias("min-slaves-max-lag"),
                integer("watchdog-period", 0, 0, INT_MAX).with(HIDDEN),
                integer("shutdown-timeout", 10, 0, INT_MAX),
                integer("repl-diskless-sync-max-replicas", 0, 0, INT_MAX),
                integer("maxclients", 10000, 1, UINT_MAX),
                integer("socket-mark-id", 0, 0, UINT_MAX).immutableConfig(),
                ConfigParam.of("unixsocketperm", "0", Type.OCTAL, (v, c) -> ConfigValues.octal(v, 0777))
                        .immutableConfig(),
                integer("active-defrag-max-scan-fields", 1000, 1, LONG_MAX),
                integer("slowlog-max-len", 128, 0, LONG_MAX),
                integer("acllog-max-len", 128, 0, LONG_MAX),
                integer("busy-reply-threshold", 5000, 0, LONG_MAX).alias("lua-time-limit"),
                integer("cluster-node-timeout", 15000, 0, LONG_MAX),
                integer("slowlog-log-slower-than", 10000, -1, LONG_MAX),
                integer("latency-monitor-threshold", 0, 0, LONG_MAX),
                memory("proto-max-bulk-len", 512L * 1024 * 1024, 1024 * 1024, LONG_MAX),
                integer("stream-node-max-entries", 100, 0, LONG_MAX),
                memory("repl-backlog-size", 1024 * 1024, 1, LONG_MAX),
                unsignedMemory("maxmemory", 0),
                unsignedMemory("cluster-link-sendbuf-limit", 0),
                integer("hash-max-listpack-entries", 512, 0, LONG_MAX).alias("hash-max-ziplist-entries"),
                integer("set-max-intset-entries", 512, 0, LONG_MAX),
                integer("zset-max-listpack-entries", 128, 0, LONG_MAX).alias("zset-max-ziplist-entries"),
                memory("active-defrag-ignore-bytes", 100L << 20, 1, LONG_MAX),
                memory("hash-max-listpack-value", 64, 0, LONG_MAX).alias("hash-max-ziplist-value"),
                memory("stream-node-max-bytes", 4096, 0, LONG_MAX),
                memory("zset-max-listpack-value", 64, 0, LONG_MAX).alias("zset-max-ziplist-value"),
                memory("hll-sparse-max-bytes", 3000, 0, LONG_MAX),
                integer("tracking-table-max-keys", 1000000, 0, LONG_MAX),
                memory("client-query-buffer-limit", 1024L * 1024 * 1024, 1024 * 1024, LONG_MAX),
                ConfigParam.of("maxmemory-clients", "0", Type.MEMORY, (v, c) -> ConfigValues.memoryOrPercent(v)),
                integer("repl-backlog-ttl", 3600, 0, LONG_MAX),
                memory("auto-aof-rewrite-min-size", 64L * 1024 * 1024, 0, LONG_MAX),
                integer("loading-process-events-interval-bytes", 2 * 1024 * 1024, 1024, INT_MAX).with(HIDDEN),

                // TLS (Debian builds Redis with TLS support)
                integer("tls-port", 0, 0, 65535),
                integer("tls-session-cache-size", 20 * 1024, 0, INT_MAX),
                integer("tls-session-cache-timeout", 300, 0, INT_MAX),
                bool("tls-cluster", false),
                bool("tls-replication", false),
                enumerated("tls-auth-clients", "yes", "no", "yes", "optional"),
                bool("tls-prefer-server-ciphers", false),
                bool("tls-session-caching", true),
                string("tls-cert-file", "").with(EMPTY_IS_NULL),
                string("tls-key-file", "").with(EMPTY_IS_NULL),
                string("tls-key-file-pass", "").with(EMPTY_IS_NULL),
                string("tls-client-cert-file", "").with(EMPTY_IS_NULL),
                string("tls-client-key-file", "").with(EMPTY_IS_NULL),
                string("tls-client-key-file-pass", "").with(EMPTY_IS_NULL),
                string("tls-dh-params-file", "").with(EMPTY_IS_NULL),
                string("tls-ca-cert-file", "").with(EMPTY_IS_NULL),
                string("tls-ca-cert-dir", "").with(EMPTY_IS_NULL),
                string("tls-protocols", "").with(EMPTY_IS_NULL),
                string("tls-ciphers", "").with(EMPTY_IS_NULL),
                string("tls-ciphersuites", "").with(EMPTY_IS_NULL),

                // special configs
                ConfigParam.of("dir", ".", Type.SPECIAL, (v, c) -> files.changeDirectory(c, v)).with(PROTECTED),
                ConfigParam.of("save", "3600 1 300 100 60 10000", Type.SPECIAL, SpecialConfigs::save),
                ConfigParam.of("client-output-buffer-limit",
                        "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60", Type.SPECIAL,
                        SpecialConfigs::clientOutputBufferLimit),
                ConfigParam.of("oom-score-adj-values", "0 200 800", Type.SPECIAL, SpecialConfigs::oomScoreAdjValues),
                ConfigParam.of("notify-keyspace-events", "", Type.SPECIAL, SpecialConfigs::notifyKeyspaceEvents),
                ConfigParam.of("bind", SpecialConfigs.DEFAULT_BIND, Type.SPECIAL, SpecialConfigs::bind),
                ConfigParam.of("replicaof", "no one", Type.SPECIAL, SpecialConfigs::replicaOf)
                        .alias("slaveof").immutableConfig(),
                ConfigParam.of("latency-tracking-info-percentiles", "50 99 99.9", Type.SPECIAL,
                        SpecialConfigs::latencyPercentiles));
    }

    private static ConfigParam bool(String name, boolean dflt) {
        return ConfigParam.of(name, dflt ? "yes" : "no", Type.BOOL, (v, c) -> ConfigValues.yesNo(v));
    }

    private static ConfigParam integer(String name, long dflt, long min, long max) {
        return ConfigParam.of(name, Long.toString(dflt), Type.INTEGER, (v, c) -> ConfigValues.integer(v, min, max));
    }

    private static ConfigParam memory(String name, long dflt, long min, long max) {
        return ConfigParam.of(name, Long.toString(dflt), Type.MEMORY, (v, c) -> ConfigValues.memory(v, min, max, false));
    }

    /** An {@code unsigned long long} amount: any value fits, beyond 2^63 too (maxmemory). */
    private static ConfigParam unsignedMemory(String name, long dflt) {
        return ConfigParam.of(name, Long.toString(dflt), Type.MEMORY, (v, c) -> ConfigValues.memory(v, 0, 0, true));
    }

    private static ConfigParam enumerated(String name, String dflt, String... values) {
        List<String> allowed = List.of(values);
        return ConfigParam.of(name, dflt, Type.ENUM, (v, c) -> ConfigValues.oneOf(v, allowed));
    }

    private static ConfigParam string(String name, String dflt) {
        return ConfigParam.of(name, dflt, Type.STRING, (v, c) -> v);
    }
}
