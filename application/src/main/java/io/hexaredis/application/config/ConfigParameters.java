package io.hexaredis.application.config;

import static io.hexaredis.application.config.ConfigParam.bool;
import static io.hexaredis.application.config.ConfigParam.enumerated;
import static io.hexaredis.application.config.ConfigParam.integer;
import static io.hexaredis.application.config.ConfigParam.memory;
import static io.hexaredis.application.config.ConfigParam.special;
import static io.hexaredis.application.config.ConfigParam.string;

import java.util.List;

/**
 * The parameter table: every parameter of Redis 7.0's redis.conf with its default, in the spirit of
 * the standardConfig table of config.c.
 */
final class ConfigParameters {

    private ConfigParameters() {}

    static List<ConfigParam> all() {
        return List.of(
                // network
                string("bind", "* -::*"),
                integer("port", 6379, 0, 65535).asImmutable(),
                integer("tcp-backlog", 511, 0, Integer.MAX_VALUE).asImmutable(),
                integer("timeout", 0, 0, Integer.MAX_VALUE),
                integer("tcp-keepalive", 300, 0, Integer.MAX_VALUE),
                bool("protected-mode", true),
                // general
                bool("daemonize", false).asImmutable(),
                string("pidfile", ""),
                enumerated("loglevel", "notice", "debug", "verbose", "notice", "warning", "nothing"),
                string("logfile", "").asImmutable(),
                integer("databases", 16, 1, Integer.MAX_VALUE).asImmutable(),
                integer("hz", 10, 0, Integer.MAX_VALUE),
                integer("maxclients", 10000, 1, Integer.MAX_VALUE),
                // security
                string("requirepass", "").asSensitive(),
                // snapshotting
                special("save", "3600 1 300 100 60 10000", SavePointsFormat::normalize),
                string("dbfilename", "dump.rdb"),
                string("dir", "."),
                bool("rdbcompression", true),
                bool("rdbchecksum", true),
                bool("stop-writes-on-bgsave-error", true),
                // append only
                bool("appendonly", false),
                string("appendfilename", "appendonly.aof").asImmutable(),
                string("appenddirname", "appendonlydir").asImmutable(),
                enumerated("appendfsync", "everysec", "always", "everysec", "no"),
                // replication
                special("replicaof", "", v -> v).alias("slaveof"),
                string("masterauth", "").asSensitive(),
                string("masteruser", ""),
                bool("replica-read-only", true).alias("slave-read-only"),
                bool("replica-serve-stale-data", true).alias("slave-serve-stale-data"),
                memory("repl-backlog-size", 1024 * 1024, 1, Long.MAX_VALUE),
                // limits
                memory("proto-max-bulk-len", 512L * 1024 * 1024, 1024 * 1024, Long.MAX_VALUE),
                memory("client-query-buffer-limit", 1024L * 1024 * 1024, 1024 * 1024, Long.MAX_VALUE),
                memory("maxmemory", 0, 0, Long.MAX_VALUE),
                // ---- begin: hash and set encodings (t_hash.c, t_set.c) ----
                // config.c's built-in defaults, used when no redis.conf says otherwise (the shipped
                // redis.conf sets hash-max-listpack-entries to 128)
                integer("hash-max-listpack-entries", 512, 0, Long.MAX_VALUE).alias("hash-max-ziplist-entries"),
                memory("hash-max-listpack-value", 64, 0, Long.MAX_VALUE).alias("hash-max-ziplist-value"),
                integer("set-max-intset-entries", 512, 0, Long.MAX_VALUE)
                // ---- end: hash and set encodings ----
                );
    }
}
