package io.hexaredis.domain.zset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ZsetListpackTest {

    private final ZsetListpack lp = new ZsetListpack();

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void insertsKeepOrderAndMembersStayIntactWhenBytesShift() {
        lp.insert(2, b("bob"));
        lp.insert(1, b("alice"));
        lp.insert(2, b("an"));
        lp.insert(3, b(""));
        assertEquals("[alice=1.0, an=2.0, bob=2.0, =3.0]", lp.toString());
        assertEquals(2, lp.find(b("bob")));
        assertEquals(3, lp.find(b("")));
        assertEquals(-1, lp.find(b("bo")));
        assertEquals(10, lp.memberBytes());
    }

    @Test
    void deletingARunShiftsTheRestBack() {
        for (int i = 0; i < 50; i++) {
            lp.insert(i, b("member-" + i));
        }
        lp.delete(10, 40);
        assertEquals(20, lp.size());
        assertArrayEquals(b("member-9"), lp.member(9));
        assertArrayEquals(b("member-40"), lp.member(10));
        assertEquals(40, lp.score(10));
        assertEquals(10, lp.find(b("member-40")));
        lp.delete(0, 20);
        assertEquals("[]", lp.toString());
        assertEquals(0, lp.memberBytes());
    }

    @Test
    void scoreRangesAreFoundFromEitherEnd() {
        for (int i = 1; i <= 5; i++) {
            lp.insert(i, b("m" + i));
        }
        ScoreRange r = ScoreRange.parse(b("(1"), b("4"));
        assertEquals(1, lp.firstInRange(r));
        assertEquals(3, lp.lastInRange(r));
        assertEquals(-1, lp.firstInRange(ScoreRange.parse(b("(5"), b("9"))));
        assertEquals(-1, lp.lastInRange(ScoreRange.parse(b("-9"), b("(1"))));
    }

    @Test
    void negativeZeroIsStoredAsZero() {
        lp.insert(-0.0, b("a"));
        assertEquals(0x0L, Double.doubleToRawLongBits(lp.score(0)));
    }
}
