package io.hexaredis.adapter.persistence.rdb;

/**
 * The RDB file format: its layout, opcodes, value types and encodings, as Redis 7.0 writes them
 * (RDB version 10).
 *
 * <p>Redis: rdb.h, where these numbers are defined. A file is:
 * <pre>
 *   "REDIS" "0010"                          magic and 4-digit version
 *   FA key value  (AUX)  ...                redis-ver, redis-bits, ctime, used-mem, aof-base
 *   F5 library-code  (FUNCTION2) ...        Redis functions (none here)
 *   FE db  (SELECTDB)                       for each database with keys:
 *   FB size expires  (RESIZEDB)               hash table size hints
 *   [FC ms8]  type key value  ...            one per key; FC = expiry, 8-byte little-endian ms
 *   FF  (EOF)
 *   crc64                                   8 bytes little-endian of everything before; 0 = not computed
 * </pre>
 *
 * <h2>Lengths</h2>
 * Counts and string lengths use a variable-size encoding chosen by the top two bits of the first
 * byte (rdbSaveLen()/rdbLoadLenByRef()):
 * <pre>
 *   00LLLLLL                          6-bit length (0..63)
 *   01LLLLLL LLLLLLLL                 14-bit length, big-endian (64..16383)
 *   10000000 [4 bytes]                32-bit length, big-endian
 *   10000001 [8 bytes]                64-bit length, big-endian
 *   11EEEEEE                          not a length: a specially encoded string follows (below)
 * </pre>
 *
 * <h2>Strings</h2>
 * A string is a length and its bytes, or one of the special encodings
 * (rdbSaveRawString()/rdbGenericLoadStringObject()):
 * <pre>
 *   11000000 b                        the decimal integer b (int8)
 *   11000001 bb                       int16, little-endian
 *   11000010 bbbb                     int32, little-endian
 *   11000011 clen len [clen bytes]    LZF-compressed, len bytes once decompressed
 * </pre>
 * Integers are used for strings of at most 11 characters that are the canonical decimal form of a
 * 32-bit number; LZF for strings longer than 20 bytes when rdbcompression is on and it saves at
 * least 4 bytes.
 */
public final class RdbFormat {

    private RdbFormat() {}

    public static final int VERSION = 10; // RDB_VERSION of Redis 7.0
    public static final byte[] MAGIC = {'R', 'E', 'D', 'I', 'S'};

    // ---- length encoding (the two top bits of the first byte) ----
    static final int LEN_6BIT = 0;       // RDB_6BITLEN
    static final int LEN_14BIT = 1;      // RDB_14BITLEN
    static final int LEN_32BIT = 0x80;   // RDB_32BITLEN, whole first byte
    static final int LEN_64BIT = 0x81;   // RDB_64BITLEN, whole first byte
    static final int ENCVAL = 3;         // RDB_ENCVAL: a special string encoding follows
    static final int ENC_INT8 = 0;       // RDB_ENC_INT8
    static final int ENC_INT16 = 1;      // RDB_ENC_INT16
    static final int ENC_INT32 = 2;      // RDB_ENC_INT32
    static final int ENC_LZF = 3;        // RDB_ENC_LZF

    // ---- value types (the byte before a key) ----
    public static final int TYPE_STRING = 0;              // length-prefixed or encoded string
    public static final int TYPE_LIST = 1;                // count + strings (before 3.2)
    public static final int TYPE_SET = 2;                 // count + strings
    public static final int TYPE_ZSET = 3;                // count + (member, score as text) (before 4.0)
    public static final int TYPE_HASH = 4;                // count + (field, value)
    public static final int TYPE_ZSET_2 = 5;              // count + (member, binary double score)
    public static final int TYPE_MODULE_PRE_GA = 6;       // module value, never written by a released Redis
    public static final int TYPE_MODULE_2 = 7;            // module value with typed opcodes
    public static final int TYPE_HASH_ZIPMAP = 9;         // zipmap blob (before 2.6)
    public static final int TYPE_LIST_ZIPLIST = 10;       // ziplist blob (before 3.2)
    public static final int TYPE_SET_INTSET = 11;         // intset blob
    public static final int TYPE_ZSET_ZIPLIST = 12;       // ziplist blob of member, score (before 7.0)
    public static final int TYPE_HASH_ZIPLIST = 13;       // ziplist blob of field, value (before 7.0)
    public static final int TYPE_LIST_QUICKLIST = 14;     // count + ziplist blobs (3.2 to 6.2)
    public static final int TYPE_STREAM_LISTPACKS = 15;   // stream (5.0 to 6.2)
    public static final int TYPE_HASH_LISTPACK = 16;      // listpack blob of field, value (7.0)
    public static final int TYPE_ZSET_LISTPACK = 17;      // listpack blob of member, score (7.0)
    public static final int TYPE_LIST_QUICKLIST_2 = 18;   // count + (container, listpack or plain blob) (7.0)
    public static final int TYPE_STREAM_LISTPACKS_2 = 19; // stream with consumer group metadata (7.0)

    // ---- opcodes (where a value type would be) ----
    public static final int OPCODE_FUNCTION2 = 0xF5;        // a function library: its code as a string
    public static final int OPCODE_FUNCTION_PRE_GA = 0xF6;  // functions of 7.0 release candidates, refused
    public static final int OPCODE_MODULE_AUX = 0xF7;       // module data not tied to a key
    public static final int OPCODE_IDLE = 0xF8;             // LRU idle seconds of the next key, a length
    public static final int OPCODE_FREQ = 0xF9;             // LFU counter of the next key, one byte
    public static final int OPCODE_AUX = 0xFA;              // auxiliary field: two strings
    public static final int OPCODE_RESIZEDB = 0xFB;         // two lengths: keys and keys with expiry
    public static final int OPCODE_EXPIRETIME_MS = 0xFC;    // expiry of the next key, 8-byte little-endian ms
    public static final int OPCODE_EXPIRETIME = 0xFD;       // expiry of the next key, 4-byte little-endian s (old)
    public static final int OPCODE_SELECTDB = 0xFE;         // the following keys belong to this database
    public static final int OPCODE_EOF = 0xFF;              // end of data; the checksum follows

    // ---- containers of a quicklist node (TYPE_LIST_QUICKLIST_2) ----
    static final int QUICKLIST_NODE_PLAIN = 1;   // one large element stored as it is
    static final int QUICKLIST_NODE_PACKED = 2;  // a listpack of elements

    // ---- module values: the typed opcodes of RDB_TYPE_MODULE_2 and MODULE_AUX ----
    static final int MODULE_OPCODE_EOF = 0;     // end of the module value
    static final int MODULE_OPCODE_SINT = 1;    // signed integer, as a length
    static final int MODULE_OPCODE_UINT = 2;    // unsigned integer, as a length
    static final int MODULE_OPCODE_FLOAT = 3;   // 4-byte float
    static final int MODULE_OPCODE_DOUBLE = 4;  // 8-byte double
    static final int MODULE_OPCODE_STRING = 5;  // a string

    // ---- the score encoding of TYPE_ZSET (text with a one-byte length) ----
    static final int SCORE_NAN = 253;
    static final int SCORE_POS_INF = 254;
    static final int SCORE_NEG_INF = 255;

    /** Redis's refusal of a file from a newer Redis (rdbLoadRio()). */
    static String unsupportedVersion(int version) {
        return "Can't handle RDB format version " + version;
    }

    /** True when {@code type} is a value type this format defines. */
    static boolean isValueType(int type) {
        return type >= TYPE_STRING && type <= TYPE_STREAM_LISTPACKS_2 && type != 8;
    }
}
