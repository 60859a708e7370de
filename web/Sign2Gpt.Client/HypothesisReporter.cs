namespace Sign2Gpt.Client;

/// <summary>
/// Reports each new partial hypothesis once, and the final translation, whatever transport delivers them: a poll,
/// a reopened event stream or a resumed gRPC stream repeats the hypothesis already shown.
/// </summary>
internal sealed class HypothesisReporter(IProgress<ClientEvent>? progress)
{
    private string? _lastPartial;

    public void Partial(IngestTranslation partial)
    {
        if (partial.Text != _lastPartial)
        {
            _lastPartial = partial.Text;
            progress?.Report(new PartialTranslation(partial));
        }
    }

    public void Final(IngestTranslation final) => progress?.Report(new FinalTranslation(final));
}
