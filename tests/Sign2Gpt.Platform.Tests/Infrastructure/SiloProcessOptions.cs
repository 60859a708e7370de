namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <param name="Name">Names the log file and the lines about this silo in failures.</param>
/// <param name="Configuration">Settings as the silo reads them ("Section:Key"), passed as environment variables.</param>
/// <param name="Directory">The silo's working directory and where its log goes; holds no appsettings.json, so only
/// <paramref name="Configuration"/> and the silo's defaults apply, as under ./sign2gpt up.</param>
public sealed record SiloProcessOptions(string Name, int SiloPort, int GatewayPort, string Directory, IReadOnlyDictionary<string, string> Configuration);
