namespace Sign2Gpt.Text.WordVectors;

/// <summary>The fastText command-line tool is not installed where it was looked for.</summary>
public sealed class FastTextNotFoundException(string executable)
    : Exception($"fastText executable '{executable}' was not found. Install it with 'apt-get install -y fasttext' (Debian) or set FastTextOptions.Executable to its path.")
{
    public string Executable { get; } = executable;
}
