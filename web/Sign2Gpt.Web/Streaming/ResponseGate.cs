using Grpc.Core;
using Wire = Sign2Gpt.Ingest.V1;

namespace Sign2Gpt.Web.Streaming;

/// <summary>
/// One response stream written by two loops, the chunk loop (acknowledgements, refusals) and the session watch
/// (hypotheses): <see cref="IServerStreamWriter{T}"/> allows one write at a time, so they take turns here.
/// </summary>
internal sealed class ResponseGate(IServerStreamWriter<Wire.ServerMessage> stream) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task WriteAsync(Wire.ServerMessage message, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            await stream.WriteAsync(message, cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose() => _turn.Dispose();
}
