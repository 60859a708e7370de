using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace Sign2Gpt.Inference.Onnx;

/// <summary>
/// Creates ONNX Runtime sessions on the configured device. CUDA is tried when asked for (or on
/// "auto") and the CPU provider is used when it cannot load, with a log line saying which: the
/// provider list ONNX Runtime reports names CUDA even where no GPU or CUDA library exists.
/// </summary>
public sealed class OnnxSessionFactory(IOptions<InferenceOptions> options, ILogger<OnnxSessionFactory> logger)
{
    private readonly InferenceOptions _options = options.Value;

    public int DecoderIntraOpThreads => _options.DecoderIntraOpThreads;

    /// <param name="intraOpThreads">Threads inside one operator when not the configured default.</param>
    /// <param name="device">
    /// A device of this machine ("cpu", "cuda:N") instead of the configured one. A CUDA device falls back to the CPU
    /// only when the configured device is "auto".
    /// </param>
    public (InferenceSession Session, InferenceDevice Device) Create(byte[] model, string modelName, int? intraOpThreads = null, string? device = null)
    {
        var (sessionOptions, actual) = CreateOptions(modelName, device);
        if (intraOpThreads is { } threads)
        {
            sessionOptions.IntraOpNumThreads = threads;
        }

        using (sessionOptions)
        {
            return (new InferenceSession(model, sessionOptions), actual);
        }
    }

    /// <summary>The device a session asking for <paramref name="device"/> would run on, found by trying its provider.</summary>
    public InferenceDevice Resolve(string device)
    {
        var (sessionOptions, actual) = CreateOptions("device probe", device);
        sessionOptions.Dispose();
        return actual;
    }

    private (SessionOptions Options, InferenceDevice Device) CreateOptions(string modelName, string? device)
    {
        var configured = _options.Device.Trim().ToLowerInvariant();
        var requested = device?.Trim().ToLowerInvariant() ?? configured;
        var mayFallBack = configured == "auto";
        var sessionOptions = NewSessionOptions();
        if (requested == "cpu")
        {
            logger.LogInformation("{Model} runs on {Device} (configured)", modelName, InferenceDevice.Cpu);
            return (sessionOptions, InferenceDevice.Cpu);
        }

        var index = requested.StartsWith("cuda:", StringComparison.Ordinal) && int.TryParse(requested[5..], out var n) ? n : 0;
        var environment = OrtEnv.Instance();
        var logLevel = environment.EnvLogLevel;
        try
        {
            // A missing CUDA library is expected on CPU machines; ONNX Runtime would print it as an error.
            environment.EnvLogLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL;
            sessionOptions.AppendExecutionProvider_CUDA(index);
            logger.LogInformation("{Model} runs on {Device} with the CUDA execution provider", modelName, InferenceDevice.Cuda(index));
            return (sessionOptions, InferenceDevice.Cuda(index));
        }
        catch (Exception e) when (e is OnnxRuntimeException or EntryPointNotFoundException or DllNotFoundException)
        {
            if (!mayFallBack)
            {
                sessionOptions.Dispose();
                throw new InvalidOperationException($"CUDA device {index} was requested for {modelName} but the CUDA execution provider cannot load: {e.Message}", e);
            }

            logger.LogInformation("{Model} runs on {Device}: the CUDA execution provider is unavailable ({Reason})", modelName, InferenceDevice.Cpu, FirstLine(e.Message));
            sessionOptions.Dispose();
            return (NewSessionOptions(), InferenceDevice.Cpu);
        }
        finally
        {
            environment.EnvLogLevel = logLevel;
        }
    }

    private SessionOptions NewSessionOptions() => new()
    {
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        IntraOpNumThreads = _options.IntraOpThreads,
        // LoRA tensors are initializers that are also inputs on purpose; ONNX Runtime warns about each one.
        LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
    };

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
