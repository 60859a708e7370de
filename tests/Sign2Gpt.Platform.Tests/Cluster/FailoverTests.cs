using System.Diagnostics;
using Sign2Gpt.Client;
using Sign2Gpt.Contracts.Sessions;
using Sign2Gpt.Platform.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sign2Gpt.Platform.Tests.Cluster;

/// <summary>
/// Failover with every part real: two silo processes on a real Redis, the web front end as its own process, and the
/// reference client streaming the demo video over HTTP in real time while the silo that hosts its session is killed.
/// </summary>
[Collection(ProcessClusterCollection.Name)]
public sealed class FailoverTests(ProcessCluster cluster, ITestOutputHelper output)
{
    /// <summary>Long enough for the membership to declare a killed silo dead, which the client has to wait out.</summary>
    private static readonly IngestClientOptions Patient = new() { RetryBudget = TimeSpan.FromMinutes(3), RequestTimeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task A_session_whose_silo_is_killed_mid_stream_continues_on_the_other_silo_and_ends_as_an_undisturbed_one()
    {
        var web = await cluster.StartWebAsync();
        var apiKey = await Infrastructure.Tenants.IssueKeyAsync(cluster.Grains);
        var undisturbed = await StreamAsync(web, apiKey, paced: false, new TimedProgress(), CancellationToken.None);

        var progress = new TimedProgress();
        using var sent = new MemoryStream();
        var streaming = StreamAsync(web, apiKey, paced: true, progress, CancellationToken.None, sent);
        var sessionId = await progress.SessionOpened.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await progress.Acknowledged(2).WaitAsync(TimeSpan.FromMinutes(1));
        var session = cluster.Grains.GetGrain<ISessionGrain>(sessionId);
        var host = (await cluster.Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(session))!;
        var victim = cluster.SiloAt(host);
        var killedAt = progress.Clock.Elapsed;
        await victim.KillAsync();
        try
        {
            var disturbed = await streaming;
            var newHost = await cluster.Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(session);
            var resumedAt = progress.Events.First(e => e.At > killedAt && e.Event is ChunkAcknowledged).At;
            var resent = progress.Events.Select(e => e.Event).OfType<ConnectionResumed>().Sum(r => r.Resent);
            output.WriteLine($"killed {victim.Name} at {killedAt.TotalSeconds:0.0} s; first chunk acknowledged again {(resumedAt - killedAt).TotalSeconds:0.0} s later; chunks re-sent {resent}; session now on {newHost}");

            Assert.Equal(IngestStatus.Completed, disturbed.Status);
            Assert.NotNull(newHost);
            Assert.NotEqual(host, newHost);
            Assert.Equal(sent.Length, disturbed.BytesReceived);
            Assert.Equal((undisturbed.Final!.Text, undisturbed.Final.Adapter), (disturbed.Final!.Text, disturbed.Final.Adapter));
            Assert.Equal((await DemoVideo.TranslateOfflineAsync(sent.ToArray(), "de")).Text, disturbed.Final.Text);
            var acknowledged = progress.Events.Select(e => e.Event).OfType<ChunkAcknowledged>().Where(a => a.Status == "accepted").Select(a => a.Sequence).ToList();
            Assert.Equal(acknowledged.Distinct().Count(), acknowledged.Count);
        }
        finally
        {
            await cluster.RestartAsync(victim);
        }
    }

    [Fact]
    public async Task A_session_streamed_through_a_redis_crash_and_restart_completes_with_the_translation_of_what_was_sent()
    {
        var web = await cluster.StartWebAsync();
        var apiKey = await Infrastructure.Tenants.IssueKeyAsync(cluster.Grains);
        var progress = new TimedProgress();
        using var sent = new MemoryStream();
        var streaming = StreamAsync(web, apiKey, paced: true, progress, CancellationToken.None, sent);
        await progress.Acknowledged(2).WaitAsync(TimeSpan.FromMinutes(1));

        var restartedAt = progress.Clock.Elapsed;
        await cluster.Redis.RestartAsync();
        var done = await streaming;

        var after = progress.Events.Where(e => e.At > restartedAt && e.Event is ChunkAcknowledged).Select(e => e.At).DefaultIfEmpty(restartedAt).First();
        output.WriteLine($"Redis killed and restarted at {restartedAt.TotalSeconds:0.0} s; next chunk acknowledged {(after - restartedAt).TotalSeconds:0.0} s later");
        Assert.Equal(IngestStatus.Completed, done.Status);
        Assert.Equal(sent.Length, done.BytesReceived);
        Assert.Equal((await DemoVideo.TranslateOfflineAsync(sent.ToArray(), "de")).Text, done.Final!.Text);
    }

    [Fact]
    public async Task Restarting_every_silo_one_by_one_under_load_from_several_clients_fails_no_session()
    {
        const int Clients = 3;
        var web = await cluster.StartWebAsync();
        var apiKey = await Infrastructure.Tenants.IssueKeyAsync(cluster.Grains);
        var expected = (await StreamAsync(web, apiKey, paced: false, new TimedProgress(), CancellationToken.None)).Final!.Text;
        using var rolling = new CancellationTokenSource();
        var results = new List<(int Client, IngestSnapshot? Session, Exception? Failure)>();
        var load = Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            while (!rolling.IsCancellationRequested)
            {
                try
                {
                    var session = await StreamAsync(web, apiKey, paced: true, new TimedProgress(), CancellationToken.None);
                    lock (results)
                    {
                        results.Add((client, session, null));
                    }
                }
                catch (Exception e) when (e is IngestClientException or HttpRequestException or TimeoutException)
                {
                    lock (results)
                    {
                        results.Add((client, null, e));
                    }
                }
            }
        })).ToList();

        var clock = Stopwatch.StartNew();
        foreach (var silo in cluster.Silos)
        {
            // Let every client have a session in flight on the silos before the next one goes.
            await Task.Delay(TimeSpan.FromSeconds(5));
            await silo.StopAsync();
            await cluster.RestartAsync(silo);
        }

        await rolling.CancelAsync();
        await Task.WhenAll(load);

        output.WriteLine($"rolled {cluster.Silos.Count} silos in {clock.Elapsed.TotalSeconds:0} s under {Clients} clients: {results.Count} sessions, {results.Count(r => r.Failure is not null)} failed");
        Assert.All(results, r => Assert.True(r.Failure is null, $"client {r.Client}: {r.Failure}"));
        Assert.All(results, r => Assert.Equal((IngestStatus.Completed, expected), (r.Session!.Status, r.Session.Final?.Text)));
        Assert.True(results.Count >= Clients, "every client finished at least one session");
    }

    private static async Task<IngestSnapshot> StreamAsync(Uri web, string apiKey, bool paced, TimedProgress progress, CancellationToken cancellationToken, MemoryStream? sent = null)
    {
        using var http = IngestClient.CreateHttpClient(web, apiKey);
        using var segmenter = new VideoSegmenter(DemoVideo.Path) { Paced = paced };
        var fps = await segmenter.ProbeFpsAsync(cancellationToken);
        var chunks = segmenter.ReadChunksAsync(cancellationToken);
        return await new IngestClient(http, Patient).StreamAsync(sent is null ? chunks : Uploads.Copied(chunks, sent), new StreamOptions("de", fps), progress, cancellationToken);
    }

    /// <summary>Every event with when it came, and signals for the moments the test acts on.</summary>
    private sealed class TimedProgress : IProgress<ClientEvent>
    {
        private readonly Lock _gate = new();
        private readonly List<(TimeSpan At, ClientEvent Event)> _events = [];
        private readonly Dictionary<long, TaskCompletionSource> _acknowledged = [];

        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        public TaskCompletionSource<Guid> SessionOpened { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<(TimeSpan At, ClientEvent Event)> Events
        {
            get
            {
                lock (_gate)
                {
                    return [.. _events];
                }
            }
        }

        /// <summary>Completes once chunk <paramref name="sequence"/> (or a later one) is acknowledged.</summary>
        public Task Acknowledged(long sequence)
        {
            lock (_gate)
            {
                if (_events.Any(e => e.Event is ChunkAcknowledged a && a.Sequence >= sequence))
                {
                    return Task.CompletedTask;
                }

                return (_acknowledged[sequence] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            }
        }

        public void Report(ClientEvent value)
        {
            lock (_gate)
            {
                _events.Add((Clock.Elapsed, value));
                if (value is Sign2Gpt.Client.SessionOpened opened)
                {
                    SessionOpened.TrySetResult(opened.SessionId);
                }

                if (value is ChunkAcknowledged acknowledged)
                {
                    foreach (var waiting in _acknowledged.Where(w => w.Key <= acknowledged.Sequence))
                    {
                        waiting.Value.TrySetResult();
                    }
                }
            }
        }
    }
}
