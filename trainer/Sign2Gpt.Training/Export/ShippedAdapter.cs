using System.Globalization;
using Sign2Gpt.Contracts.Bundles;
using Sign2Gpt.Inference.Adapters;
using Sign2Gpt.Training.Runs;

namespace Sign2Gpt.Training.Export;

/// <summary>An adapter to write into a bundle, with how it was trained.</summary>
public sealed record ShippedAdapter(LoraAdapter Weights, BundleAdapterProvenance Provenance)
{
    /// <summary>The adapter of a finished `train adapt` run, with its corpora, data hash, seed and settings from the run's summary.</summary>
    public static async Task<ShippedAdapter> FromRunAsync(string directory, CancellationToken cancellationToken)
    {
        var summary = RunSummary.Load(directory);
        var weights = await LoraAdapterFile.ReadAsync(Path.Combine(directory, AdaptRun.AdapterFile), cancellationToken);
        var options = summary.Options;
        var settings = string.Create(CultureInfo.InvariantCulture,
            $"epochs {options.Epochs}, lr {options.LearningRate:G4}, warm-up {options.WarmupEpochs}, batch {options.BatchSize}");
        return new ShippedAdapter(weights, new BundleAdapterProvenance(string.Join(", ", summary.Corpora), summary.DataHash, summary.Seed, settings));
    }
}
