namespace Sign2Gpt.Client;

/// <summary>What a session is opened with.</summary>
/// <param name="Language">Spoken language to translate into, e.g. "de"; the tenant must have it enabled.</param>
/// <param name="Fps">Frame rate of the video, e.g. from <see cref="VideoSegmenter.ProbeFpsAsync"/>.</param>
/// <param name="Format">How the chunks are to be read.</param>
/// <param name="Adapter">An adapter version to pin instead of the rollout's choice, e.g. "de@v2".</param>
public sealed record StreamOptions(string Language, double Fps, IngestFormat Format = IngestFormat.Container, string? Adapter = null);
