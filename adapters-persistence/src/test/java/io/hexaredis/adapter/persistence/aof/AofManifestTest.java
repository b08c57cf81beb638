package io.hexaredis.adapter.persistence.aof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AofManifestTest {

    @Test
    void redisManifestParsesAndRendersIdentically() throws IOException {
        String text = "file appendonly.aof.2.base.rdb seq 2 type b\n"
                + "file appendonly.aof.1.base.rdb seq 1 type h\n"
                + "file appendonly.aof.3.incr.aof seq 3 type i\n"
                + "file appendonly.aof.4.incr.aof seq 4 type i\n";
        AofManifest m = AofManifest.parse(text);
        assertEquals("appendonly.aof.2.base.rdb", m.base().name());
        assertEquals(List.of("appendonly.aof.2.base.rdb", "appendonly.aof.3.incr.aof", "appendonly.aof.4.incr.aof"),
                m.loadOrder().stream().map(AofManifest.FileInfo::name).toList());
        assertEquals(text, m.render());
    }

    @Test
    void commentsBlankLinesAndUnknownKeysAreIgnored() throws IOException {
        AofManifest m = AofManifest.parse("# a comment\n\nfile a.1.base.rdb seq 1 type b future yes\r\n");
        assertEquals("a.1.base.rdb", m.base().name());
    }

    @Test
    void newBaseAndIncrementalFilesFollowTheirOwnSequences() throws IOException {
        AofManifest m = AofManifest.parse("file appendonly.aof.1.base.rdb seq 1 type b\nfile appendonly.aof.1.incr.aof seq 1 type i\n");
        m.newIncr("appendonly.aof");
        m.newBase("appendonly.aof", false);
        m.markIncrsAsHistory(1);
        assertEquals("file appendonly.aof.2.base.aof seq 2 type b\n"
                + "file appendonly.aof.1.base.rdb seq 1 type h\n"
                + "file appendonly.aof.1.incr.aof seq 1 type h\n"
                + "file appendonly.aof.2.incr.aof seq 2 type i\n", m.render());
    }

    @Test
    void namesWithSpacesAreQuotedAndReadBack() throws IOException {
        AofManifest m = new AofManifest();
        m.newBase("my file", true);
        assertEquals("file \"my file.1.base.rdb\" seq 1 type b\n", m.render());
        assertEquals("my file.1.base.rdb", AofManifest.parse(m.render()).base().name());
    }

    @Test
    void ambiguousManifestsAreRefusedWithRedisMessages() {
        assertEquals("Found duplicate base file information", assertThrows(IOException.class, () -> AofManifest.parse(
                "file a seq 1 type b\nfile b seq 2 type b\n")).getMessage());
        assertEquals("Found a non-monotonic sequence number", assertThrows(IOException.class, () -> AofManifest.parse(
                "file a seq 2 type i\nfile b seq 1 type i\n")).getMessage());
        assertEquals("Invalid AOF manifest file format", assertThrows(IOException.class, () -> AofManifest.parse(
                "file a seq\n")).getMessage());
        assertEquals("Invalid AOF manifest file format", assertThrows(IOException.class, () -> AofManifest.parse(
                "file \"unterminated seq 1 type b\n")).getMessage());
    }
}
