package io.hexaredis.application.commands.server;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfoCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String info(String... sections) {
        String[] words = new String[sections.length + 1];
        words[0] = "INFO";
        System.arraycopy(sections, 0, words, 1, sections.length);
        Reply r = h.run(words);
        assertTrue(r instanceof Reply.Verbatim v && v.format().equals("txt"), "INFO is verbatim text");
        return new String(((Reply.Verbatim) r).text(), StandardCharsets.UTF_8);
    }

    private static List<String> headers(String info) {
        List<String> out = new ArrayList<>();
        for (String line : info.split("\r\n")) {
            if (line.startsWith("# ")) {
                out.add(line.substring(2));
            }
        }
        return out;
    }

    @Test
    void withoutArgumentsTheDefaultSectionsInRedisOrder() {
        assertEquals(List.of("Server", "Clients", "Memory", "Persistence", "Stats", "Replication", "CPU", "Modules",
                "Errorstats", "Cluster", "Keyspace"), headers(info()));
    }

    @Test
    void allAddsCommandstatsAndUnknownSectionsAddNothing() {
        assertTrue(headers(info("all")).contains("Commandstats"));
        assertEquals(List.of("Server", "Keyspace"), headers(info("keyspace", "SERVER", "nosuch")));
        assertEquals("", info("nosuch"));
        assertEquals(headers(info()), headers(info("default")));
    }

    @Test
    void linesEndWithCrlfAndSectionsAreSeparatedByABlankLine() {
        String text = info("server", "clients");
        assertTrue(text.startsWith("# Server\r\nredis_version:7.0.15\r\n"), text);
        assertTrue(text.contains("io_threads_active:0\r\n\r\n# Clients\r\nconnected_clients:1\r\n"), text);
        assertTrue(text.endsWith("clients_in_timeout_table:0\r\n"), text);
    }

    @Test
    void serverSectionHasTheFieldsMonitoringToolsRead() {
        String text = info("server");
        for (String field : List.of("redis_mode:standalone", "arch_bits:64", "process_id:", "tcp_port:", "uptime_in_seconds:0",
                "uptime_in_days:0", "hz:10", "configured_hz:10", "executable:", "config_file:")) {
            assertTrue(text.contains("\r\n" + field), field);
        }
        assertTrue(text.matches("(?s).*\r\nrun_id:[0-9a-f]{40}\r\n.*"), text);
        h.clock.advance(2 * 86400 * 1000L);
        assertTrue(info("server").contains("\r\nuptime_in_days:2\r\n"));
    }

    @Test
    void memoryPersistenceAndReplicationShowTheirDefaults() {
        String memory = info("memory");
        assertTrue(memory.matches("(?s).*\r\nused_memory:\\d+\r\nused_memory_human:[\\d.]+[BKMG]\r\n.*"), memory);
        assertTrue(memory.contains("\r\nmaxmemory:0\r\nmaxmemory_human:0B\r\nmaxmemory_policy:noeviction\r\n"), memory);
        assertTrue(memory.matches("(?s).*\r\nmem_fragmentation_ratio:\\d+\\.\\d\\d\r\n.*"), memory);
        h.run("SET", "k", "v");
        String persistence = info("persistence");
        assertTrue(persistence.contains("\r\nloading:0\r\n"), persistence);
        assertTrue(persistence.contains("\r\nrdb_changes_since_last_save:1\r\n"), persistence);
        assertTrue(persistence.contains("\r\nrdb_last_save_time:1700000000\r\nrdb_last_bgsave_status:ok\r\n"), persistence);
        assertTrue(persistence.contains("\r\naof_enabled:0\r\n"), persistence);
        String replication = info("replication");
        assertTrue(replication.matches("(?s)# Replication\r\nrole:master\r\nconnected_slaves:0\r\n"
                + "master_failover_state:no-failover\r\nmaster_replid:[0-9a-f]{40}\r\n"
                + "master_replid2:0{40}\r\nmaster_repl_offset:0\r\nsecond_repl_offset:-1\r\n"
                + "repl_backlog_active:0\r\nrepl_backlog_size:1048576\r\n"
                + "repl_backlog_first_byte_offset:0\r\nrepl_backlog_histlen:0\r\n"), replication);
    }

    @Test
    void statsCountCommandsErrorsAndKeyspaceLines() {
        h.run("SET", "a", "1");
        h.run("SET", "b", "2");
        h.keyspace.db(0).setExpire("b".getBytes(StandardCharsets.UTF_8), h.clock.millis() + 100_000);
        h.run("SELECT", "2");
        h.run("SET", "c", "3");
        h.run("NOSUCHCOMMAND");
        h.run("CONFIG", "SET", "hz", "x");
        String stats = info("stats");
        assertTrue(stats.contains("\r\ntotal_commands_processed:5\r\n"), stats);
        assertTrue(stats.contains("\r\ntotal_error_replies:2\r\n"), stats);
        assertTrue(stats.contains("\r\ntotal_connections_received:1\r\n"), stats);
        assertEquals("# Errorstats\r\nerrorstat_ERR:count=2\r\n", info("errorstats"));
        assertTrue(info("commandstats").contains("\r\ncmdstat_config|set:calls=1,usec="), info("commandstats"));
        assertTrue(info("commandstats").contains(",rejected_calls=0,failed_calls=1\r\n"), info("commandstats"));
        assertEquals("# Keyspace\r\ndb0:keys=2,expires=1,avg_ttl=0\r\ndb2:keys=1,expires=0,avg_ttl=0\r\n", info("keyspace"));
        h.run("GET");
        assertTrue(info("commandstats").contains("\r\ncmdstat_get:calls=0,usec=0,usec_per_call=0.00,rejected_calls=1,failed_calls=0\r\n"),
                info("commandstats"));
        assertFalse(info("cpu").isEmpty());
        assertTrue(info("cpu").matches("(?s).*\r\nused_cpu_user:\\d+\\.\\d{6}\r\n.*"), info("cpu"));
    }

    @Test
    void bytesToHumanUsesRedisUnits() {
        assertEquals("0B", InfoSections.bytesToHuman(0));
        assertEquals("1023B", InfoSections.bytesToHuman(1023));
        assertEquals("967.36K", InfoSections.bytesToHuman(990576));
        assertEquals("1.00M", InfoSections.bytesToHuman(1048576));
        assertEquals("23.54G", InfoSections.bytesToHuman(25276510208L));
        assertEquals("16.00E", InfoSections.bytesToHuman(-1L));
        assertEquals("OK", text(h.run("CONFIG", "SET", "maxmemory", "3gb")));
        assertTrue(info("memory").contains("\r\nmaxmemory:3221225472\r\nmaxmemory_human:3.00G\r\n"));
    }
}
