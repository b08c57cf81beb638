package io.hexaredis.domain.list;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListpackTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> contents(Listpack lp) {
        List<String> out = new ArrayList<>();
        for (int at = lp.first(); at < lp.end(); at = lp.next(at)) {
            out.add(new String(lp.get(at), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static List<String> backwards(Listpack lp) {
        List<String> out = new ArrayList<>();
        for (int at = lp.last(); at >= 0; at = lp.prev(at)) {
            out.add(0, new String(lp.get(at), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void shortElementsCostTwoBytesOfFraming() {
        assertEquals(3, Listpack.entrySize(1));
        assertEquals(127 + 2, Listpack.entrySize(127));
        assertEquals(128 + 4, Listpack.entrySize(128));
        assertEquals(20000 + 6, Listpack.entrySize(20000));
        Listpack lp = new Listpack();
        lp.pushTail(b("abc"));
        lp.pushTail(b(""));
        assertEquals(5 + 2, lp.bytes());
    }

    @Test
    void pushesAtBothEndsAreWalkableInBothDirections() {
        Listpack lp = new Listpack();
        for (int i = 0; i < 100; i++) {
            lp.pushTail(b("t" + i));
            lp.pushHead(b("h" + i));
        }
        assertEquals(200, lp.count());
        List<String> forward = contents(lp);
        assertEquals("h99", forward.get(0));
        assertEquals("t99", forward.get(199));
        assertEquals(forward, backwards(lp));
    }

    @Test
    void lengthsNeedingSeveralBytesReadTheSameBothWays() {
        Listpack lp = new Listpack();
        byte[] big = new byte[300_000];
        big[299_999] = 7;
        lp.pushTail(b("a"));
        lp.pushTail(big);
        lp.pushTail(new byte[200]);
        lp.pushTail(b("z"));
        int p = lp.offsetOf(1);
        assertEquals(300_000, lp.lengthAt(p));
        assertArrayEquals(big, lp.get(p));
        assertEquals(List.of("a"), contents(lp).subList(0, 1));
        assertEquals(contents(lp), backwards(lp));
        assertEquals(p, lp.prev(lp.offsetOf(2)));
    }

    @Test
    void insertAndDeleteInTheMiddleKeepTheOrder() {
        Listpack lp = new Listpack();
        for (String s : new String[] {"a", "b", "d"}) {
            lp.pushTail(b(s));
        }
        lp.insert(lp.offsetOf(2), b("c"));
        assertEquals(List.of("a", "b", "c", "d"), contents(lp));
        int next = lp.delete(lp.offsetOf(1));
        assertEquals("c", new String(lp.get(next), StandardCharsets.UTF_8));
        assertEquals(List.of("a", "c", "d"), contents(lp));
        assertTrue(lp.matches(lp.offsetOf(2), b("d")));
        lp.replace(lp.offsetOf(0), b("a much longer first element"));
        assertEquals(List.of("a much longer first element", "c", "d"), backwards(lp));
    }

    @Test
    void splitAndAppendMoveEntriesBetweenPacks() {
        Listpack lp = new Listpack();
        for (int i = 0; i < 10; i++) {
            lp.pushTail(b(Integer.toString(i)));
        }
        Listpack right = lp.splitAt(6);
        assertEquals(List.of("0", "1", "2", "3", "4", "5"), contents(lp));
        assertEquals(List.of("6", "7", "8", "9"), contents(right));
        lp.appendAll(right);
        assertEquals(10, lp.count());
        assertEquals(contents(lp), backwards(lp));
    }

    @Test
    void manyDeletionsGiveMemoryBack() {
        Listpack lp = new Listpack();
        for (int i = 0; i < 1000; i++) {
            lp.pushTail(b("element-" + i));
        }
        int at = lp.offsetOf(10);
        for (int i = 0; i < 980; i++) {
            at = lp.delete(at);
        }
        assertEquals(20, lp.count());
        assertEquals("element-990", new String(lp.get(at), StandardCharsets.UTF_8));
        assertEquals(contents(lp), backwards(lp));
        Listpack copy = lp.copy();
        assertEquals(contents(lp), contents(copy));
    }
}
