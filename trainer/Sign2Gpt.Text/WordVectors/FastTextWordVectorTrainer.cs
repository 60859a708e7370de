using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Sign2Gpt.Text.WordVectors;

/// <summary>
/// Trains word vectors with the fastText command-line tool on a corpus (one sentence per line, words
/// separated by spaces) and returns the vectors of the requested words. Words are looked up with
/// print-word-vectors, so a word missing from the corpus still gets a vector from its character n-grams.
/// </summary>
public sealed class FastTextWordVectorTrainer(FastTextOptions options)
{
    public FastTextOptions Options { get; } = options;

    public async Task<IReadOnlyDictionary<string, float[]>> TrainAsync(
        IEnumerable<string> corpusLines, IReadOnlyCollection<string> words, CancellationToken cancellationToken)
    {
        var executable = ResolveExecutable(Options.Executable);
        var workDir = Directory.CreateTempSubdirectory("sign2gpt-fasttext-");
        try
        {
            var corpus = Path.Combine(workDir.FullName, "corpus.txt");
            await File.WriteAllLinesAsync(corpus, corpusLines.Where(l => !string.IsNullOrWhiteSpace(l)), new UTF8Encoding(false), cancellationToken);
            if (new FileInfo(corpus).Length == 0)
            {
                throw new InvalidOperationException("The word-vector corpus is empty.");
            }
            var model = Path.Combine(workDir.FullName, "model");
            string[] train =
            [
                "skipgram", "-input", corpus, "-output", model, "-dim", Inv(Options.Dimension), "-epoch", Inv(Options.Epochs),
                "-minCount", Inv(Options.MinCount), "-ws", Inv(Options.WindowSize), "-bucket", Inv(Options.Buckets),
                "-thread", Inv(Options.Threads), "-seed", Inv(Options.Seed), "-verbose", "0",
            ];
            await RunAsync(executable, train, stdin: null, cancellationToken);
            var printed = await RunAsync(executable, ["print-word-vectors", model + ".bin"], string.Join('\n', words) + "\n", cancellationToken);
            return ParseVectors(printed, Options.Dimension);
        }
        finally
        {
            workDir.Delete(recursive: true);
        }
    }

    /// <summary>The executable's full path: as given when it is a path, else the first match on PATH.</summary>
    public static string ResolveExecutable(string executable)
    {
        if (executable.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(executable) ? executable : throw new FastTextNotFoundException(executable);
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                   .Select(dir => Path.Combine(dir, executable))
                   .FirstOrDefault(File.Exists)
               ?? throw new FastTextNotFoundException(executable);
    }

    internal static Dictionary<string, float[]> ParseVectors(string printed, int dimension)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var line in printed.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var cells = line.TrimEnd().Split(' ');
            if (cells.Length != dimension + 1)
            {
                throw new FormatException($"fastText printed {cells.Length - 1} values for '{cells[0]}', expected {dimension}.");
            }
            vectors[cells[0]] = [.. cells.Skip(1).Select(c => float.Parse(c, CultureInfo.InvariantCulture))];
        }
        return vectors;
    }

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(string executable, IEnumerable<string> arguments, string? stdin, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new FastTextNotFoundException(executable);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin.AsMemory(), cancellationToken);
        }
        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"fastText {string.Join(' ', start.ArgumentList.Take(1))} failed with exit code {process.ExitCode}: {(await stderr).Trim()}");
        }
        return await stdout;
    }
}
