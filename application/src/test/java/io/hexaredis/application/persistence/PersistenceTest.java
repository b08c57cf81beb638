package io.hexaredis.application.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.config.Config;
import io.hexaredis.domain.keyspace.Databases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy of persistence: when saves and rewrites happen, and what INFO says about them. */
class PersistenceTest {

    final CommandHarness.ManualClock clock = new CommandHarness.ManualClock();
    final Config config = Config.standard();
    final Databases keyspace = new Databases(16);
    final InMemorySnapshots.Store store = new InMemorySnapshots.Store();
    final InMemorySnapshots.Journal journal = new InMemorySnapshots.Journal();
    final Persistence persistence = new Persistence(config, keyspace, clock, store, journal);

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Runs the cron until background jobs are done, as the event loop would. */
    void finishJobs() throws InterruptedException {
        for (int i = 0; i < 500 && persistence.hasActiveChild(); i++) {
            Thread.sleep(5);
            persistence.serverCron();
        }
        assertFalse(persistence.hasActiveChild(), "background job finished");
    }

    String info(String field) {
        for (String line : persistence.infoLines()) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1);
            }
        }
        return null;
    }

    @Test
    void savePointsStartABgsaveOnlyWhenEnoughChangesAreOldEnough() throws Exception {
        config.set("save", "60 2 5 100");
        keyspace.db(0).set(b("a"), b("1"));
        clock.advance(61_000);
        persistence.serverCron();
        assertFalse(persistence.bgsaveInProgress(), "1 change is not enough for 60 seconds");
        keyspace.db(0).set(b("b"), b("2"));
        persistence.serverCron();
        assertTrue(persistence.bgsaveInProgress());
        finishJobs();
        assertEquals(Map.of("0/a", "1", "0/b", "2"), store.saved);
        assertEquals("0", info("rdb_changes_since_last_save"));
        assertEquals(Long.toString(clock.millis() / 1000), info("rdb_last_save_time"));
        assertEquals("1", info("rdb_saves"));
    }

    @Test
    void changesDuringABgsaveStillCountAfterIt() throws Exception {
        keyspace.db(0).set(b("a"), b("1"));
        persistence.startBgsave();
        keyspace.db(0).set(b("during"), b("2"));
        finishJobs();
        assertEquals("1", info("rdb_changes_since_last_save"));
    }

    @Test
    void aFailedBgsaveIsReportedAndRetriedOnlyAfterADelay() throws Exception {
        config.set("save", "1 1");
        store.fail = true;
        keyspace.db(0).set(b("a"), b("1"));
        clock.advance(2_000);
        persistence.serverCron();
        finishJobs();
        assertEquals("err", info("rdb_last_bgsave_status"));
        persistence.serverCron();
        assertFalse(persistence.bgsaveInProgress(), "no retry within 5 seconds of a failure");
        store.fail = false;
        clock.advance(6_000);
        persistence.serverCron();
        finishJobs();
        assertEquals("ok", info("rdb_last_bgsave_status"));
    }

    @Test
    void saveNowRecordsTheSaveAndAFailureThrows() throws Exception {
        keyspace.db(3).set(b("k"), b("v"));
        persistence.saveNow();
        assertEquals(Map.of("3/k", "v"), store.saved);
        store.fail = true;
        assertThrows(IOException.class, persistence::saveNow);
        assertEquals("err", info("rdb_last_bgsave_status"));
    }

    @Test
    void turningTheAofOnRewritesFirstAndIsOnWhenTheRewriteCommits() throws Exception {
        keyspace.db(0).set(b("k"), b("v"));
        config.set("appendonly", "yes");
        assertEquals(Persistence.AofState.WAIT_REWRITE, persistence.aofState());
        assertEquals(List.of("begin(true)"), journal.events);
        finishJobs();
        assertEquals(Persistence.AofState.ON, persistence.aofState());
        assertEquals(List.of("begin(true)", "commit"), journal.events);
        assertEquals(Map.of("0/k", "v"), journal.base);
        assertEquals("1", info("aof_enabled"));
        config.set("appendonly", "no");
        assertEquals(Persistence.AofState.OFF, persistence.aofState());
        assertEquals("close", journal.events.get(journal.events.size() - 1));
    }

    @Test
    void aRewriteRequestedDuringABgsaveRunsAfterIt() throws Exception {
        config.set("rdb-key-save-delay", "20000");
        keyspace.db(0).set(b("k"), b("v"));
        persistence.startBgsave();
        persistence.scheduleRewrite();
        assertEquals("1", info("aof_rewrite_scheduled"));
        finishJobs(); // the cron that sees the BGSAVE end starts the rewrite, and waits for it too
        assertEquals("1", info("aof_rewrites"));
        assertEquals(1, store.saves);
    }

    @Test
    void startingWithAppendonlyOpensTheJournal() throws IOException {
        Config startup = Config.standard();
        startup.set(Map.of("appendonly", "yes"), true);
        Persistence p = new Persistence(startup, keyspace, clock, store, journal);
        p.loadDataFromDisk(argv -> true);
        assertEquals(List.of("open"), journal.events);
        assertEquals(Persistence.AofState.ON, p.aofState());
    }

    @Test
    void shutdownSavesWhenSavePointsExistUnlessNosave() {
        keyspace.db(0).set(b("k"), b("v"));
        assertTrue(persistence.prepareForShutdown(false, true));
        assertEquals(0, store.saves);
        Persistence other = new Persistence(config, keyspace, clock, store, journal);
        assertTrue(other.prepareForShutdown(false, false));
        assertEquals(1, store.saves, "the default save points ask for a final save");
        Persistence failing = new Persistence(config, keyspace, clock, store, journal);
        store.fail = true;
        assertFalse(failing.prepareForShutdown(true, false), "a failed final save refuses the shutdown");
    }

    @Test
    void infoHasRedisFieldsInRedisOrder() {
        List<String> names = persistence.infoLines().stream().map(l -> l.substring(0, l.indexOf(':'))).toList();
        assertEquals(List.of("loading", "async_loading", "current_cow_peak", "current_cow_size", "current_cow_size_age",
                "current_fork_perc", "current_save_keys_processed", "current_save_keys_total",
                "rdb_changes_since_last_save", "rdb_bgsave_in_progress", "rdb_last_save_time", "rdb_last_bgsave_status",
                "rdb_last_bgsave_time_sec", "rdb_current_bgsave_time_sec", "rdb_saves", "rdb_last_cow_size",
                "rdb_last_load_keys_expired", "rdb_last_load_keys_loaded", "aof_enabled", "aof_rewrite_in_progress",
                "aof_rewrite_scheduled", "aof_last_rewrite_time_sec", "aof_current_rewrite_time_sec",
                "aof_last_bgrewrite_status", "aof_rewrites", "aof_rewrites_consecutive_failures", "aof_last_write_status",
                "aof_last_cow_size", "module_fork_in_progress", "module_fork_last_cow_size"), names);
    }
}
