/**
 * The composition root: configuration, wiring, start-up.
 *
 * <p>Redis: main() in server.c (argument handling, loadServerConfig(), initServer(), aeMain()).
 * {@link io.hexaredis.bootstrap.ServerConfig} reads redis.conf and {@code --name value} arguments
 * the way redis-server does; {@link io.hexaredis.bootstrap.ServerComponent} is the Dagger graph,
 * whose modules (one per outer module: domain, application, each adapter) are a readable map of
 * which implementation serves which port. Nothing outside this package knows Dagger.
 */
package io.hexaredis.bootstrap;
