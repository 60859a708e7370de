using Sign2Gpt.Inference.Tokenization;
using Sign2Gpt.Training.Model;
using static TorchSharp.torch;

namespace Sign2Gpt.Training.Runs;

/// <summary>
/// How runs hand models to each other: every run folder holds model.bin (the whole Sign2GptModel, or lm.bin
/// for the LM run) and the files its model is sized by (tokenizer, pseudo-gloss inventory).
/// </summary>
public static class ModelFiles
{
    public const string ModelFile = "model.bin";

    /// <summary>A model sized by <paramref name="config"/>, the tokenizer and the gloss inventory, with optional weights loaded.</summary>
    public static Sign2GptModel Create(ModelConfig config, BpeTokenizer tokenizer, PseudoGlossInventory inventory)
    {
        var sized = config with { Decoder = LanguageModelRun.DecoderFor(config, tokenizer) };
        var model = new Sign2GptModel(sized, inventory.Vocabulary.Count);
        model.Head.SetPrototypes(tensor(inventory.Prototypes.Values.ToArray(), [inventory.Prototypes.Rows, inventory.Prototypes.Dimension]));
        return model;
    }

    /// <summary>Loads the base LM's weights into the model's language model (all of them must be there).</summary>
    public static void LoadLanguageModel(Sign2GptModel model, string lmDirectory)
    {
        var path = Path.Combine(lmDirectory, LanguageModelRun.WeightsFile);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{lmDirectory}' holds no trained LM ({LanguageModelRun.WeightsFile}); run 'train lm' first.", path);
        }

        model.Language.load(path, strict: true);
    }

    /// <summary>Loads every tensor a previous run saved, e.g. the stage 1 encoder, or a whole stage 2 model.</summary>
    public static void LoadModel(Sign2GptModel model, string runDirectory)
    {
        var path = Path.Combine(runDirectory, ModelFile);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{runDirectory}' holds no trained model ({ModelFile}).", path);
        }

        model.load(path, strict: false);
    }

    public static BpeTokenizer LoadTokenizer(string lmDirectory) => BpeTokenizer.Load(Path.Combine(lmDirectory, LanguageModelRun.TokenizerFile));
}
