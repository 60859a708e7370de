namespace Sign2Gpt.Inference.Bundles;

/// <summary>A model bundle is incomplete, damaged or inconsistent; the message names the file and the problem.</summary>
public sealed class BundleFormatException(string message, Exception? inner = null) : Exception(message, inner);
