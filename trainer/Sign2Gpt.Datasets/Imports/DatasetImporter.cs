using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Inference.Media;

namespace Sign2Gpt.Datasets.Imports;

/// <summary>
/// Imports a tenant's labelled videos from a zip: a PHOENIX-2014-T layout, or video files with a translations.csv
/// (<c>video,translation[,split][,signer]</c>). Every row and every video is checked before anything is kept, and
/// every problem is reported with the name the uploader gave it; a dataset with any problem is not imported at all.
/// What is imported is a PHOENIX-2014-T layout (videos become 25 fps frame folders) with a
/// <see cref="DatasetManifest"/>, so that training reads tenant data like any other corpus.
/// </summary>
public sealed partial class DatasetImporter(VideoDecoder decoder, ILogger<DatasetImporter> logger)
{
    public const string CsvLayout = "videos + translations.csv";
    public const string TranslationsFile = "translations.csv";
    public const double FramesPerSecond = 25;

    private const string FramesFolder = "fullFrame-210x260px";

    /// <param name="destination">Where the corpus goes; it must not exist, and exists afterwards only if the import succeeded.</param>
    public async Task<DatasetImportReport> ImportAsync(string zipPath, string language, string destination, DatasetLimits limits, CancellationToken cancellationToken)
    {
        if (Directory.Exists(destination))
        {
            throw new IOException($"'{destination}' already exists; an import never overwrites a dataset.");
        }

        var staging = $"{destination}.staging-{Guid.NewGuid():N}";
        try
        {
            var problems = Unpack(zipPath, staging, limits);
            if (problems.Count > 0)
            {
                return Refused(null, problems);
            }

            var (root, isPhoenix) = FindRoot(staging);
            if (root is null)
            {
                return Refused(null, [new("upload", $"holds neither {PhoenixCorpus.AnnotationPath("", CorpusSplit.Train).TrimStart('/')} (PHOENIX-2014-T) nor {TranslationsFile} with video files")]);
            }

            var corpus = isPhoenix ? root : Path.Combine(staging, ".corpus");
            var layout = isPhoenix ? PhoenixCorpus.LayoutName : CsvLayout;
            var (samples, found) = isPhoenix
                ? await CheckPhoenixAsync(root, limits, cancellationToken)
                : await ConvertCsvAsync(root, corpus, limits, cancellationToken);
            if (found.Count > 0)
            {
                return Refused(layout, found);
            }

            await new DatasetManifest(language, layout, await HashAsync(zipPath, cancellationToken), DateTimeOffset.UtcNow).WriteAsync(corpus, cancellationToken);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(destination))!);
            Directory.Move(corpus, destination);
            LogImported(logger, destination, layout, samples.Values.Sum());
            return new DatasetImportReport(true, layout, [], samples);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static List<DatasetImportProblem> Unpack(string zipPath, string staging, DatasetLimits limits)
    {
        var problems = new List<DatasetImportProblem>();
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException)
        {
            return [new("upload", "is not a zip file")];
        }

        using (zip)
        {
            long bytes = 0;
            foreach (var entry in zip.Entries)
            {
                bytes += entry.Length;
                var segments = entry.FullName.Split('/', '\\');
                if (Path.IsPathRooted(entry.FullName) || segments.Contains(".."))
                {
                    problems.Add(new(entry.FullName, "points outside the dataset"));
                }
            }

            if (zip.Entries.Count > limits.MaxFiles)
            {
                problems.Add(new("upload", $"holds {zip.Entries.Count} files; a dataset may hold {limits.MaxFiles}"));
            }

            if (bytes > limits.MaxBytes)
            {
                problems.Add(new("upload", $"unpacks to {bytes / (1024 * 1024)} MB; a dataset may take {limits.MaxBytes / (1024 * 1024)} MB"));
            }

            if (problems.Count == 0)
            {
                zip.ExtractToDirectory(staging);
            }
        }

        return problems;
    }

    /// <summary>The dataset's root: the zip's top, or the one folder it holds.</summary>
    private static (string? Root, bool IsPhoenix) FindRoot(string staging)
    {
        var candidates = new List<string> { staging };
        if (Directory.GetFiles(staging).Length == 0 && Directory.GetDirectories(staging) is [var only])
        {
            candidates.Add(only);
        }

        foreach (var candidate in candidates)
        {
            if (File.Exists(PhoenixCorpus.AnnotationPath(candidate, CorpusSplit.Train)))
            {
                return (candidate, true);
            }

            if (File.Exists(Path.Combine(candidate, TranslationsFile)))
            {
                return (candidate, false);
            }
        }

        return (null, false);
    }

    private async Task<(Dictionary<CorpusSplit, int>, List<DatasetImportProblem>)> CheckPhoenixAsync(string root, DatasetLimits limits, CancellationToken cancellationToken)
    {
        var problems = new List<DatasetImportProblem>();
        var samples = new Dictionary<CorpusSplit, int>();
        foreach (var split in Enum.GetValues<CorpusSplit>())
        {
            var path = PhoenixCorpus.AnnotationPath(root, split);
            if (!File.Exists(path))
            {
                continue;
            }

            var file = Path.GetRelativePath(root, path);
            var lines = await File.ReadAllLinesAsync(path, cancellationToken);
            if (lines.Length == 0 || lines[0].Trim() != PhoenixCorpus.Header)
            {
                problems.Add(new(file, $"must start with the header '{PhoenixCorpus.Header}'"));
                continue;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var line = 1; line < lines.Length; line++)
            {
                if (lines[line].Trim().Length == 0)
                {
                    continue;
                }

                var fields = lines[line].Split('|');
                var item = $"{file} line {line + 1}" + (fields[0].Length > 0 ? $" ({fields[0]})" : "");
                if (fields.Length != 7)
                {
                    problems.Add(new(item, $"has {fields.Length} fields; rows have 7 ({PhoenixCorpus.Header})"));
                    continue;
                }

                var name = fields[0];
                if (!SampleNames.IsValid(name) || !names.Add(name))
                {
                    problems.Add(new(item, SampleNames.IsValid(name) ? "names a sample that an earlier line names too" : "is not a usable sample name"));
                    continue;
                }

                if (fields[6].Trim().Length == 0)
                {
                    problems.Add(new(item, "has an empty translation"));
                }

                var frames = Path.Combine(root, "features", FramesFolder, split.ToFolderName(), name);
                if (!Directory.Exists(frames) || Directory.GetFiles(frames, "*.png").Length == 0)
                {
                    problems.Add(new(item, $"has no PNG frames in {Path.GetRelativePath(root, frames)}"));
                }
                else if (await ReadableAsync(frames, cancellationToken) is { } unreadable)
                {
                    problems.Add(new(item, unreadable));
                }

                samples[split] = samples.GetValueOrDefault(split) + 1;
            }
        }

        if (samples.Values.Sum() > limits.MaxVideos)
        {
            problems.Add(new("upload", $"holds {samples.Values.Sum()} videos; a dataset may hold {limits.MaxVideos}"));
        }

        return (samples, problems);
    }

    private async Task<(Dictionary<CorpusSplit, int>, List<DatasetImportProblem>)> ConvertCsvAsync(string root, string corpus, DatasetLimits limits, CancellationToken cancellationToken)
    {
        var problems = new List<DatasetImportProblem>();
        IReadOnlyList<TranslationRow> rows;
        try
        {
            rows = await TranslationsCsv.ReadAsync(Path.Combine(root, TranslationsFile), cancellationToken);
        }
        catch (FormatException error)
        {
            return ([], [new(TranslationsFile, $"cannot be read: {error.Message}")]);
        }

        var accepted = new List<(TranslationRow Row, CorpusSplit Split, string Name)>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            var item = $"{TranslationsFile} row {index + 2}" + (row.Video.Length > 0 ? $" ({row.Video})" : "");
            var count = problems.Count;
            var split = CorpusSplit.Train;
            var video = Path.Combine(root, row.Video);
            if (row.Video.Length == 0 || Path.IsPathRooted(row.Video) || row.Video.Split('/', '\\').Contains(".."))
            {
                problems.Add(new(item, "needs the path of a video inside the zip"));
            }
            else if (!File.Exists(video))
            {
                problems.Add(new(item, "names a video that is not in the zip"));
            }
            else if (await ReadableAsync(video, cancellationToken) is { } unreadable)
            {
                problems.Add(new(item, unreadable));
            }

            if (row.Translation.Length == 0 || row.Translation.Contains('|', StringComparison.Ordinal))
            {
                problems.Add(new(item, row.Translation.Length == 0 ? "has an empty translation" : "has a '|' in its translation"));
            }

            if (!string.IsNullOrEmpty(row.Split) && !CorpusSplitNames.TryParse(row.Split.ToLowerInvariant(), out split))
            {
                problems.Add(new(item, $"has split '{row.Split}'; use train, dev or test"));
            }

            var name = Path.GetFileNameWithoutExtension(row.Video);
            if (row.Video.Length > 0 && !names.Add(name))
            {
                problems.Add(new(item, $"names a video called '{name}' like an earlier row"));
            }

            if (problems.Count == count)
            {
                accepted.Add((row, split, name));
            }
        }

        if (rows.Count == 0 || rows.Count > limits.MaxVideos)
        {
            problems.Add(new(TranslationsFile, rows.Count == 0 ? "lists no videos" : $"lists {rows.Count} videos; a dataset may hold {limits.MaxVideos}"));
        }

        if (problems.Count > 0)
        {
            return ([], problems);
        }

        foreach (var (row, split, name) in accepted)
        {
            var frames = Path.Combine(corpus, "features", FramesFolder, split.ToFolderName(), name);
            Directory.CreateDirectory(frames);
            if (await ExtractFramesAsync(Path.Combine(root, row.Video), frames, cancellationToken) is { } failed)
            {
                problems.Add(new($"{row.Video}", failed));
            }
        }

        foreach (var split in accepted.GroupBy(a => a.Split))
        {
            var path = PhoenixCorpus.AnnotationPath(corpus, split.Key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllLinesAsync(path, [PhoenixCorpus.Header, .. split.Select(a =>
                $"{a.Name}|{a.Name}/1/*.png|-1|-1|{a.Row.Signer?.Replace('|', '/')}||{a.Row.Translation.ReplaceLineEndings(" ")}")], cancellationToken);
        }

        return (accepted.GroupBy(a => a.Split).ToDictionary(g => g.Key, g => g.Count()), problems);
    }

    /// <summary>Null when ffmpeg reads the video (or the first frame of a folder); else why not.</summary>
    private async Task<string?> ReadableAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await decoder.InspectAsync(path, cancellationToken);
            return null;
        }
        catch (VideoDecodeException unreadable)
        {
            return $"cannot be read as a video: {unreadable.Message}";
        }
    }

    private static async Task<string?> ExtractFramesAsync(string video, string folder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-v", "error", "-i", video, "-vf", $"fps={FramesPerSecond.ToString(CultureInfo.InvariantCulture)}", "-start_number", "1", Path.Combine(folder, "images%04d.png")])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 && Directory.GetFiles(folder, "*.png").Length > 0 ? null : $"could not be turned into frames: {(await errors).Trim()}";
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
    }

    private DatasetImportReport Refused(string? layout, IReadOnlyList<DatasetImportProblem> problems)
    {
        LogRefused(logger, problems.Count, layout ?? "unknown");
        return new DatasetImportReport(false, layout, problems, new Dictionary<CorpusSplit, int>());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported dataset {Destination} ({Layout}, {Samples} samples)")]
    private static partial void LogImported(ILogger logger, string destination, string layout, int samples);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dataset import refused: {Problems} problems ({Layout})")]
    private static partial void LogRefused(ILogger logger, int problems, string layout);
}
