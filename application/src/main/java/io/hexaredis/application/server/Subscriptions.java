package io.hexaredis.application.server;

import io.hexaredis.domain.bytes.Bytes;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one client listens to: channels (SUBSCRIBE), patterns (PSUBSCRIBE) and shard channels
 * (SSUBSCRIBE). Redis: {@code c->pubsub_channels}, {@code c->pubsub_patterns},
 * {@code c->pubsubshard_channels}. The counts are what (un)subscribe confirmations report.
 */
public final class Subscriptions {

    private final Set<Bytes> channels = new LinkedHashSet<>();
    private final Set<Bytes> patterns = new LinkedHashSet<>();
    private final Set<Bytes> shardChannels = new LinkedHashSet<>();

    public Set<Bytes> channels() {
        return channels;
    }

    public Set<Bytes> patterns() {
        return patterns;
    }

    public Set<Bytes> shardChannels() {
        return shardChannels;
    }

    /** Channels plus patterns: the count SUBSCRIBE and PSUBSCRIBE replies carry. */
    public int count() {
        return channels.size() + patterns.size() + shardChannels.size();
    }

    /** Channels plus patterns, without shard channels (the count of (P)SUBSCRIBE confirmations). */
    public int classicCount() {
        return channels.size() + patterns.size();
    }
}
