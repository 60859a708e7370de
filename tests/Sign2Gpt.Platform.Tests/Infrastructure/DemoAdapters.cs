using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Inference.Adapters;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>Adapter files to publish, made from the demo bundle's shipped adapters.</summary>
public static class DemoAdapters
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "models", "demo", "adapters");

    /// <summary>A shipped adapter's weights relabelled as another version.</summary>
    public static byte[] Relabelled(string shippedLanguage, int version)
    {
        var shipped = LoraAdapterFile.Read(File.ReadAllBytes(Path.Combine(Directory, $"{shippedLanguage}.onnx_adapter")));
        return LoraAdapterFile.Write(new LoraAdapter(version, shipped.ModelVersion, shipped.Parameters));
    }

    /// <summary>
    /// A shipped adapter with every tensor zeroed: its cross-attention gates are shut, so the decoder ignores the video
    /// and writes its language model's own sentence, which no adapter that reads the video translates a sample into.
    /// </summary>
    public static byte[] Blind(string shippedLanguage, int version)
    {
        var shipped = LoraAdapterFile.Read(File.ReadAllBytes(Path.Combine(Directory, $"{shippedLanguage}.onnx_adapter")));
        var zeroed = shipped.Parameters.Select(p => new LoraParameter(p.Name, p.Dims, p.DataType, new byte[p.RawData.Length])).ToList();
        return LoraAdapterFile.Write(new LoraAdapter(version, shipped.ModelVersion, zeroed));
    }

    /// <summary>A version above every published one and above the shipped v1.</summary>
    public static async Task<int> NextVersionAsync(IAdapterRegistryGrain registry) =>
        Math.Max(1, (await registry.GetRolloutAsync()).Versions.Select(v => v.Version).DefaultIfEmpty(1).Max()) + 1;
}
