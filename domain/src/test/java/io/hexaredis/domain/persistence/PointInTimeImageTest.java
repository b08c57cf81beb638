package io.hexaredis.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.domain.keyspace.Databases;
import io.hexaredis.domain.keyspace.KeyTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A background snapshot sees the keyspace as it was when it began, whatever happens after. */
class PointInTimeImageTest {

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Collects an image as "db/key" -> "value@expireAt". */
    static Map<String, String> collect(KeyspaceImage image) throws IOException {
        Map<String, String> out = new HashMap<>();
        int[] db = {-1};
        image.accept(new KeyspaceImage.Visitor() {
            @Override
            public void database(int index, long size, long expires) {
                db[0] = index;
            }

            @Override
            public void entry(byte[] key, Object value, long expireAt) {
                out.put(db[0] + "/" + new String(key, StandardCharsets.UTF_8),
                        new String((byte[]) value, StandardCharsets.UTF_8) + "@" + expireAt);
            }
        });
        return out;
    }

    @Test
    void writesAfterTheCaptureAreInvisibleToTheImage() throws IOException {
        Databases ks = new Databases(16);
        ks.db(0).set(b("kept"), b("1"));
        ks.db(0).set(b("changed"), b("old"));
        ks.db(0).set(b("deleted"), b("gone"), 5000);
        ks.db(2).set(b("ttl"), b("x"));
        ks.db(2).set(b("swapped"), b("in two"));
        PointInTimeImage image = PointInTimeImage.capture(ks);
        assertSame(image, ks.snapshotGuard());

        ks.db(0).set(b("changed"), b("new"));
        ks.db(0).delete(b("deleted"), 0);
        ks.db(0).set(b("created"), b("later"));
        ks.db(2).setExpire(b("ttl"), 99);
        ks.swap(0, 2);
        ks.db(0).set(b("swapped"), b("overwritten after swap"));
        ks.flushAll();
        ks.db(0).set(b("kept"), b("recreated"));

        Map<String, String> seen = collect(image);
        assertEquals(Map.of("0/kept", "1@-1", "0/changed", "old@-1", "0/deleted", "gone@5000",
                "2/ttl", "x@-1", "2/swapped", "in two@-1"), seen);
        image.release();
        assertNull(ks.snapshotGuard());
    }

    @Test
    void aValueChangedInPlaceIsCopiedBeforeTheChange() throws IOException {
        Databases ks = new Databases(16);
        byte[] value = b("abc");
        ks.db(0).set(b("k"), value);
        PointInTimeImage image = PointInTimeImage.capture(ks);
        ks.db(0).beforeChange(b("k"));
        value[0] = 'X'; // what an in-place command would do after announcing the change
        assertEquals("abc@-1", collect(image).get("0/k"));
        assertEquals(1, image.copies());
        image.release();
    }

    @Test
    void aWriteToTheKeyBeingSerializedWaitsUntilTheWriterIsDoneWithIt() throws Exception {
        Databases ks = new Databases(16);
        ks.db(0).set(b("only"), b("before"));
        PointInTimeImage image = PointInTimeImage.capture(ks);
        CountDownLatch writerInside = new CountDownLatch(1);
        CountDownLatch writeAttempted = new CountDownLatch(1);
        AtomicReference<String> written = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                image.accept(new KeyspaceImage.Visitor() {
                    @Override
                    public void database(int index, long size, long expires) {}

                    @Override
                    public void entry(byte[] key, Object value, long expireAt) {
                        writerInside.countDown();
                        try {
                            writeAttempted.await();
                            Thread.sleep(100); // the event loop is now blocked on this key
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        written.set(new String((byte[]) value, StandardCharsets.UTF_8));
                    }
                });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        writerInside.await();
        writeAttempted.countDown();
        ks.db(0).set(b("only"), b("after"));
        assertEquals("before", written.get(), "the write waited for the writer to finish with the key");
        writer.join();
        assertArrayEquals(b("after"), ks.db(0).getString(b("only"), 0));
        image.release();
    }

    @Test
    void aConcurrentWriteLoadNeverLeaksIntoTheImage() throws Exception {
        Databases ks = new Databases(16);
        for (int i = 0; i < 20_000; i++) {
            ks.db(i % 3).set(b("key" + i), b("v0-" + i), i % 5 == 0 ? 1_000_000 + i : KeyTable.NO_EXPIRY);
        }
        Map<String, String> expected = collect(KeyspaceImage.live(ks));
        PointInTimeImage image = PointInTimeImage.capture(ks);
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                seen.set(collect(image));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        java.util.Random r = new java.util.Random(9);
        for (int n = 0; writer.isAlive() || n < 50_000; n++) {
            int i = r.nextInt(25_000);
            int db = i % 3;
            switch (r.nextInt(4)) {
                case 0 -> ks.db(db).set(b("key" + i), b("v" + n + "-" + i));
                case 1 -> ks.db(db).delete(b("key" + i), 0);
                case 2 -> ks.db(db).setExpire(b("key" + i), n);
                default -> ks.db(db).persist(b("key" + i));
            }
            if (n > 2_000_000) {
                break;
            }
        }
        writer.join();
        assertEquals(expected, seen.get());
        assertTrue(image.copies() > 0);
        image.release();
    }
}
