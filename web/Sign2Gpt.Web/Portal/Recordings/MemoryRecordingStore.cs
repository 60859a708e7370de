using Microsoft.Extensions.Options;

namespace Sign2Gpt.Web.Portal.Recordings;

/// <summary>For a platform without Redis: the newest recordings up to <see cref="PortalOptions.MemoryRecordingBytes"/>, oldest dropped first.</summary>
public sealed class MemoryRecordingStore(IOptions<PortalOptions> options) : IRecordingStore
{
    private readonly Lock _gate = new();
    private readonly LinkedList<(Guid SessionId, Recording Recording)> _recordings = [];
    private long _bytes;

    public Task SaveAsync(Guid sessionId, Recording recording, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Remove(sessionId);
            _recordings.AddLast((sessionId, recording));
            _bytes += recording.Bytes.Length;
            while (_bytes > options.Value.MemoryRecordingBytes && _recordings.First is { } oldest && oldest != _recordings.Last)
            {
                _bytes -= oldest.Value.Recording.Bytes.Length;
                _recordings.RemoveFirst();
            }
        }

        return Task.CompletedTask;
    }

    public Task<Recording?> GetAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<Recording?>(_recordings.FirstOrDefault(r => r.SessionId == sessionId).Recording);
        }
    }

    private void Remove(Guid sessionId)
    {
        for (var node = _recordings.First; node is not null; node = node.Next)
        {
            if (node.Value.SessionId == sessionId)
            {
                _bytes -= node.Value.Recording.Bytes.Length;
                _recordings.Remove(node);
                return;
            }
        }
    }
}
