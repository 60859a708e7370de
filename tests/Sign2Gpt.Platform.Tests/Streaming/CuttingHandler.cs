namespace Sign2Gpt.Platform.Tests.Streaming;

/// <summary>
/// A mobile network that drops once: the first gRPC call's answers stop after <paramref name="cutAfterBytes"/> bytes
/// with a broken connection, while chunks the client already sent may or may not have reached the server. Later
/// calls go through untouched.
/// </summary>
internal sealed class CuttingHandler(int cutAfterBytes) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _calls;

    public int Cuts { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (Interlocked.Increment(ref _calls) != 1)
        {
            return response;
        }

        Cuts++;
        var original = response.Content;
        var cut = new StreamContent(new CuttingStream(await original.ReadAsStreamAsync(cancellationToken), cutAfterBytes, original));
        foreach (var header in original.Headers)
        {
            cut.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = cut;
        return response;
    }

    /// <summary>Reads through until the limit, then fails like a reset connection.</summary>
    private sealed class CuttingStream(Stream inner, int limit, IDisposable owner) : Stream
    {
        private int _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_read >= limit)
            {
                throw new IOException("The connection was reset.");
            }

            var read = await inner.ReadAsync(buffer[..Math.Min(buffer.Length, limit - _read)], cancellationToken);
            _read += read;
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                owner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
