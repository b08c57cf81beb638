/**
 * When the server saves and loads its data: the policy half of rdb.c and aof.c.
 *
 * <p>{@link io.hexaredis.application.persistence.Persistence} decides what the formats in the
 * persistence adapter are asked to do, and keeps the state INFO persistence reports: loading at
 * start-up (the AOF when appendonly is yes, else the RDB: loadDataFromDisk()), SAVE and BGSAVE,
 * the save points checked by the cron (serverCron()), background jobs and their completion
 * (checkChildrenDone()), the AOF's on/off state machine (startAppendOnly()/stopAppendOnly()),
 * automatic and requested rewrites, and what happens at shutdown (prepareForShutdown()).
 *
 * <p>Background work runs on its own thread with a point-in-time image of the keyspace (the
 * fork-less copy-on-write of domain.persistence) and reports back by finishing: the cron notices,
 * on the event-loop thread, and updates the state, as Redis's parent notices its child exited.
 */
package io.hexaredis.application.persistence;
