package io.hexaredis.domain.string;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.domain.error.RedisError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongDoubleTest {

    private static LongDouble parse(String s) {
        return LongDouble.parse(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** The exact value of the long double read from {@code s}, in plain decimal. */
    private static String exact(String s) {
        return parse(s).toBigDecimal().stripTrailingZeros().toPlainString();
    }

    @Test
    void decimalsRoundToA64BitSignificand() {
        // 0.1 lies between two long doubles; the nearest is 0.1 + 1.355e-20
        assertEquals("0.1000000000000000000013552527156068805425093160010874271392822265625", exact("0.1"));
    }

    @Test
    void integersBelow2To64AreExact() {
        assertEquals("18446744073709551615", exact("18446744073709551615"));
    }

    @Test
    void integersAbove2To64RoundHalfToEven() {
        // 2^64 + 1 is halfway between 2^64 and 2^64 + 2: it rounds to the even significand, 2^64
        assertEquals("18446744073709551616", exact("18446744073709551617"));
        assertEquals("18446744073709551620", exact("18446744073709551619"));
    }

    @Test
    void hexadecimalTextsAreExactBinaryFractions() {
        assertEquals("0.25", exact("0x1p-2"));
        assertEquals("15.25", exact("0x1E.8p-1"));
        assertEquals("0.5", exact("0x.8"));
    }

    @Test
    void theSmallestSubnormalIsStillANumber() {
        LongDouble tiny = parse("3.6e-4951");
        assertNotNull(tiny);
        assertEquals(0, tiny.toBigDecimal().compareTo(BigDecimal.ONE.divide(new BigDecimal(java.math.BigInteger.TWO.pow(16445)))));
        assertNull(parse("1e-4951"));
        assertNull(parse("0x1p-16447"));
    }

    @Test
    void zeroIsANumberWhateverItsExponent() {
        assertNotNull(parse("0e999999999999"));
        assertNotNull(parse("-0.0"));
        assertNotNull(parse("0x0p-99999"));
    }

    @Test
    void overflowIsRefusedWhenParsingAndInfiniteWhenAdding() {
        assertNull(parse("1.2e4932"));
        assertNull(parse("0x1p16384"));
        LongDouble largest = parse("0x.ffffffffffffffffp16384");
        assertNotNull(largest);
        assertTrue(largest.add(parse("0x1p16319")).isInfinite());
    }

    @Test
    void infinitiesAndNanWords() {
        assertTrue(parse("inf").isInfinite());
        assertTrue(parse("-INFINITY").isInfinite());
        assertNull(parse("nan"));
        assertNull(parse("infinit"));
    }

    /** Every line of the golden file was produced by real Redis 7.0.15 on x86-64. */
    @Test
    void incrByFloatMatchesRealRedisOnEveryRecordedCase() throws IOException {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        try (InputStream in = getClass().getResourceAsStream("incrbyfloat-redis-7.0.15.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                byte[] value = f[0].isEmpty() ? null : f[0].getBytes(StandardCharsets.US_ASCII);
                String actual;
                try {
                    actual = new String(RedisString.incrByFloat(value, f[1].getBytes(StandardCharsets.US_ASCII)),
                            StandardCharsets.US_ASCII);
                } catch (RedisError e) {
                    actual = e.line();
                }
                cases++;
                if (!actual.equals(f[2])) {
                    failures.add(f[0] + " + " + f[1] + ": expected " + f[2] + " got " + actual);
                }
            }
        }
        assertTrue(cases > 250, "golden cases read: " + cases);
        assertEquals(List.of(), failures);
    }
}
