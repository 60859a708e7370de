using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Datasets.SynthSign.Grammar;
using Sign2Gpt.Datasets.SynthSign.Signers;

namespace Sign2Gpt.Datasets.SynthSign;

/// <summary>One video to render: who signs what, and where it goes.</summary>
/// <param name="Index">Position in the whole corpus; seeds everything random about the recording.</param>
public sealed record SynthVideo(string Name, CorpusSplit Split, int Index, SignerProfile Signer, SynthSentence Sentence);
