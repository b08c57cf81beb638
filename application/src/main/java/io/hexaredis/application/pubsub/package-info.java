/**
 * Publish/subscribe and keyspace notifications.
 *
 * <p>Redis: pubsub.c and notify.c. {@link io.hexaredis.application.pubsub.PubSub} keeps who
 * listens to which channel, pattern or shard channel and delivers messages, bounding slow
 * subscribers with client-output-buffer-limit; {@link io.hexaredis.application.pubsub.KeyspaceEvents}
 * turns keyspace changes into messages on {@code __keyspace@db__:key} and
 * {@code __keyevent@db__:event} as notify-keyspace-events asks.
 */
package io.hexaredis.application.pubsub;
