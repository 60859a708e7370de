using Sign2Gpt.Contracts.Adapters;
using Sign2Gpt.Inference.Adapters;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>Adapter files to publish, made from the demo bundle's shipped adapters.</summary>
public static class DemoAdapters
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "models", "demo", "adapters");

    /// <summary>A shipped adapter's weights relabelled as another version: the English weights published for German translate visibly differently.</summary>
    public static byte[] Relabelled(string shippedLanguage, int version)
    {
        var shipped = LoraAdapterFile.Read(File.ReadAllBytes(Path.Combine(Directory, $"{shippedLanguage}.onnx_adapter")));
        return LoraAdapterFile.Write(new LoraAdapter(version, shipped.ModelVersion, shipped.Parameters));
    }

    /// <summary>A version above every published one and above the shipped v1.</summary>
    public static async Task<int> NextVersionAsync(IAdapterRegistryGrain registry) =>
        Math.Max(1, (await registry.GetRolloutAsync()).Versions.Select(v => v.Version).DefaultIfEmpty(1).Max()) + 1;
}
