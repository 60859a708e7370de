using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sign2Gpt.Cli.Bench;

internal sealed class BenchPlatformSettings : CommandSettings
{
    /// <summary>The demo tenant's concurrent-session quota, which every part's sessions share.</summary>
    public const int TenantSessions = 8;

    public static readonly string[] Parts = ["a", "b", "c", "d", "e"];

    [CommandOption("--only <PARTS>")]
    [Description("Parts to run, comma-separated: a throughput, b real-time streams, c adapter swap, d ingest alone, e memory (default: all).")]
    public string Only { get; init; } = string.Join(',', Parts);

    [CommandOption("--video <PATH>")]
    [Description("Video every stream sends (default: the demo bundle's 10 s SynthSign sample, samples/bench-10s.mp4).")]
    public string? Video { get; init; }

    [CommandOption("--copies <N>")]
    [Description("(a) Unpaced streams of the video at once, and bare-pipeline translations of it.")]
    public int Copies { get; init; } = 4;

    [CommandOption("--stream-seconds <S>")]
    [Description("(b, e) Length of each real-time stream (the video looped); 40 s gives one stream 20 windows, the fewest whose p95 is not simply the worst.")]
    public double StreamSeconds { get; init; } = 40;

    [CommandOption("--max-streams <K>")]
    [Description("(b) Most concurrent real-time streams tried.")]
    public int MaxStreams { get; init; } = 6;

    [CommandOption("--sessions <S>")]
    [Description("(e) Real-time sessions active while the silo's memory is read.")]
    public int Sessions { get; init; } = 3;

    [CommandOption("--swap-workers <N>")]
    [Description("(c) Clients sending back-to-back sessions while the adapter is swapped.")]
    public int SwapWorkers { get; init; } = 2;

    [CommandOption("--ingest-sessions <N>")]
    [Description("(d) Concurrent uploading sessions with inference off.")]
    public int IngestSessions { get; init; } = 4;

    [CommandOption("--ingest-chunks <N>")]
    [Description("(d) Chunks each of those sessions uploads.")]
    public int IngestChunks { get; init; } = 200;

    [CommandOption("--ingest-chunk-bytes <N>")]
    [Description("(d) Chunk size; about one 1-s fragment of the sample video, as a paced phone sends it.")]
    public int IngestChunkBytes { get; init; } = 24 * 1024;

    public IReadOnlySet<string> Selected => Only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(p => p.ToLowerInvariant()).ToHashSet();

    public override ValidationResult Validate()
    {
        if (Selected.Count == 0 || Selected.Except(Parts).FirstOrDefault() is { } unknown)
        {
            return ValidationResult.Error($"--only takes a comma-separated list of {string.Join(", ", Parts)}.");
        }

        if (Video is not null && !File.Exists(Video))
        {
            return ValidationResult.Error($"Video '{Video}' does not exist.");
        }

        foreach (var (name, value) in new[] { ("--copies", Copies), ("--max-streams", MaxStreams), ("--sessions", Sessions), ("--ingest-sessions", IngestSessions) })
        {
            if (value is < 1 or > TenantSessions)
            {
                return ValidationResult.Error($"{name} must be between 1 and {TenantSessions} (the demo tenant's concurrent sessions), not {value}.");
            }
        }

        if (SwapWorkers is < 1 or > TenantSessions / 2)
        {
            return ValidationResult.Error($"--swap-workers must be between 1 and {TenantSessions / 2}, not {SwapWorkers}.");
        }

        if (StreamSeconds < 2 * Platform.LiveStream.WindowSeconds)
        {
            return ValidationResult.Error($"--stream-seconds must be at least {2 * Platform.LiveStream.WindowSeconds}.");
        }

        return IngestChunks < 1 || IngestChunkBytes is < 1 or > Client.ClientStreamSettings.MaxChunkBytes
            ? ValidationResult.Error($"--ingest-chunks must be positive and --ingest-chunk-bytes between 1 and {Client.ClientStreamSettings.MaxChunkBytes}.")
            : ValidationResult.Success();
    }
}
