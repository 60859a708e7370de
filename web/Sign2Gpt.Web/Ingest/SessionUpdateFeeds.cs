using System.Collections.Concurrent;
using System.Threading.Channels;
using Orleans.Streams;
using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Ingest;

/// <summary>
/// This edge's subscriptions to session update streams: one per session however many requests of it wait here,
/// kept a while after the last one leaves, because a client uploads chunk after chunk and each subscription costs a
/// round trip to the cluster.
/// </summary>
public sealed partial class SessionUpdateFeeds : IAsyncDisposable
{
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromSeconds(30);

    private readonly IClusterClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger<SessionUpdateFeeds> _logger;
    private readonly ConcurrentDictionary<Guid, Feed> _feeds = new();
    private readonly ITimer _sweeper;

    public SessionUpdateFeeds(IClusterClient client, TimeProvider time, ILogger<SessionUpdateFeeds> logger)
    {
        _client = client;
        _time = time;
        _logger = logger;
        _sweeper = time.CreateTimer(_ => _ = SweepAsync(), null, IdleLifetime, IdleLifetime);
    }

    /// <summary>Every update the session publishes from now until the listener is disposed.</summary>
    public async Task<Listener> ListenAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var feed = _feeds.GetOrAdd(sessionId, id => new Feed(this, id));
            if (feed.TryAdd(out var listener))
            {
                try
                {
                    await feed.Subscribed.WaitAsync(cancellationToken);
                    return listener;
                }
                catch
                {
                    await listener.DisposeAsync();
                    _feeds.TryRemove(new KeyValuePair<Guid, Feed>(sessionId, feed));
                    throw;
                }
            }

            // The sweeper closed this feed between the lookup and the add; take a fresh one.
            _feeds.TryRemove(new KeyValuePair<Guid, Feed>(sessionId, feed));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _sweeper.DisposeAsync();
        foreach (var feed in _feeds.Values)
        {
            await feed.CloseAsync();
        }
    }

    private async Task SweepAsync()
    {
        var now = _time.GetUtcNow();
        foreach (var (id, feed) in _feeds)
        {
            if (feed.TryCloseIfIdleSince(now - IdleLifetime) && _feeds.TryRemove(new KeyValuePair<Guid, Feed>(id, feed)))
            {
                await feed.CloseAsync();
            }
        }
    }

    /// <summary>One waiting request's view of a feed.</summary>
    public sealed class Listener(Feed feed) : IAsyncDisposable
    {
        private readonly Channel<SessionUpdate> _updates = Channel.CreateUnbounded<SessionUpdate>(new UnboundedChannelOptions { SingleReader = true });

        public ChannelReader<SessionUpdate> Updates => _updates.Reader;

        internal void Deliver(SessionUpdate update) => _updates.Writer.TryWrite(update);

        public ValueTask DisposeAsync()
        {
            feed.Remove(this);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>One session's subscription and the listeners it fans out to.</summary>
    public sealed class Feed
    {
        private readonly SessionUpdateFeeds _owner;
        private readonly Guid _sessionId;
        private readonly Lock _gate = new();
        private readonly List<Listener> _listeners = [];
        private DateTimeOffset _idleSince;
        private bool _closed;

        internal Feed(SessionUpdateFeeds owner, Guid sessionId)
        {
            _owner = owner;
            _sessionId = sessionId;
            _idleSince = owner._time.GetUtcNow();
            Subscribed = SubscribeAsync();
        }

        internal Task<StreamSubscriptionHandle<SessionUpdate>> Subscribed { get; }

        internal bool TryAdd(out Listener listener)
        {
            listener = new Listener(this);
            lock (_gate)
            {
                if (_closed)
                {
                    return false;
                }

                _listeners.Add(listener);
                return true;
            }
        }

        internal void Remove(Listener listener)
        {
            lock (_gate)
            {
                if (_listeners.Remove(listener) && _listeners.Count == 0)
                {
                    _idleSince = _owner._time.GetUtcNow();
                }
            }
        }

        internal bool TryCloseIfIdleSince(DateTimeOffset cutoff)
        {
            lock (_gate)
            {
                _closed = _listeners.Count == 0 && _idleSince <= cutoff;
                return _closed;
            }
        }

        internal async Task CloseAsync()
        {
            try
            {
                await (await Subscribed).UnsubscribeAsync();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The pub-sub entry expires with the session; nothing else depends on this unsubscribe.
                LogUnsubscribeFailed(_owner._logger, e, _sessionId);
            }
        }

        private Task<StreamSubscriptionHandle<SessionUpdate>> SubscribeAsync() =>
            _owner._client.GetStreamProvider(SessionStreams.Provider)
                .GetStream<SessionUpdate>(SessionStreams.Updates(_sessionId))
                .SubscribeAsync((update, _) =>
                {
                    lock (_gate)
                    {
                        foreach (var listener in _listeners)
                        {
                            listener.Deliver(update);
                        }
                    }

                    return Task.CompletedTask;
                });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not unsubscribe from the updates of session {SessionId}")]
    private static partial void LogUnsubscribeFailed(ILogger logger, Exception exception, Guid sessionId);
}
