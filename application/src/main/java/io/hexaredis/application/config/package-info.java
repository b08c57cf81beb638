/**
 * The configuration: every parameter of redis.conf, its value, and CONFIG REWRITE.
 *
 * <p>Redis: config.c. {@link io.hexaredis.application.config.ConfigParameters} is the parameter
 * table (standardConfig): every parameter Redis 7.0.15 knows, with its default, its kind (yes/no,
 * integer with a range, memory with units, enum, string, or a syntax of its own like save and
 * client-output-buffer-limit), its alias and flags (immutable, protected, hidden).
 * {@link io.hexaredis.application.config.Config} holds the values in the form CONFIG GET shows
 * and changes several at once atomically, as CONFIG SET does; parts of the server that act on a
 * parameter listen for changes or read it live.
 *
 * <p>CONFIG REWRITE's logic (which lines of the old file to keep, replace, blank or append) is
 * here, as text work in {@link io.hexaredis.application.config.ConfigRewrite}. Reading and
 * atomically replacing the file, and entering the {@code dir} directory, go through
 * {@link io.hexaredis.application.config.ConfigFiles}, implemented in bootstrap: the application
 * may not touch files, and bootstrap is where the config file is read at start-up anyway; the
 * persistence adapter is about the data files (RDB, AOF), not about redis.conf.
 */
package io.hexaredis.application.config;
