package io.hexaredis.application.pubsub;

import io.hexaredis.application.server.ClientSession;
import io.hexaredis.application.server.OutputBufferLimits;
import io.hexaredis.domain.bytes.Bytes;
import io.hexaredis.domain.bytes.Glob;
import io.hexaredis.domain.command.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Publish/subscribe: who listens to which channel or pattern, and delivering messages to them.
 *
 * <p>Redis: pubsub.c. Three namespaces: channels (SUBSCRIBE, PUBLISH), patterns (PSUBSCRIBE, glob
 * matched against the channel of every PUBLISH) and shard channels (SSUBSCRIBE, SPUBLISH; on a
 * single node they behave like channels but are kept apart, as Redis 7.0 keeps them). Messages are
 * pushed to subscribers as {@code message}, {@code pmessage} and {@code smessage} frames: arrays in
 * RESP2, push frames in RESP3, written to each subscriber's output buffer.
 *
 * <p>A subscriber that does not read its messages would make its output buffer grow without end;
 * after each delivery the buffer is checked against {@code client-output-buffer-limit pubsub}
 * (32mb hard, 8mb for 60 seconds soft, by default) and the client is disconnected past it, as
 * Redis's checkClientOutputBufferLimits() does.
 */
public final class PubSub {

    private final Map<Bytes, Set<ClientSession>> channels = new LinkedHashMap<>();
    private final Map<Bytes, Set<ClientSession>> patterns = new LinkedHashMap<>();
    private final Map<Bytes, Set<ClientSession>> shardChannels = new LinkedHashMap<>();
    private final OutputBufferLimits limits;
    private final LongSupplier clockMillis;

    public PubSub(OutputBufferLimits limits, LongSupplier clockMillis) {
        this.limits = limits;
        this.clockMillis = clockMillis;
    }

    private static final byte[] MESSAGE = ascii("message");
    private static final byte[] PMESSAGE = ascii("pmessage");
    private static final byte[] SMESSAGE = ascii("smessage");

    /** The kind of subscription: the words of confirmations, and where subscribers are kept. */
    public enum Kind {
        CHANNEL("subscribe", "unsubscribe"),
        PATTERN("psubscribe", "punsubscribe"),
        SHARD("ssubscribe", "sunsubscribe");

        final byte[] subscribeWord;
        final byte[] unsubscribeWord;

        Kind(String subscribe, String unsubscribe) {
            this.subscribeWord = ascii(subscribe);
            this.unsubscribeWord = ascii(unsubscribe);
        }
    }

    /** (P|S)SUBSCRIBE one name; sends the confirmation to the client. */
    public void subscribe(ClientSession client, Kind kind, byte[] name) {
        Bytes n = Bytes.of(name);
        if (own(client, kind).add(n)) {
            registry(kind).computeIfAbsent(n, k -> new LinkedHashSet<>()).add(client);
        }
        confirm(client, kind.subscribeWord, name, kind);
    }

    /** (P|S)UNSUBSCRIBE one name; sends the confirmation (also when it was not subscribed). */
    public void unsubscribe(ClientSession client, Kind kind, byte[] name) {
        Bytes n = Bytes.of(name);
        if (own(client, kind).remove(n)) {
            Set<ClientSession> subscribers = registry(kind).get(n);
            subscribers.remove(client);
            if (subscribers.isEmpty()) {
                registry(kind).remove(n);
            }
        }
        confirm(client, kind.unsubscribeWord, name, kind);
    }

    /**
     * (P|S)UNSUBSCRIBE without arguments: from every name of that kind; when there was none, one
     * confirmation with a nil name, as Redis sends.
     */
    public void unsubscribeAll(ClientSession client, Kind kind) {
        List<Bytes> names = new ArrayList<>(own(client, kind));
        if (names.isEmpty()) {
            confirm(client, kind.unsubscribeWord, null, kind);
            return;
        }
        for (Bytes n : names) {
            unsubscribe(client, kind, n.bytes());
        }
    }

    /** A client went away (or RESET): drop all its subscriptions without confirmations. */
    public void forget(ClientSession client) {
        for (Kind kind : Kind.values()) {
            for (Bytes n : own(client, kind)) {
                Set<ClientSession> subscribers = registry(kind).get(n);
                if (subscribers != null) {
                    subscribers.remove(client);
                    if (subscribers.isEmpty()) {
                        registry(kind).remove(n);
                    }
                }
            }
            own(client, kind).clear();
        }
    }

    /** PUBLISH: delivers to channel subscribers and matching patterns; returns the receivers. */
    public long publish(byte[] channel, byte[] message) {
        long receivers = 0;
        Set<ClientSession> subscribers = channels.get(Bytes.of(channel));
        if (subscribers != null) {
            Reply frame = new Reply.Push(List.of(Reply.bulk(MESSAGE), Reply.bulk(channel), Reply.bulk(message)));
            for (ClientSession c : List.copyOf(subscribers)) {
                deliver(c, frame);
                receivers++;
            }
        }
        for (Map.Entry<Bytes, Set<ClientSession>> e : List.copyOf(patterns.entrySet())) {
            if (Glob.matches(e.getKey().bytes(), channel)) {
                Reply frame = new Reply.Push(List.of(Reply.bulk(PMESSAGE), Reply.bulk(e.getKey().bytes()),
                        Reply.bulk(channel), Reply.bulk(message)));
                for (ClientSession c : List.copyOf(e.getValue())) {
                    deliver(c, frame);
                    receivers++;
                }
            }
        }
        return receivers;
    }

    /** SPUBLISH: delivers to the shard channel's subscribers. */
    public long publishShard(byte[] channel, byte[] message) {
        Set<ClientSession> subscribers = shardChannels.get(Bytes.of(channel));
        if (subscribers == null) {
            return 0;
        }
        Reply frame = new Reply.Push(List.of(Reply.bulk(SMESSAGE), Reply.bulk(channel), Reply.bulk(message)));
        for (ClientSession c : List.copyOf(subscribers)) {
            deliver(c, frame);
        }
        return subscribers.size();
    }

    /** Channels (or shard channels) with at least one subscriber, matching {@code pattern} if given. */
    public List<byte[]> activeChannels(Kind kind, byte[] pattern) {
        List<byte[]> out = new ArrayList<>();
        for (Bytes n : registry(kind).keySet()) {
            if (pattern == null || Glob.matches(pattern, n.bytes())) {
                out.add(n.bytes());
            }
        }
        return out;
    }

    /** Subscribers of one channel (PUBSUB NUMSUB / SHARDNUMSUB). */
    public int subscriberCount(Kind kind, byte[] channel) {
        Set<ClientSession> s = registry(kind).get(Bytes.of(channel));
        return s == null ? 0 : s.size();
    }

    /** Patterns with at least one subscriber (PUBSUB NUMPAT, INFO pubsub_patterns). */
    public int patternCount() {
        return patterns.size();
    }

    public int channelCount() {
        return channels.size();
    }

    public int shardChannelCount() {
        return shardChannels.size();
    }

    private void deliver(ClientSession client, Reply frame) {
        client.output().send(frame);
        limits.check(client, OutputBufferLimits.Class.PUBSUB, clockMillis.getAsLong());
    }

    private void confirm(ClientSession client, byte[] word, byte[] name, Kind kind) {
        int count = kind == Kind.SHARD ? client.subscriptions().shardChannels().size()
                : client.subscriptions().classicCount();
        client.output().send(new Reply.Push(List.of(Reply.bulk(word), name == null ? Reply.NIL : Reply.bulk(name),
                Reply.integer(count))));
    }

    private Set<Bytes> own(ClientSession client, Kind kind) {
        return switch (kind) {
            case CHANNEL -> client.subscriptions().channels();
            case PATTERN -> client.subscriptions().patterns();
            case SHARD -> client.subscriptions().shardChannels();
        };
    }

    private Map<Bytes, Set<ClientSession>> registry(Kind kind) {
        return switch (kind) {
            case CHANNEL -> channels;
            case PATTERN -> patterns;
            case SHARD -> shardChannels;
        };
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
