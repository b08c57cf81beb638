package io.hexaredis.application.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.config.Config;
import io.hexaredis.application.server.OutputBufferLimits;
import io.hexaredis.domain.replication.Effect;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BacklogTest {

    private final Replicas replicas = new Replicas(new CommandHarness.ManualClock(),
            new OutputBufferLimits(Config.standard()));

    private static byte[][] argv(String... words) {
        byte[][] argv = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            argv[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        return argv;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void withoutBacklogOrReplicasTheStreamGoesNowhereAndTheOffsetStays() {
        Backlog backlog = new Backlog(replicas, 1024);
        backlog.append(new Effect(0, argv("SET", "k", "v")));
        assertEquals(0, backlog.offset());
        assertFalse(backlog.isActive());
    }

    @Test
    void effectsAreEncodedAfterASelectOfTheirDatabaseAndCountedInBytes() {
        Backlog backlog = new Backlog(replicas, 1024);
        backlog.create();
        backlog.append(new Effect(0, argv("SET", "foo", "bar")));
        // The numbers a real Redis 7.0 master shows after its first replica and SET foo bar.
        assertEquals(54, backlog.offset());
        assertEquals(1, backlog.firstByteOffset());
        assertEquals(54, backlog.histlen());
        assertEquals("*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*3\r\n$3\r\nSET\r\n$3\r\nfoo\r\n$3\r\nbar\r\n",
                text(backlog.bytesFrom(1)));
    }

    @Test
    void aSelectIsEmittedOnlyWhenTheDatabaseChanges() {
        Backlog backlog = new Backlog(replicas, 1024);
        backlog.create();
        backlog.append(new Effect(0, argv("DEL", "a")));
        backlog.append(new Effect(0, argv("DEL", "b")));
        backlog.append(new Effect(3, argv("DEL", "c")));
        String stream = text(backlog.bytesFrom(1));
        assertEquals(2, stream.split("SELECT", -1).length - 1);
        assertTrue(stream.contains("$6\r\nSELECT\r\n$1\r\n3\r\n*2\r\n$3\r\nDEL\r\n$1\r\nc"));
    }

    @Test
    void commandsForReplicasOnlyNeverCarryASelect() {
        Backlog backlog = new Backlog(replicas, 1024);
        backlog.create();
        backlog.appendToReplicas(argv("PING"));
        assertEquals("*1\r\n$4\r\nPING\r\n", text(backlog.bytesFrom(1)));
        assertEquals(14, backlog.offset());
    }

    @Test
    void theRingKeepsOnlyTheMostRecentBytesOnceItWrapsAround() {
        Backlog backlog = new Backlog(replicas, 10);
        backlog.create();
        backlog.feed(bytes("abcdefg"));
        backlog.feed(bytes("hijkl"));
        assertEquals(12, backlog.offset());
        assertEquals(10, backlog.histlen());
        assertEquals(3, backlog.firstByteOffset());
        assertEquals("cdefghijkl", text(backlog.bytesFrom(3)));
        assertEquals("jkl", text(backlog.bytesFrom(10)));
        assertEquals("", text(backlog.bytesFrom(13)));
    }

    @Test
    void aWriteLargerThanTheRingKeepsItsTail() {
        Backlog backlog = new Backlog(replicas, 4);
        backlog.create();
        backlog.feed(bytes("ab"));
        backlog.feed(bytes("0123456789"));
        assertEquals(12, backlog.offset());
        assertEquals("6789", text(backlog.bytesFrom(9)));
        assertEquals(9, backlog.firstByteOffset());
    }

    @Test
    void manySmallWritesAroundTheRingReadBackInOrder() {
        Backlog backlog = new Backlog(replicas, 7);
        backlog.create();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            String piece = Integer.toString(i % 10).repeat(1 + i % 3);
            all.append(piece);
            backlog.feed(bytes(piece));
        }
        String tail = all.substring(all.length() - 7);
        assertEquals(tail, text(backlog.bytesFrom(backlog.firstByteOffset())));
        assertEquals(all.length(), backlog.offset());
    }

    @Test
    void aReplicaOfTheSameHistoryWithinTheBacklogContinues() {
        Backlog backlog = new Backlog(replicas, 100);
        backlog.create();
        backlog.feed(bytes("0123456789"));
        Backlog.Resync decision = backlog.tryPartialResync(backlog.replicationId(), 5);
        assertEquals(new Backlog.Resync.Continue(5), decision);
        assertEquals("456789", text(backlog.bytesFrom(5)));
        // A replica that has everything continues with nothing to send.
        assertEquals(new Backlog.Resync.Continue(11), backlog.tryPartialResync(backlog.replicationId(), 11));
    }

    @Test
    void anOffsetOutsideTheBacklogNeedsAFullResync() {
        Backlog backlog = new Backlog(replicas, 4);
        backlog.create();
        backlog.feed(bytes("0123456789"));
        assertInstanceOf(Backlog.Resync.Full.class, backlog.tryPartialResync(backlog.replicationId(), 6));
        assertInstanceOf(Backlog.Resync.Continue.class, backlog.tryPartialResync(backlog.replicationId(), 7));
        assertInstanceOf(Backlog.Resync.Full.class, backlog.tryPartialResync(backlog.replicationId(), 12));
    }

    @Test
    void withoutABacklogEveryRequestNeedsAFullResync() {
        Backlog backlog = new Backlog(replicas, 4);
        assertInstanceOf(Backlog.Resync.Full.class, backlog.tryPartialResync(backlog.replicationId(), 1));
    }

    @Test
    void anotherHistoryOrAQuestionMarkNeedsAFullResync() {
        Backlog backlog = new Backlog(replicas, 100);
        backlog.create();
        backlog.feed(bytes("0123"));
        Backlog.Resync mismatch = backlog.tryPartialResync("a".repeat(40), 2);
        assertTrue(((Backlog.Resync.Full) mismatch).reason().contains("Replication ID mismatch"));
        Backlog.Resync forced = backlog.tryPartialResync("?", -1);
        assertEquals(new Backlog.Resync.Full("Full resync requested by replica"), forced);
    }

    @Test
    void afterPromotionTheOldHistoryContinuesUpToThePromotionPoint() {
        Backlog backlog = new Backlog(replicas, 100);
        backlog.create();
        backlog.feed(bytes("0123456789"));
        String old = backlog.replicationId();
        backlog.shiftReplicationId();
        assertNotEquals(old, backlog.replicationId());
        assertEquals(old, backlog.replicationId2());
        assertEquals(11, backlog.secondReplicationOffset());
        backlog.feed(bytes("abc"));
        // A replica of the old master that got all its bytes continues with the new master...
        assertEquals(new Backlog.Resync.Continue(11), backlog.tryPartialResync(old, 11));
        assertEquals("abc", text(backlog.bytesFrom(11)));
        // ...and one that has less too; but none that claims bytes of the old history we never had.
        assertEquals(new Backlog.Resync.Continue(8), backlog.tryPartialResync(old, 8));
        Backlog.Resync beyond = backlog.tryPartialResync(old, 12);
        assertTrue(((Backlog.Resync.Full) beyond).reason().contains("Requested offset for second ID was 12"));
    }

    @Test
    void replicationIdsAreFortyHexCharactersAndClearingTheSecondForgetsIt() {
        Backlog backlog = new Backlog(replicas, 100);
        assertTrue(backlog.replicationId().matches("[0-9a-f]{40}"));
        assertEquals(Backlog.NO_REPLICATION_ID, backlog.replicationId2());
        assertEquals(-1, backlog.secondReplicationOffset());
        backlog.shiftReplicationId();
        backlog.clearReplicationId2();
        assertEquals(Backlog.NO_REPLICATION_ID, backlog.replicationId2());
        assertEquals(-1, backlog.secondReplicationOffset());
    }

    @Test
    void aBacklogCreatedLaterStartsAfterTheCurrentOffset() {
        Backlog backlog = new Backlog(replicas, 100);
        backlog.adoptMasterHistory("b".repeat(40), 68);
        backlog.create();
        assertEquals(69, backlog.firstByteOffset());
        assertEquals(0, backlog.histlen());
        assertEquals(new Backlog.Resync.Continue(69), backlog.tryPartialResync("b".repeat(40), 69));
    }

    @Test
    void resizingKeepsTheMostRecentHistoryThatFits() {
        Backlog backlog = new Backlog(replicas, 10);
        backlog.create();
        backlog.feed(bytes("0123456789abc"));
        backlog.resize(4);
        assertEquals(4, backlog.histlen());
        assertEquals("9abc", text(backlog.bytesFrom(backlog.firstByteOffset())));
        backlog.resize(20);
        backlog.feed(bytes("de"));
        assertArrayEquals(bytes("9abcde"), backlog.bytesFrom(backlog.firstByteOffset()));
        assertEquals(10, backlog.firstByteOffset());
    }

    @Test
    void aReplicaForwardsItsMastersStreamAndAppendsNothingOfItsOwn() {
        Backlog backlog = new Backlog(replicas, 100);
        backlog.create();
        backlog.setProxying(true);
        backlog.append(new Effect(0, argv("SET", "local", "write")));
        assertEquals(0, backlog.offset());
        backlog.feed(bytes("*1\r\n$4\r\nPING\r\n"));
        assertEquals(14, backlog.offset());
    }
}
