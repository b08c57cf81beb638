package io.hexaredis.adapter.persistence.rdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Crc64Test {

    @Test
    void theCheckValueOfTheJonesPolynomialMatchesRedis() {
        assertEquals(0xe9c6d914c4b8d9caL, Crc64.of("123456789".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void theEmptyInputHasChecksumZero() {
        assertEquals(0, Crc64.of(new byte[0]));
    }

    @Test
    void slicingByEightAgreesWithByteAtATimeOverAnySplit() {
        byte[] data = new byte[1000];
        new Random(7).nextBytes(data);
        long bytewise = 0;
        for (byte b : data) {
            bytewise = Crc64.update(bytewise, b);
        }
        assertEquals(bytewise, Crc64.of(data));
        long split = Crc64.update(Crc64.update(0, data, 0, 333), data, 333, 667);
        assertEquals(bytewise, split);
    }
}
