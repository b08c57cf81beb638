package io.hexaredis.application.config;

import java.io.IOException;

/**
 * What the configuration needs from the file system: the config file CONFIG REWRITE rewrites, and
 * the working directory that {@code dir} names.
 *
 * <p>Redis: the file handling of config.c: rewriteConfigReadOldFile() and
 * rewriteConfigOverwriteFile() (write a temporary file, fsync, rename over the old one), and
 * chdir()/getcwd() behind the {@code dir} parameter. The rewrite itself (which lines to keep,
 * replace, blank or append) is pure text work done by {@link ConfigRewrite}; only the bytes in
 * and out go through here. The application may not touch files (an architecture rule), so
 * bootstrap, which already reads redis.conf, implements this; unit tests use an in-memory one.
 */
public interface ConfigFiles {

    /** For a server without a file system (unit tests): no file to rewrite, any directory accepted. */
    ConfigFiles NONE = new ConfigFiles() {
        @Override
        public String read(String path) throws IOException {
            throw new IOException("No such file or directory");
        }

        @Override
        public void replace(String path, String content) throws IOException {
            throw new IOException("Read-only file system");
        }

        @Override
        public String changeDirectory(String current, String path) {
            return path;
        }
    };

    /** The whole text of the file at {@code path}, or null when it does not exist. */
    String read(String path) throws IOException;

    /**
     * Replaces the file at {@code path} with {@code content} atomically: readers see the old file or
     * the new one, never a mix. The exception message is the system's reason ("Permission denied").
     */
    void replace(String path, String content) throws IOException;

    /**
     * chdir(): the absolute path of the directory {@code path} names, relative paths taken from
     * {@code current}; throws {@link IllegalArgumentException} with the system's reason ("No such
     * file or directory", "Not a directory") when it is not a directory one can enter.
     */
    String changeDirectory(String current, String path);
}
