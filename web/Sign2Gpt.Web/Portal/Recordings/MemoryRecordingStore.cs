using Microsoft.Extensions.Options;

namespace Sign2Gpt.Web.Portal.Recordings;

/// <summary>
/// For a platform without Redis: the most recently written recordings up to <see cref="PortalOptions.MemoryRecordingBytes"/>,
/// the least recently written dropped first. A live recording moves to the back with every chunk, so the one being
/// recorded is the last to go.
/// </summary>
public sealed class MemoryRecordingStore(IOptions<PortalOptions> options) : IRecordingStore
{
    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _recordings = [];
    private readonly Dictionary<Guid, LinkedListNode<Entry>> _bySession = [];
    private long _bytes;

    public Task SaveAsync(Guid sessionId, Recording recording, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Add(new Entry(sessionId, recording.TenantId, recording.ContentType) { Buffer = recording.Bytes, Length = recording.Bytes.Length });
        }

        return Task.CompletedTask;
    }

    public Task BeginAsync(Guid sessionId, string tenantId, string contentType, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Add(new Entry(sessionId, tenantId, contentType) { NextSequence = 0 });
        }

        return Task.CompletedTask;
    }

    public Task<RecordingAppend> AppendAsync(Guid sessionId, long sequence, ReadOnlyMemory<byte> chunk, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_bySession.TryGetValue(sessionId, out var node) || node.Value.NextSequence is not { } next)
            {
                return Task.FromResult(RecordingAppend.NotOpen);
            }

            if (sequence != next)
            {
                return Task.FromResult(sequence < next ? RecordingAppend.Duplicate : RecordingAppend.OutOfOrder);
            }

            var entry = node.Value;
            if (entry.Length + chunk.Length > entry.Buffer.Length)
            {
                // Doubling keeps a long recording's copies proportional to its size, not to its chunk count squared.
                var grown = new byte[Math.Max(entry.Length + chunk.Length, Math.Max(64 * 1024, entry.Buffer.Length * 2))];
                entry.Buffer.AsSpan(0, entry.Length).CopyTo(grown);
                _bytes += grown.Length - entry.Buffer.Length;
                entry.Buffer = grown;
            }

            chunk.Span.CopyTo(entry.Buffer.AsSpan(entry.Length));
            entry.Length += chunk.Length;
            entry.NextSequence = next + 1;
            _recordings.Remove(node);
            _recordings.AddLast(node);
            Evict();
            return Task.FromResult(RecordingAppend.Appended);
        }
    }

    public Task<Recording?> GetAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_bySession.TryGetValue(sessionId, out var node) || node.Value.Length == 0)
            {
                return Task.FromResult<Recording?>(null);
            }

            // A growing recording is copied, so that the caller's bytes do not change under it with the next chunk.
            var entry = node.Value;
            var bytes = entry.NextSequence is null && entry.Length == entry.Buffer.Length ? entry.Buffer : entry.Buffer.AsSpan(0, entry.Length).ToArray();
            return Task.FromResult<Recording?>(new Recording(entry.TenantId, entry.ContentType, bytes));
        }
    }

    private void Add(Entry entry)
    {
        if (_bySession.Remove(entry.SessionId, out var replaced))
        {
            _bytes -= replaced.Value.Buffer.Length;
            _recordings.Remove(replaced);
        }

        _bySession[entry.SessionId] = _recordings.AddLast(entry);
        _bytes += entry.Buffer.Length;
        Evict();
    }

    private void Evict()
    {
        while (_bytes > options.Value.MemoryRecordingBytes && _recordings.First is { } oldest && oldest != _recordings.Last)
        {
            _bytes -= oldest.Value.Buffer.Length;
            _bySession.Remove(oldest.Value.SessionId);
            _recordings.RemoveFirst();
        }
    }

    private sealed class Entry(Guid sessionId, string tenantId, string contentType)
    {
        public Guid SessionId { get; } = sessionId;

        public string TenantId { get; } = tenantId;

        public string ContentType { get; } = contentType;

        /// <summary>The video in its first <see cref="Length"/> bytes; a live recording's buffer has room to grow.</summary>
        public byte[] Buffer { get; set; } = [];

        public int Length { get; set; }

        /// <summary>The chunk a live recording takes next; null for a video saved whole.</summary>
        public long? NextSequence { get; set; }
    }
}
