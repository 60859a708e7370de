using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Sign2Gpt.Inference.Backbone;

namespace Sign2Gpt.Datasets.Features;

/// <summary>
/// Features on disk keyed by the video's content hash, the backbone version and the view (e.g.
/// "eval" sampling), so training never runs the backbone twice on the same input. A damaged entry
/// is treated as missing and rewritten.
/// </summary>
public sealed partial class FeatureCache(string root, ILogger<FeatureCache> logger)
{
    public const string EvaluationView = "eval";

    public static string DefaultRoot { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache ? cache : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
        "sign2gpt", "features");

    public string Root => root;

    public async Task<(VideoFeatures Features, bool Hit)> GetOrAddAsync(
        string input,
        string backboneVersion,
        string view,
        Func<CancellationToken, Task<VideoFeatures>> extract,
        CancellationToken cancellationToken)
    {
        var hash = await ContentHash.OfAsync(input, cancellationToken);
        var path = PathFor(hash, backboneVersion, view);
        if (File.Exists(path))
        {
            try
            {
                var cached = await FeatureFile.ReadAsync(path, cancellationToken);
                if (cached.BackboneVersion == backboneVersion)
                {
                    return (cached, true);
                }
            }
            catch (InvalidDataException e)
            {
                logger.LogWarning("Discarding damaged cache entry {Path}: {Reason}", path, e.Message);
            }
        }

        var features = await extract(cancellationToken);
        await FeatureFile.WriteAsync(path, features, cancellationToken);
        return (features, false);
    }

    internal string PathFor(string hash, string backboneVersion, string view) =>
        Path.Combine(root, Slug(backboneVersion), Slug(view), hash[..2], hash + FeatureFile.Extension);

    private static string Slug(string text) => Unsafe().Replace(text.ToLowerInvariant(), "_");

    [GeneratedRegex("[^a-z0-9.-]")]
    private static partial Regex Unsafe();
}
