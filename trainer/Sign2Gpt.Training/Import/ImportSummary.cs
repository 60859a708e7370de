namespace Sign2Gpt.Training.Import;

/// <param name="Checkpoint">The layout's description, e.g. "DINOv2 ViT-S/14".</param>
/// <param name="Tensors">How many model parameters were overwritten from the file.</param>
/// <param name="Values">How many scalars those parameters hold.</param>
/// <param name="KeptFromModel">Optional names the file left out; the model kept its own values.</param>
/// <param name="CheckedTies">Tied copies in the file that were verified equal to what they are tied to, and skipped.</param>
public sealed record ImportSummary(string Checkpoint, int Tensors, long Values, IReadOnlyList<string> KeptFromModel, IReadOnlyList<string> CheckedTies);
