using Sign2Gpt.Contracts.Bundles;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Inference.Translation;
using Sign2Gpt.Training.Runs;

namespace Sign2Gpt.Training.Evaluation;

/// <summary>
/// A retrained candidate beside the adapter served now, both translated through the serving path (ONNX, beam search)
/// on the language's reference set and on the dataset's held-out split: what the gate decides on and a retrain reports.
/// </summary>
/// <param name="CandidateHeldOut">Null (as is <paramref name="ServedHeldOut"/>) when the dataset has no test split.</param>
public sealed record AdapterComparison(
    BundleEvaluation CandidateReference, BundleEvaluation ServedReference, BundleEvaluation? CandidateHeldOut, BundleEvaluation? ServedHeldOut)
{
    /// <param name="progress">0 at the start, 0.5 once the reference set is scored, 1 at the end.</param>
    /// <exception cref="InvalidOperationException">The reference set has no held-out videos.</exception>
    public static async Task<AdapterComparison> RunAsync(
        SignTranslator translator,
        SelectedAdapter candidate,
        SelectedAdapter served,
        string referenceSet,
        string dataset,
        TrainingServices services,
        IProgress<double>? progress,
        CancellationToken cancellationToken)
    {
        progress?.Report(0);
        var referenceVideos = await CorpusVideos.LoadAsync([referenceSet], CorpusSplit.Test, services, null, cancellationToken);
        var candidateReference = Score(translator, referenceVideos, candidate, cancellationToken)
            ?? throw new InvalidOperationException($"The reference set {referenceSet} has no held-out videos.");
        var servedReference = Score(translator, referenceVideos, served, cancellationToken)!;
        progress?.Report(0.5);
        var heldOutVideos = await CorpusVideos.LoadAsync([dataset], CorpusSplit.Test, services, null, cancellationToken);
        var candidateHeldOut = Score(translator, heldOutVideos, candidate, cancellationToken);
        var servedHeldOut = Score(translator, heldOutVideos, served, cancellationToken);
        progress?.Report(1);
        return new AdapterComparison(candidateReference, servedReference, candidateHeldOut, servedHeldOut);
    }

    /// <summary>The adapter's scores on the videos, or null when there are none.</summary>
    private static BundleEvaluation? Score(SignTranslator translator, CorpusVideos videos, SelectedAdapter adapter, CancellationToken cancellationToken) =>
        BundleEvaluator.Score(translator, videos, adapter.Name, adapter, cancellationToken).SingleOrDefault();
}
