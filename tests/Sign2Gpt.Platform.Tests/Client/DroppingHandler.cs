namespace Sign2Gpt.Platform.Tests.Client;

/// <summary>
/// A mobile network in a bad mood: one chunk upload is lost on the way out, and every fourth one reaches the server
/// but its answer never comes back, which is the case a naive client gets wrong (it resends a chunk the server has,
/// or skips one it lacks). Event streams are cut before they open, so the client has to poll.
/// </summary>
internal sealed class DroppingHandler(int dropBeforeSending) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _uploads;
    private int _droppedBefore;
    private int _droppedAfter;
    private int _eventStreamsCut;

    public int DroppedBeforeSending => Volatile.Read(ref _droppedBefore);

    public int DroppedAfterSending => Volatile.Read(ref _droppedAfter);

    public int EventStreamsCut => Volatile.Read(ref _eventStreamsCut);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get && request.RequestUri?.AbsolutePath.EndsWith("/events", StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref _eventStreamsCut);
            throw new HttpRequestException("The event stream was cut.");
        }

        if (request.Method != HttpMethod.Put || request.RequestUri?.AbsolutePath.Contains("/chunks/", StringComparison.Ordinal) != true)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var upload = Interlocked.Increment(ref _uploads);
        if (upload == dropBeforeSending)
        {
            Interlocked.Increment(ref _droppedBefore);
            throw new HttpRequestException($"Upload {upload} lost before it left the phone.");
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (upload % 4 == 0)
        {
            response.Dispose();
            Interlocked.Increment(ref _droppedAfter);
            throw new HttpRequestException($"Upload {upload} reached the server; its answer was lost.");
        }

        return response;
    }
}
