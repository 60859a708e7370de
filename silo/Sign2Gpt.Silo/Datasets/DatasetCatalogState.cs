using Sign2Gpt.Contracts.Datasets;

namespace Sign2Gpt.Silo.Datasets;

[GenerateSerializer, Alias("Sign2Gpt.DatasetCatalogState")]
public sealed class DatasetCatalogState
{
    [Id(0)]
    public List<DatasetInfo> Datasets { get; set; } = [];
}
