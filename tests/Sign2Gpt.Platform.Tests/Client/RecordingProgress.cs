using Sign2Gpt.Client;

namespace Sign2Gpt.Platform.Tests.Client;

/// <summary>Keeps every event in the order reported (Progress&lt;T&gt; would post them to the thread pool).</summary>
internal sealed class RecordingProgress : IProgress<ClientEvent>
{
    private readonly Lock _gate = new();
    private readonly List<ClientEvent> _events = [];

    public IReadOnlyList<ClientEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public void Report(ClientEvent value)
    {
        lock (_gate)
        {
            _events.Add(value);
        }
    }
}
