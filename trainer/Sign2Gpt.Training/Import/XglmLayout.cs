namespace Sign2Gpt.Training.Import;

/// <summary>
/// A Hugging Face XGLM checkpoint (XGLMForCausalLM: model.embed_tokens, model.layers.N.self_attn.q_proj,
/// ..., model.layer_norm) → language_model.* of the model, whose module names mirror XGLM's. The
/// "model." prefix is optional, so a bare XGLMModel's weights import too. lm_head.weight is tied to the
/// embeddings in XGLM and in this model, so it is accepted only when it equals them.
/// <para>
/// GPT-2 is not offered: it learns its position embeddings (wpe) where this LM adds fixed sinusoids, does
/// not scale token embeddings by √d, and uses the tanh GELU; its weights would load but compute a
/// different function. (Its fused c_attn and Conv1D-transposed weights would only need reshaping.)
/// </para>
/// </summary>
public sealed class XglmLayout : ICheckpointLayout
{
    private const string Prefix = "model.";
    private const string LanguageModelHead = "lm_head.weight";

    public static XglmLayout Instance { get; } = new();

    public string Description => "XGLM";

    public string ModelPrefix => "language_model.";

    public IReadOnlySet<string> Optional { get; } = new HashSet<string>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Tied { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [LanguageModelHead] = Prefix + "embed_tokens.weight",
    };

    /// <summary>LoRA-wrapped projections hold the pretrained weight in their base_layer, which XGLM does not name.</summary>
    public string FileNameOf(string modelName) => Prefix + string.Join('.', modelName.Split('.').Where(segment => segment != "base_layer"));

    public string Canonical(string fileName) =>
        fileName.StartsWith(Prefix, StringComparison.Ordinal) || fileName == LanguageModelHead ? fileName : Prefix + fileName;
}
