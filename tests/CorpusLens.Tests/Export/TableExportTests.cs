using Apache.Arrow;
using Apache.Arrow.Ipc;
using CorpusLens.Export;
using CorpusLens.Tests.Charts;
using Parquet;

namespace CorpusLens.Tests.Export;

public sealed class TableExportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("corpuslens-tables-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Parquet_keeps_column_types_and_missing_values()
    {
        var path = Path.Combine(folder, "figures.parquet");
        await TableExport.WriteParquetAsync(SampleFrames.FundingFigures(), path);
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(SampleFrames.FundingFigures().Columns.Select(column => column.Name), fields.Select(field => field.Name));
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(4, group.RowCount);
        var years = new int?[4];
        await group.ReadAsync<int>(fields.Single(field => field.Name == "year"), years.AsMemory());
        Assert.Equal(new int?[] { 2019, 2023, null, 2023 }, years);
        var usd = new double?[4];
        await group.ReadAsync<double>(fields.Single(field => field.Name == "usd"), usd.AsMemory());
        Assert.Equal(1e10, usd[1]);
        Assert.True(double.IsNaN(usd[3]!.Value));
        var currencies = new string?[4];
        await group.ReadAsync(fields.Single(field => field.Name == "currency"), currencies.AsMemory());
        Assert.Equal(new string?[] { "USD", "USD", "USD", "EUR" }, currencies.AsEnumerable());
        var derived = new bool?[4];
        await group.ReadAsync<bool>(fields.Single(field => field.Name == "derived"), derived.AsMemory());
        Assert.All(derived, value => Assert.False(value));
    }

    [Fact]
    public async Task Arrow_files_read_back_with_the_same_rows()
    {
        var path = Path.Combine(folder, "stance.arrow");
        await TableExport.WriteArrowAsync(SampleFrames.StanceArticles(), path);
        await using var stream = File.OpenRead(path);
        using var reader = new ArrowFileReader(stream);
        var batch = await reader.ReadNextRecordBatchAsync();
        Assert.Equal(3, batch.Length);
        var articles = (StringArray)batch.Column("article");
        Assert.Equal("spiegel-2024", articles.GetString(1));
        Assert.Equal(0.25, ((DoubleArray)batch.Column("score")).GetValue(1));
    }

    [Fact]
    public void Csv_goes_into_a_new_folder_with_the_contract_header()
    {
        var path = Path.Combine(folder, "tables", "keyness.csv");
        TableExport.WriteCsv(SampleFrames.Keyness(), path);
        var lines = File.ReadAllLines(path);
        Assert.Equal("term,g2,chi2,log_ratio,target_count,reference_count", lines[0]);
        Assert.Equal("ki,25.4,22,6.1,11,0", lines[1]);
    }
}
