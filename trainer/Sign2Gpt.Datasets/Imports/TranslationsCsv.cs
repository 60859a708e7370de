using Sylvan.Data.Csv;

namespace Sign2Gpt.Datasets.Imports;

/// <summary>Reads translations.csv by its header names, so that columns may come in any order.</summary>
public static class TranslationsCsv
{
    /// <exception cref="FormatException">No header with video and translation, or a row that is not CSV.</exception>
    public static async Task<IReadOnlyList<TranslationRow>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(path);
        await using var csv = await CsvDataReader.CreateAsync(text, new CsvDataReaderOptions { HasHeaders = true }, cancellationToken);
        var (video, translation) = (Column(csv, "video"), Column(csv, "translation"));
        if (video < 0 || translation < 0)
        {
            throw new FormatException("the header must name the columns video and translation (split and signer are optional)");
        }

        var (split, signer) = (Column(csv, "split"), Column(csv, "signer"));
        var rows = new List<TranslationRow>();
        while (await csv.ReadAsync(cancellationToken))
        {
            rows.Add(new TranslationRow(Field(csv, video)!, Field(csv, translation)!, Field(csv, split), Field(csv, signer)));
        }

        return rows;
    }

    private static int Column(CsvDataReader csv, string name)
    {
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (string.Equals(csv.GetName(i).Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Field(CsvDataReader csv, int column) =>
        column < 0 ? null : column < csv.RowFieldCount ? csv.GetString(column).Trim() : "";
}
