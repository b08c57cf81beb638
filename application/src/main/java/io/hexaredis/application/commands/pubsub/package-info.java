/**
 * The pub/sub commands: SUBSCRIBE and friends, PUBLISH, PUBSUB.
 *
 * <p>Redis: pubsub.c, the command half. The registry of subscribers and the delivery of messages
 * live in {@code application.pubsub}; these classes parse and call it. Confirmations and messages
 * are pushed to the client (push frames in RESP3), which is why the subscribe commands answer
 * nothing themselves.
 */
package io.hexaredis.application.commands.pubsub;
