/**
 * The RDB snapshot format and file: the compact point-in-time image of every database.
 *
 * <p>Redis: rdb.c and rdb.h (the format), rio.c (the byte sink and source with a running checksum),
 * lzf_c.c and lzf_d.c (string compression), crc64.c (the checksum), and the compact encodings
 * a file may contain: listpack.c, ziplist.c, intset.c, zipmap.c, quicklist.c.
 * {@link io.hexaredis.adapter.persistence.rdb.RdbFormat} documents the layout;
 * {@link io.hexaredis.adapter.persistence.rdb.RdbWriter} and
 * {@link io.hexaredis.adapter.persistence.rdb.RdbReader} walk it, through
 * {@link io.hexaredis.adapter.persistence.rdb.RdbOutput} and
 * {@link io.hexaredis.adapter.persistence.rdb.RdbInput}; values are encoded and decoded one type
 * at a time by {@link io.hexaredis.adapter.persistence.rdb.RdbValueWriter} and
 * {@link io.hexaredis.adapter.persistence.rdb.RdbValueReader}.
 * {@link io.hexaredis.adapter.persistence.rdb.RdbSnapshotStore} implements the SnapshotStore port:
 * SAVE's atomic file replacement, loading, and the DUMP/RESTORE payload.
 */
package io.hexaredis.adapter.persistence.rdb;
