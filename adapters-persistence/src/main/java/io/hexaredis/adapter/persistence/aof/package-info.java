/**
 * The append-only file, Redis 7 style: a directory holding a manifest, a base file and
 * incremental files of commands.
 *
 * <p>Redis: aof.c. {@link io.hexaredis.adapter.persistence.aof.AofJournal} implements the
 * {@code CommandJournal} port: it buffers each propagated effect, writes the buffer before replies
 * are sent and syncs it per {@code appendfsync}, and performs rewrites (new incremental file first,
 * then a new base from a point-in-time image, then an atomic manifest swap).
 * {@link io.hexaredis.adapter.persistence.aof.AofManifest} is the manifest format,
 * {@link io.hexaredis.adapter.persistence.aof.AofLoader} replays one file (loadSingleAppendOnlyFile())
 * and {@link io.hexaredis.adapter.persistence.aof.AofRewriter} writes a base as commands when the
 * RDB preamble is off (rewriteAppendOnlyFileRio()). The files are the same bytes clients send, so
 * redis-check-aof and real Redis read ours, and we read theirs.
 */
package io.hexaredis.adapter.persistence.aof;
