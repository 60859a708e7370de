using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sign2Gpt.Datasets.SynthSign;
using Sign2Gpt.Datasets.SynthSign.Signers;
using Sign2Gpt.Trainer.Hosting;

namespace Sign2Gpt.Trainer.Retraining;

/// <summary>
/// The fixed set each language's candidates and live versions are scored on: SynthSign videos of that language from a
/// seed of their own, so its signers are none the model or any tenant trained on. Generated once per worker folder;
/// every job of a language after that scores on the very same videos.
/// </summary>
internal sealed class ReferenceSets(IOptions<TrainerOptions> options, ILogger<SynthSignGenerator> logger)
{
    private readonly SemaphoreSlim _generating = new(1, 1);

    /// <exception cref="InvalidOperationException">No SynthSign language is signed for this spoken language.</exception>
    public async Task<string> GetAsync(string language, CancellationToken cancellationToken)
    {
        var signed = SynthSignLanguage.All.FirstOrDefault(l => l.SpokenLanguage == language)
            ?? throw new InvalidOperationException($"There is no reference set for '{language}'.");
        var settings = options.Value;
        var root = Path.GetFullPath(Path.Combine(settings.WorkDirectory, "reference", $"{signed.Id}-seed{settings.ReferenceSeed}-{settings.ReferenceVideos}"));
        await _generating.WaitAsync(cancellationToken);
        try
        {
            if (SynthSignLanguage.OfCorpus(root) is null)
            {
                // One training video (a corpus needs one), the rest held out, signed by four people.
                await new SynthSignGenerator(logger).GenerateAsync(
                    new SynthSignOptions
                    {
                        Language = signed,
                        OutputDirectory = root,
                        Videos = settings.ReferenceVideos + 1,
                        Seed = settings.ReferenceSeed,
                        SplitRatio = new SplitRatio(1, 0, settings.ReferenceVideos),
                        Signers = new SignerCounts(1, 1, 4),
                    },
                    null,
                    cancellationToken);
            }

            return root;
        }
        finally
        {
            _generating.Release();
        }
    }
}
