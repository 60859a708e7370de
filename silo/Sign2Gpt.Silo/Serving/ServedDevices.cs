using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sign2Gpt.Inference.Onnx;

namespace Sign2Gpt.Silo.Serving;

/// <summary>
/// The devices this silo serves on, "auto" resolved to what ONNX Runtime can load here. Decided once, before the
/// silo starts, because the silo's metadata (which placement reads) is fixed at start.
/// </summary>
public sealed record ServedDevices(IReadOnlyList<string> Names)
{
    public static ServedDevices FromConfiguration(IConfiguration configuration)
    {
        var serving = configuration.GetSection(ServingOptions.Section).Get<ServingOptions>() ?? new ServingOptions();
        var inference = configuration.GetSection(InferenceOptions.Section).Get<InferenceOptions>() ?? new InferenceOptions();
        var probe = new OnnxSessionFactory(Options.Create(inference), NullLogger<OnnxSessionFactory>.Instance);
        var names = (serving.Devices.Length == 0 ? ["auto"] : serving.Devices)
            .Select(device => device.Trim().ToLowerInvariant())
            .Select(device => device == "auto" ? probe.Resolve("auto").ToString() : device)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new ServedDevices(names);
    }
}
