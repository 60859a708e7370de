using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Wire = Sign2Gpt.Ingest.V1;

namespace Sign2Gpt.Platform.Tests.Streaming;

/// <summary>
/// The ingest stream as any gRPC client speaks it, with the server's own message types, for what the reference
/// client never sends: no key, someone else's session, an oversized chunk.
/// </summary>
internal sealed class RawStream : IDisposable
{
    private static readonly Method<Wire.ClientMessage, Wire.ServerMessage> StreamMethod = new(
        MethodType.DuplexStreaming,
        Wire.Ingest.Descriptor.FullName,
        "Stream",
        Marshallers.Create(message => message.ToByteArray(), Wire.ClientMessage.Parser.ParseFrom),
        Marshallers.Create(message => message.ToByteArray(), Wire.ServerMessage.Parser.ParseFrom));

    private readonly AsyncDuplexStreamingCall<Wire.ClientMessage, Wire.ServerMessage> _call;
    private readonly CancellationToken _cancellationToken;

    private RawStream(AsyncDuplexStreamingCall<Wire.ClientMessage, Wire.ServerMessage> call, CancellationToken cancellationToken)
    {
        _call = call;
        _cancellationToken = cancellationToken;
    }

    public static RawStream Open(GrpcChannel channel, string? apiKey, CancellationToken cancellationToken)
    {
        var headers = new Metadata();
        if (apiKey is not null)
        {
            headers.Add("authorization", $"Bearer {apiKey}");
        }

        var call = channel.CreateCallInvoker().AsyncDuplexStreamingCall(StreamMethod, null, new CallOptions(headers, cancellationToken: cancellationToken));
        return new RawStream(call, cancellationToken);
    }

    public static Wire.ClientMessage Start(string language = "de", string? resume = null)
    {
        var start = new Wire.Start { Language = language, Format = Wire.VideoFormat.Container, Fps = 25 };
        if (resume is not null)
        {
            start.SessionId = resume;
        }

        return new Wire.ClientMessage { Start = start };
    }

    public static Wire.ClientMessage Chunk(long sequence, byte[] data) =>
        new() { Chunk = new Wire.Chunk { Sequence = sequence, Data = ByteString.CopyFrom(data) } };

    public static Wire.ClientMessage End(long lastSequence) => new() { End = new Wire.End { LastSequence = lastSequence } };

    public Task SendAsync(Wire.ClientMessage message) => _call.RequestStream.WriteAsync(message, _cancellationToken);

    public Task CompleteAsync() => _call.RequestStream.CompleteAsync();

    /// <summary>The next message; throws the call's status when it ended in error, and fails when it ended cleanly.</summary>
    public async Task<Wire.ServerMessage> ReceiveAsync()
    {
        Assert.True(await _call.ResponseStream.MoveNext(_cancellationToken), "The stream ended.");
        return _call.ResponseStream.Current;
    }

    /// <summary>How the server ends a call it refuses outright, read from the answers as any client learns it.</summary>
    public async Task<RpcException> RefusalAsync(Wire.ClientMessage first)
    {
        try
        {
            await SendAsync(first);
        }
        catch (RpcException)
        {
            // The call may be over before the first write; its status and trailers follow on the answers.
        }

        return await Assert.ThrowsAsync<RpcException>(ReceiveAsync);
    }

    /// <summary>Messages until the one that <paramref name="until"/> accepts, which is the last one returned.</summary>
    public async Task<List<Wire.ServerMessage>> ReceiveUntilAsync(Func<Wire.ServerMessage, bool> until)
    {
        List<Wire.ServerMessage> messages = [];
        do
        {
            messages.Add(await ReceiveAsync());
        }
        while (!until(messages[^1]));

        return messages;
    }

    public void Dispose() => _call.Dispose();
}
