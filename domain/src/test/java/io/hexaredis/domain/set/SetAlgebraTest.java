package io.hexaredis.domain.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SetAlgebraTest {

    private static RedisSet of(String... members) {
        RedisSet s = RedisSet.forFirstMember(members[0].getBytes(StandardCharsets.UTF_8));
        for (String m : members) {
            s.add(m.getBytes(StandardCharsets.UTF_8), 512);
        }
        return s;
    }

    private static List<String> text(List<byte[]> members) {
        List<String> out = new ArrayList<>();
        members.forEach(m -> out.add(new String(m, StandardCharsets.UTF_8)));
        return out;
    }

    private static TreeSet<String> sorted(RedisSet s) {
        return new TreeSet<>(text(s.members()));
    }

    @Test
    void intersectionWalksTheSmallestSet() {
        RedisSet big = of("1", "2", "3", "4", "5", "a");
        RedisSet small = of("5", "3", "1");
        assertEquals(List.of("1", "3", "5"), text(SetAlgebra.intersection(List.of(big, small))));
        assertEquals(List.of(), text(SetAlgebra.intersection(List.of(big, small, of("x")))));
        assertEquals(List.of("1", "3", "5"), text(SetAlgebra.intersection(List.of(small, small))));
    }

    @Test
    void intersectionCardinalityStopsAtTheLimit() {
        RedisSet a = of("1", "2", "3", "4");
        RedisSet b = of("2", "3", "4", "5");
        assertEquals(3, SetAlgebra.intersectionCardinality(List.of(a, b), 0));
        assertEquals(2, SetAlgebra.intersectionCardinality(List.of(a, b), 2));
        assertEquals(3, SetAlgebra.intersectionCardinality(List.of(a, b), 10));
    }

    @Test
    void unionOfIntegersIsAnIntsetEvenFromHashtables() {
        RedisSet a = of("a", "1", "2");
        a.remove("a".getBytes(StandardCharsets.UTF_8));
        assertEquals("hashtable", a.encoding());
        RedisSet u = SetAlgebra.union(Arrays.asList(a, null, of("3", "1")), 512);
        assertEquals("intset", u.encoding());
        assertEquals(List.of("1", "2", "3"), text(u.members()));
        assertEquals("hashtable", SetAlgebra.union(List.of(a, of("1", "2", "3", "4")), 3).encoding());
    }

    @Test
    void differenceKeepsWhatOnlyTheFirstSetHas() {
        RedisSet a = of("1", "2", "3", "x");
        assertEquals(new TreeSet<>(List.of("1", "x")), sorted(SetAlgebra.difference(Arrays.asList(a, of("2"), null, of("3", "y")), 512)));
        assertEquals(0, SetAlgebra.difference(List.of(a, a), 512).size());
        assertEquals(0, SetAlgebra.difference(Arrays.asList(null, a), 512).size());
        assertEquals("intset", SetAlgebra.difference(List.of(a, of("x")), 512).encoding());
    }
}
