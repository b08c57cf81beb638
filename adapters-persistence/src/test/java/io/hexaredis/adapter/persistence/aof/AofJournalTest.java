package io.hexaredis.adapter.persistence.aof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.adapter.persistence.rdb.RdbSnapshotStore;
import io.hexaredis.application.config.Config;
import io.hexaredis.domain.keyspace.Databases;
import io.hexaredis.domain.persistence.CommandJournal;
import io.hexaredis.domain.persistence.KeyspaceImage;
import io.hexaredis.domain.replication.Effect;
import io.hexaredis.domain.time.SystemClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The multi-part AOF: what is journaled comes back, rewrites lose nothing, damage is reported. */
class AofJournalTest {

    @TempDir
    Path dir;

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[][] argv(String... words) {
        return Arrays.stream(words).map(AofJournalTest::b).toArray(byte[][]::new);
    }

    Config config(String... settings) {
        Config c = Config.standard();
        c.set("dir", dir.toString());
        for (int i = 0; i < settings.length; i += 2) {
            c.set(settings[i], settings[i + 1]);
        }
        return c;
    }

    AofJournal journal(Config c) {
        return new AofJournal(c, new RdbSnapshotStore(c, new SystemClock()));
    }

    Path aofDir() {
        return dir.resolve("appendonlydir");
    }

    String manifest() throws IOException {
        return Files.readString(aofDir().resolve("appendonly.aof.manifest"));
    }

    @Test
    void openingWithoutAnAofCreatesABaseAnIncrementalFileAndTheManifest() throws IOException {
        AofJournal j = journal(config());
        assertFalse(j.exists());
        j.open(KeyspaceImage.live(new Databases(16)));
        assertTrue(j.exists());
        assertEquals("file appendonly.aof.1.base.rdb seq 1 type b\nfile appendonly.aof.1.incr.aof seq 1 type i\n", manifest());
        j.close();
    }

    @Test
    void effectsAreWrittenAsCommandsWithSelectAndReplayedOnLoad() throws IOException {
        Config c = config("appendfsync", "always");
        AofJournal j = journal(c);
        j.open(KeyspaceImage.live(new Databases(16)));
        j.append(new Effect(0, argv("SET", "a", "1")));
        j.append(new Effect(0, argv("SET", "b", "2")));
        j.append(new Effect(5, argv("SET", "c", "3")));
        j.flush(false);
        j.close();
        String incr = Files.readString(aofDir().resolve("appendonly.aof.1.incr.aof"));
        assertEquals("*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*3\r\n$3\r\nSET\r\n$1\r\na\r\n$1\r\n1\r\n"
                + "*3\r\n$3\r\nSET\r\n$1\r\nb\r\n$1\r\n2\r\n*2\r\n$6\r\nSELECT\r\n$1\r\n5\r\n"
                + "*3\r\n$3\r\nSET\r\n$1\r\nc\r\n$1\r\n3\r\n", incr);
        Databases loaded = new Databases(16);
        CommandJournal.LoadResult r = journal(c).load(loaded, new TestReplay(loaded));
        assertEquals(5, r.commands());
        assertArrayEquals(b("3"), loaded.db(5).getString(b("c"), 0));
    }

    @Test
    void aRewriteKeepsEveryWriteMadeWhileItRuns() throws IOException {
        Config c = config();
        AofJournal j = journal(c);
        Databases ks = new Databases(16);
        j.open(KeyspaceImage.live(ks));
        ks.db(0).set(b("before"), b("1"));
        j.append(new Effect(0, argv("SET", "before", "1")));
        j.flush(false);
        CommandJournal.Rewrite rewrite = j.beginRewrite(false);
        var image = io.hexaredis.domain.persistence.PointInTimeImage.capture(ks);
        ks.db(0).set(b("during"), b("2"));
        j.append(new Effect(0, argv("SET", "during", "2")));
        j.flush(false);
        rewrite.writeBase(image);
        image.release();
        rewrite.commit();
        j.append(new Effect(0, argv("SET", "after", "3")));
        j.close();
        assertEquals("file appendonly.aof.2.base.rdb seq 2 type b\nfile appendonly.aof.2.incr.aof seq 2 type i\n", manifest());
        assertFalse(Files.exists(aofDir().resolve("appendonly.aof.1.incr.aof")), "history deleted");
        Databases loaded = new Databases(16);
        journal(c).load(loaded, new TestReplay(loaded));
        for (String k : new String[] {"before", "during", "after"}) {
            assertTrue(loaded.db(0).exists(b(k), 0), k);
        }
        assertEquals(3, loaded.db(0).size());
    }

    @Test
    void aRewriteWithoutThePreambleWritesCommands() throws IOException {
        Config c = config("aof-use-rdb-preamble", "no");
        Databases ks = new Databases(16);
        ks.db(1).set(b("k"), b("v"), 1234);
        AofJournal j = journal(c);
        CommandJournal.Rewrite rewrite = j.beginRewrite(false);
        rewrite.writeBase(KeyspaceImage.live(ks));
        rewrite.commit();
        assertEquals("file appendonly.aof.1.base.aof seq 1 type b\n", manifest());
        assertEquals("*2\r\n$6\r\nSELECT\r\n$1\r\n1\r\n*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n"
                + "*3\r\n$9\r\nPEXPIREAT\r\n$1\r\nk\r\n$4\r\n1234\r\n",
                Files.readString(aofDir().resolve("appendonly.aof.1.base.aof")));
    }

    @Test
    void turningTheAofOnKeepsTheOldManifestUntilTheNewBaseExists() throws IOException {
        Config c = config();
        AofJournal old = journal(c);
        old.open(KeyspaceImage.live(new Databases(16)));
        old.append(new Effect(0, argv("SET", "stale", "x")));
        old.close();
        String before = manifest();
        AofJournal j = journal(c);
        Databases ks = new Databases(16);
        CommandJournal.Rewrite rewrite = j.beginRewrite(true);
        j.append(new Effect(0, argv("SET", "fresh", "y")));
        j.flush(true);
        assertEquals(before, manifest(), "a crash now would load the old AOF, not a mix");
        rewrite.writeBase(KeyspaceImage.live(ks));
        rewrite.commit();
        assertEquals("file appendonly.aof.2.base.rdb seq 2 type b\nfile appendonly.aof.2.incr.aof seq 2 type i\n", manifest());
        j.close();
        Databases loaded = new Databases(16);
        journal(c).load(loaded, new TestReplay(loaded));
        assertTrue(loaded.db(0).exists(b("fresh"), 0));
        assertFalse(loaded.db(0).exists(b("stale"), 0));
    }

    private Path journalWith(String incrContent) throws IOException {
        AofJournal j = journal(config());
        j.open(KeyspaceImage.live(new Databases(16)));
        j.close();
        Path incr = aofDir().resolve("appendonly.aof.1.incr.aof");
        Files.writeString(incr, incrContent);
        return incr;
    }

    private static final String TWO_SETS = "*3\r\n$3\r\nSET\r\n$1\r\na\r\n$1\r\n1\r\n*3\r\n$3\r\nSET\r\n$1\r\nb\r\n$1\r\n2\r\n";

    @Test
    void aTruncatedLastCommandIsDroppedAndTheFileCutAfterTheLastWholeOne() throws IOException {
        Path incr = journalWith(TWO_SETS + "*3\r\n$3\r\nSET\r\n$1\r\nc\r\n$1");
        Databases loaded = new Databases(16);
        CommandJournal.LoadResult r = journal(config()).load(loaded, new TestReplay(loaded));
        assertTrue(r.truncated());
        assertEquals(2, loaded.db(0).size());
        assertEquals(TWO_SETS, Files.readString(incr));
    }

    @Test
    void aTruncatedTailStopsTheLoadWhenAofLoadTruncatedIsNo() throws IOException {
        Path incr = journalWith(TWO_SETS + "*3\r\n$3\r\nSE");
        Databases loaded = new Databases(16);
        IOException e = assertThrows(IOException.class,
                () -> journal(config("aof-load-truncated", "no")).load(loaded, new TestReplay(loaded)));
        assertTrue(e.getMessage().startsWith("Unexpected end of file reading the append only file appendonly.aof.1.incr.aof"),
                e.getMessage());
        assertEquals(TWO_SETS + "*3\r\n$3\r\nSE", Files.readString(incr), "untouched");
    }

    @Test
    void garbageInTheMiddleStopsTheLoadNamingFileAndOffsetAndTouchesNothing() throws IOException {
        String content = TWO_SETS + "this is not a command\r\n" + TWO_SETS;
        Path incr = journalWith(content);
        Databases loaded = new Databases(16);
        IOException e = assertThrows(IOException.class, () -> journal(config()).load(loaded, new TestReplay(loaded)));
        assertTrue(e.getMessage().startsWith("Bad file format reading the append only file appendonly.aof.1.incr.aof at offset "
                + TWO_SETS.length()), e.getMessage());
        assertEquals(content, Files.readString(incr));
    }

    @Test
    void anUnknownCommandStopsTheLoad() throws IOException {
        journalWith("*1\r\n$7\r\nNOTACMD\r\n");
        Databases loaded = new Databases(16);
        IOException e = assertThrows(IOException.class, () -> journal(config()).load(loaded, new TestReplay(loaded)));
        assertEquals("Unknown command 'NOTACMD' reading the append only file appendonly.aof.1.incr.aof", e.getMessage());
    }

    @Test
    void aFileTheManifestNamesMustExist() throws IOException {
        journalWith(TWO_SETS);
        Files.delete(aofDir().resolve("appendonly.aof.1.incr.aof"));
        Databases loaded = new Databases(16);
        IOException e = assertThrows(IOException.class, () -> journal(config()).load(loaded, new TestReplay(loaded)));
        assertTrue(e.getMessage().contains("appendonly.aof.1.incr.aof doesn't exist"), e.getMessage());
    }

    @Test
    void annotationsAreSkipped() throws IOException {
        journalWith("#TS:1700000000\r\n" + TWO_SETS);
        Databases loaded = new Databases(16);
        assertEquals(2, journal(config()).load(loaded, new TestReplay(loaded)).commands());
    }

    @Test
    void anOldSingleFileAofIsMovedIntoTheDirectoryAsItsBase() throws IOException {
        Files.writeString(dir.resolve("appendonly.aof"), TWO_SETS);
        AofJournal j = journal(config());
        assertTrue(j.exists());
        Databases loaded = new Databases(16);
        assertEquals(2, j.load(loaded, new TestReplay(loaded)).commands());
        assertEquals("file appendonly.aof seq 1 type b\n", manifest());
        assertNull(Files.exists(dir.resolve("appendonly.aof")) ? "still there" : null);
    }
}
