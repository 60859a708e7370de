using Microsoft.Extensions.Options;
using Sign2Gpt.Contracts.Datasets;

namespace Sign2Gpt.Web.Training;

/// <summary>
/// Takes a dataset zip from the portal or the admin API into the shared datasets folder, capped at
/// <see cref="DatasetStorageOptions.MaxUploadBytes"/> while it streams, and registers it with the owner's catalog,
/// which queues its import. A refused upload leaves no file behind.
/// </summary>
public sealed class DatasetUploads(IGrainFactory grains, IOptions<DatasetStorageOptions> options)
{
    public long MaxBytes => options.Value.MaxUploadBytes;

    /// <exception cref="DatasetRejectedException">Too large, empty, over the owner's quota, or a language the platform does not serve.</exception>
    public async Task<DatasetInfo> UploadAsync(Stream zip, string? tenantId, string name, string language, string uploadedBy, CancellationToken cancellationToken)
    {
        var datasetId = Guid.NewGuid().ToString("N");
        var path = DatasetFolders.Upload(options.Value.Directory, datasetId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            var size = await CopyCappedAsync(zip, path, cancellationToken);
            var label = string.IsNullOrWhiteSpace(name) ? $"dataset {datasetId[..8]}" : name.Trim();
            return await grains.GetGrain<IDatasetCatalogGrain>(DatasetFolders.Owner(tenantId))
                .AddUploadAsync(new DatasetUpload(datasetId, label, language, size, uploadedBy), cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private async Task<long> CopyCappedAsync(Stream source, string path, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, buffer.Length, useAsync: true);
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > MaxBytes)
            {
                throw new DatasetRejectedException($"The upload is larger than {MaxBytes / (1024.0 * 1024):0.#} MB, the most one dataset may be.");
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total == 0 ? throw new DatasetRejectedException("The upload is empty.") : total;
    }
}
