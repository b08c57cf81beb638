package io.hexaredis.application.commands.server;

import io.hexaredis.application.replication.Replication;
import io.hexaredis.application.pubsub.PubSub;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.application.server.ServerState;
import io.hexaredis.application.server.Stats;
import io.hexaredis.domain.keyspace.Database;
import io.hexaredis.domain.keyspace.Keyspace;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text of INFO, section by section, with the fields monitoring tools read.
 *
 * <p>Redis: genRedisInfoString() in server.c. The field names and their order are Redis 7.0's.
 * Where this server has no such mechanism (no fork, no jemalloc, no Lua) the field shows what
 * Redis shows when the mechanism is idle: zeros, -1 for "never", "ok" for a status. Memory is the
 * JVM's: used_memory is the heap in use, used_memory_rss the heap the JVM has taken from the
 * system, which is what the fragmentation ratio compares.
 *
 * <p>{@link #persistence} is written as one small method, for the persistence work to replace
 * with its own state; the replication section is {@link Replication#info()}.
 */
final class InfoSections {

    private InfoSections() {}

    /** The sections, in the order INFO prints them. */
    enum Section {
        SERVER, CLIENTS, MEMORY, PERSISTENCE, STATS, REPLICATION, CPU, MODULES, COMMANDSTATS, ERRORSTATS,
        CLUSTER, KEYSPACE;

        static final Set<Section> DEFAULT = EnumSet.complementOf(EnumSet.of(COMMANDSTATS));

        static Section named(String name) {
            for (Section s : values()) {
                if (s.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return s;
                }
            }
            return null;
        }

        String title() {
            if (this == CPU) {
                return "CPU";
            }
            String lower = name().toLowerCase(Locale.ROOT);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
    }

    static String generate(ServerState server, PubSub pubsub, Replication replication, Set<Section> sections) {
        StringBuilder out = new StringBuilder();
        for (Section s : sections) {
            if (out.length() > 0) {
                out.append("\r\n");
            }
            out.append("# ").append(s.title()).append("\r\n");
            Fields f = new Fields(out);
            switch (s) {
                case SERVER -> server(server, f);
                case CLIENTS -> clients(server, f);
                case MEMORY -> memory(server, f);
                case PERSISTENCE -> persistence(server, f);
                case STATS -> stats(server, pubsub, f);
                case REPLICATION -> out.append(replication.info());
                case CPU -> cpu(f);
                case MODULES -> { }
                case COMMANDSTATS -> commandStats(server, f);
                case ERRORSTATS -> errorStats(server, f);
                case CLUSTER -> f.add("cluster_enabled", 0);
                case KEYSPACE -> keyspace(server, f);
            }
        }
        return out.toString();
    }

    /** {@code name:value\r\n} lines. */
    private record Fields(StringBuilder out) {
        Fields add(String name, Object value) {
            out.append(name).append(':').append(value).append("\r\n");
            return this;
        }
    }

    private static void server(ServerState server, Fields f) {
        long now = server.clock().millis();
        long uptime = (now - server.startMillis()) / 1000;
        ProcessHandle self = ProcessHandle.current();
        f.add("redis_version", ServerState.REDIS_VERSION)
                .add("redis_git_sha1", "00000000")
                .add("redis_git_dirty", 0)
                .add("redis_build_id", "0000000000000000")
                .add("redis_mode", "standalone")
                .add("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + arch())
                .add("arch_bits", System.getProperty("sun.arch.data.model", "64"))
                .add("monotonic_clock", "JVM System.nanoTime")
                .add("multiplexing_api", multiplexingApi())
                .add("atomicvar_api", "jvm")
                .add("gcc_version", "0.0.0")
                .add("process_id", self.pid())
                .add("process_supervised", "no")
                .add("run_id", server.runId())
                .add("tcp_port", server.boundPort())
                .add("server_time_usec", now * 1000)
                .add("uptime_in_seconds", uptime)
                .add("uptime_in_days", uptime / 86400)
                .add("hz", server.config().get("hz"))
                .add("configured_hz", server.config().get("hz"))
                .add("lru_clock", (now / 1000) & ((1 << 24) - 1)) // LRU_CLOCK_RESOLUTION 1000 ms, 24 bits
                .add("executable", self.info().command().orElse(""))
                .add("config_file", server.config().configFile())
                .add("io_threads_active", 0);
    }

    private static String arch() {
        String arch = System.getProperty("os.arch");
        return arch.equals("amd64") ? "x86_64" : arch;
    }

    /** What java.nio's selector uses underneath, by platform. */
    private static String multiplexingApi() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("linux")) {
            return "epoll";
        }
        if (os.contains("mac") || os.contains("bsd")) {
            return "kqueue";
        }
        return "select";
    }

    private static void clients(ServerState server, Fields f) {
        long replicas = 0;
        long blocked = 0;
        long maxOutput = 0;
        for (ClientSession c : server.clients().all()) {
            replicas += c.isReplica() ? 1 : 0;
            blocked += c.blocked() ? 1 : 0;
            maxOutput = Math.max(maxOutput, c.output().pendingBytes());
        }
        f.add("connected_clients", server.clients().size() - replicas)
                .add("cluster_connections", 0)
                .add("maxclients", server.config().get("maxclients"))
                .add("client_recent_max_input_buffer", 0)
                .add("client_recent_max_output_buffer", maxOutput)
                .add("blocked_clients", blocked)
                .add("tracking_clients", 0)
                .add("clients_in_timeout_table", 0);
    }

    private static void memory(ServerState server, Fields f) {
        Stats stats = server.stats();
        long used = Stats.usedMemory();
        long peak = stats.usedMemoryPeak();
        long rss = Runtime.getRuntime().totalMemory();
        long startup = Math.min(stats.usedMemoryStartup(), used);
        long dataset = used - startup;
        long netUsage = Math.max(1, used - startup);
        long clientsMemory = 0;
        for (ClientSession c : server.clients().all()) {
            clientsMemory += c.output().pendingBytes();
        }
        long system = totalSystemMemory();
        long maxmemory = Long.parseUnsignedLong(server.config().get("maxmemory"));
        f.add("used_memory", used)
                .add("used_memory_human", bytesToHuman(used))
                .add("used_memory_rss", rss)
                .add("used_memory_rss_human", bytesToHuman(rss))
                .add("used_memory_peak", peak)
                .add("used_memory_peak_human", bytesToHuman(peak))
                .add("used_memory_peak_perc", percent(used * 100.0 / peak))
                .add("used_memory_overhead", startup)
                .add("used_memory_startup", startup)
                .add("used_memory_dataset", dataset)
                .add("used_memory_dataset_perc", percent(dataset * 100.0 / netUsage))
                .add("allocator_allocated", used)
                .add("allocator_active", rss)
                .add("allocator_resident", rss)
                .add("total_system_memory", system)
                .add("total_system_memory_human", bytesToHuman(system))
                .add("used_memory_lua", 0)
                .add("used_memory_vm_eval", 0)
                .add("used_memory_lua_human", "0B")
                .add("used_memory_scripts_eval", 0)
                .add("number_of_cached_scripts", 0)
                .add("number_of_functions", 0)
                .add("number_of_libraries", 0)
                .add("used_memory_vm_functions", 0)
                .add("used_memory_vm_total", 0)
                .add("used_memory_vm_total_human", "0B")
                .add("used_memory_functions", 0)
                .add("used_memory_scripts", 0)
                .add("used_memory_scripts_human", "0B")
                .add("maxmemory", Long.toUnsignedString(maxmemory))
                .add("maxmemory_human", bytesToHuman(maxmemory))
                .add("maxmemory_policy", server.config().get("maxmemory-policy"))
                .add("allocator_frag_ratio", ratio(rss, used))
                .add("allocator_frag_bytes", rss - used)
                .add("allocator_rss_ratio", "1.00")
                .add("allocator_rss_bytes", 0)
                .add("rss_overhead_ratio", "1.00")
                .add("rss_overhead_bytes", 0)
                .add("mem_fragmentation_ratio", ratio(rss, used))
                .add("mem_fragmentation_bytes", rss - used)
                .add("mem_not_counted_for_evict", 0)
                .add("mem_replication_backlog", 0)
                .add("mem_total_replication_buffers", 0)
                .add("mem_clients_slaves", 0)
                .add("mem_clients_normal", clientsMemory)
                .add("mem_cluster_links", 0)
                .add("mem_aof_buffer", 0)
                .add("mem_allocator", "jvm")
                .add("active_defrag_running", 0)
                .add("lazyfree_pending_objects", 0)
                .add("lazyfreed_objects", 0);
    }

    private static long totalSystemMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    /**
     * The persistence section, as a server shows it that has never saved nor loaded: the change
     * counter since the start (or the last save recorded in the server state), no save or rewrite
     * in progress, statuses ok; when persistence is wired, its own state (Persistence.infoLines()).
     */
    static void persistence(ServerState server, Fields f) {
        if (server.persistence() != null) {
            for (String line : server.persistence().infoLines()) {
                int colon = line.indexOf(':');
                f.add(line.substring(0, colon), line.substring(colon + 1));
            }
            return;
        }
        f.add("loading", 0)
                .add("async_loading", 0)
                .add("current_cow_peak", 0)
                .add("current_cow_size", 0)
                .add("current_cow_size_age", 0)
                .add("current_fork_perc", "0.00")
                .add("current_save_keys_processed", 0)
                .add("current_save_keys_total", 0)
                .add("rdb_changes_since_last_save", server.keyspace().dirty() - server.dirtyAtLastSave())
                .add("rdb_bgsave_in_progress", 0)
                .add("rdb_last_save_time", server.lastSaveMillis() / 1000)
                .add("rdb_last_bgsave_status", "ok")
                .add("rdb_last_bgsave_time_sec", -1)
                .add("rdb_current_bgsave_time_sec", -1)
                .add("rdb_saves", 0)
                .add("rdb_last_cow_size", 0)
                .add("rdb_last_load_keys_expired", 0)
                .add("rdb_last_load_keys_loaded", 0)
                .add("aof_enabled", server.config().getBool("appendonly") ? 1 : 0)
                .add("aof_rewrite_in_progress", 0)
                .add("aof_rewrite_scheduled", 0)
                .add("aof_last_rewrite_time_sec", -1)
                .add("aof_current_rewrite_time_sec", -1)
                .add("aof_last_bgrewrite_status", "ok")
                .add("aof_rewrites", 0)
                .add("aof_rewrites_consecutive_failures", 0)
                .add("aof_last_write_status", "ok")
                .add("aof_last_cow_size", 0)
                .add("module_fork_in_progress", 0)
                .add("module_fork_last_cow_size", 0);
    }

    private static void stats(ServerState server, PubSub pubsub, Fields f) {
        Stats s = server.stats();
        f.add("total_connections_received", s.connectionsReceived(server.clients()))
                .add("total_commands_processed", s.commandsProcessed)
                .add("instantaneous_ops_per_sec", s.instantaneousOpsPerSec())
                .add("total_net_input_bytes", s.netInputBytes)
                .add("total_net_output_bytes", s.netOutputBytes)
                .add("total_net_repl_input_bytes", 0)
                .add("total_net_repl_output_bytes", 0)
                .add("instantaneous_input_kbps", twoDecimals(s.instantaneousInputKbps()))
                .add("instantaneous_output_kbps", twoDecimals(s.instantaneousOutputKbps()))
                .add("instantaneous_input_repl_kbps", "0.00")
                .add("instantaneous_output_repl_kbps", "0.00")
                .add("rejected_connections", s.rejectedConnections(server.clients()))
                .add("sync_full", s.syncFull)
                .add("sync_partial_ok", s.syncPartialOk)
                .add("sync_partial_err", s.syncPartialErr)
                .add("expired_keys", s.expiredKeys)
                .add("expired_stale_perc", "0.00")
                .add("expired_time_cap_reached_count", 0)
                .add("expire_cycle_cpu_milliseconds", 0)
                .add("evicted_keys", 0)
                .add("evicted_clients", 0)
                .add("total_eviction_exceeded_time", 0)
                .add("current_eviction_exceeded_time", 0)
                .add("keyspace_hits", s.keyspaceHits)
                .add("keyspace_misses", s.keyspaceMisses)
                .add("pubsub_channels", pubsub.channelCount())
                .add("pubsub_patterns", pubsub.patternCount())
                .add("pubsubshard_channels", pubsub.shardChannelCount())
                .add("latest_fork_usec", 0)
                .add("total_forks", 0)
                .add("migrate_cached_sockets", 0)
                .add("slave_expires_tracked_keys", 0)
                .add("active_defrag_hits", 0)
                .add("active_defrag_misses", 0)
                .add("active_defrag_key_hits", 0)
                .add("active_defrag_key_misses", 0)
                .add("total_active_defrag_time", 0)
                .add("current_active_defrag_time", 0)
                .add("tracking_total_keys", 0)
                .add("tracking_total_items", 0)
                .add("tracking_total_prefixes", 0)
                .add("unexpected_error_replies", s.unexpectedErrorReplies)
                .add("total_error_replies", s.totalErrorReplies)
                .add("dump_payload_sanitizations", 0)
                .add("total_reads_processed", 0)
                .add("total_writes_processed", 0)
                .add("io_threaded_reads_processed", 0)
                .add("io_threaded_writes_processed", 0)
                .add("reply_buffer_shrinks", 0)
                .add("reply_buffer_expands", 0);
    }

    /** CPU seconds with microseconds, like Redis's "%ld.%06ld". */
    private static void cpu(Fields f) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long userNanos = 0;
        long totalNanos = 0;
        if (threads.isThreadCpuTimeSupported()) {
            for (long id : threads.getAllThreadIds()) {
                userNanos += Math.max(0, threads.getThreadUserTime(id));
                totalNanos += Math.max(0, threads.getThreadCpuTime(id));
            }
        }
        long mainUser = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadUserTime() : 0;
        long mainTotal = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
        f.add("used_cpu_sys", seconds(totalNanos - userNanos))
                .add("used_cpu_user", seconds(userNanos))
                .add("used_cpu_sys_children", "0.000000")
                .add("used_cpu_user_children", "0.000000")
                .add("used_cpu_sys_main_thread", seconds(mainTotal - mainUser))
                .add("used_cpu_user_main_thread", seconds(mainUser));
    }

    private static String seconds(long nanos) {
        long micros = Math.max(0, nanos) / 1000;
        return String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    private static void commandStats(ServerState server, Fields f) {
        for (Map.Entry<String, Stats.CommandStat> e : server.stats().commandStats().entrySet()) {
            Stats.CommandStat s = e.getValue();
            f.add("cmdstat_" + e.getKey(), "calls=" + s.calls() + ",usec=" + s.micros()
                    + ",usec_per_call=" + twoDecimals(s.calls() == 0 ? 0 : (double) s.micros() / s.calls())
                    + ",rejected_calls=" + s.rejectedCalls() + ",failed_calls=" + s.failedCalls());
        }
    }

    private static void errorStats(ServerState server, Fields f) {
        for (Map.Entry<String, Long> e : server.stats().errorStats().entrySet()) {
            f.add("errorstat_" + e.getKey(), "count=" + e.getValue());
        }
    }

    private static void keyspace(ServerState server, Fields f) {
        Keyspace keyspace = server.keyspace();
        for (int i = 0; i < keyspace.databases(); i++) {
            Database db = keyspace.db(i);
            if (db.size() > 0) {
                f.add("db" + i, "keys=" + db.size() + ",expires=" + db.volatileSize() + ",avg_ttl=0");
            }
        }
    }

    /** bytesToHuman() in server.c: B, then K, M, G, T, P, E with two decimals; {@code n} is unsigned. */
    static String bytesToHuman(long n) {
        double d = n >= 0 ? n : (double) (n >>> 1) * 2 + (n & 1);
        if (d < 1024) {
            return n + "B";
        }
        String[] units = {"K", "M", "G", "T", "P", "E"};
        double scaled = d / 1024;
        int u = 0;
        while (scaled >= 1024 && u < units.length - 1) {
            scaled /= 1024;
            u++;
        }
        return twoDecimals(scaled) + units[u];
    }

    private static String twoDecimals(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    private static String percent(double d) {
        return twoDecimals(d) + "%";
    }

    private static String ratio(long a, long b) {
        return twoDecimals(b == 0 ? 0 : (double) a / b);
    }
}
