namespace Sign2Gpt.Cli.Publish;

/// <summary>Neither --operator-key nor a key file: a setup problem, told in one line like the server's refusals.</summary>
internal sealed class MissingOperatorKeyException(string message) : Exception(message);
