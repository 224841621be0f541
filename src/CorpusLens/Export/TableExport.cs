using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using CorpusLens.Tables;
using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;
using Field = Apache.Arrow.Field;
using Schema = Apache.Arrow.Schema;

namespace CorpusLens.Export;

/// <summary>
/// Writes result tables: CSV (RFC 4180, through <see cref="DataFrameWriter"/>), Parquet (Parquet.Net) or Arrow IPC
/// files (Apache.Arrow) for work that outgrows a notebook. Column types are kept: text, integers, doubles, booleans
/// (missing values stay missing); any other type is written as its invariant text.
/// </summary>
/// <example>
/// <code>
/// await TableExport.WriteParquetAsync(stanceArticles, "tables/stance_articles.parquet");
/// </code>
/// </example>
public static class TableExport
{
    /// <summary>Writes <paramref name="frame"/> as CSV to <paramref name="path"/>, creating the folder.</summary>
    public static void WriteCsv(DataFrame frame, string path)
    {
        CreateFolder(path);
        DataFrameWriter.WriteCsv(frame, path);
    }

    /// <summary>Writes <paramref name="frame"/> as one Parquet file (one row group) to <paramref name="path"/>.</summary>
    public static async Task WriteParquetAsync(DataFrame frame, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        CreateFolder(path);
        var fields = frame.Columns.Select(column => new DataField(column.Name, ParquetType(column.DataType), isNullable: true)).ToList();
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (int index = 0; index < frame.Columns.Count; index++)
        {
            var column = frame.Columns[index];
            var field = fields[index];
            var type = ParquetType(column.DataType);
            if (type == typeof(int))
            {
                await group.WriteAsync<int>(field, Values(column, value => Convert.ToInt32(value, CultureInfo.InvariantCulture)), null, null, cancellationToken).ConfigureAwait(false);
            }
            else if (type == typeof(long))
            {
                await group.WriteAsync<long>(field, Values(column, value => Convert.ToInt64(value, CultureInfo.InvariantCulture)), null, null, cancellationToken).ConfigureAwait(false);
            }
            else if (type == typeof(double))
            {
                await group.WriteAsync<double>(field, Values(column, value => Convert.ToDouble(value, CultureInfo.InvariantCulture)), null, null, cancellationToken).ConfigureAwait(false);
            }
            else if (type == typeof(bool))
            {
                await group.WriteAsync<bool>(field, Values(column, value => (bool)value), null, null, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var texts = new string?[column.Length];
                for (long row = 0; row < column.Length; row++)
                {
                    texts[row] = column[row] is null ? null : DataFrameWriter.FormatCell(column[row]);
                }
                await group.WriteAsync(field, texts!, null).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes <paramref name="frame"/> as an Arrow IPC file (the Feather v2 format) to <paramref name="path"/>.</summary>
    public static async Task WriteArrowAsync(DataFrame frame, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        CreateFolder(path);
        var fields = new List<Field>();
        var arrays = new List<IArrowArray>();
        foreach (var column in frame.Columns)
        {
            var type = ParquetType(column.DataType);
            IArrowArray array;
            if (type == typeof(int))
            {
                var builder = new Int32Array.Builder();
                Fill(column, value => builder.Append(Convert.ToInt32(value, CultureInfo.InvariantCulture)), () => builder.AppendNull());
                array = builder.Build();
            }
            else if (type == typeof(long))
            {
                var builder = new Int64Array.Builder();
                Fill(column, value => builder.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture)), () => builder.AppendNull());
                array = builder.Build();
            }
            else if (type == typeof(double))
            {
                var builder = new DoubleArray.Builder();
                Fill(column, value => builder.Append(Convert.ToDouble(value, CultureInfo.InvariantCulture)), () => builder.AppendNull());
                array = builder.Build();
            }
            else if (type == typeof(bool))
            {
                var builder = new BooleanArray.Builder();
                Fill(column, value => builder.Append((bool)value), () => builder.AppendNull());
                array = builder.Build();
            }
            else
            {
                var builder = new StringArray.Builder();
                Fill(column, value => builder.Append(DataFrameWriter.FormatCell(value)), () => builder.AppendNull());
                array = builder.Build();
            }
            fields.Add(new Field(column.Name, array.Data.DataType, nullable: true));
            arrays.Add(array);
        }
        var schema = new Schema(fields, null);
        var batch = new RecordBatch(schema, arrays, (int)frame.Rows.Count);
        await using var stream = File.Create(path);
        using var writer = new ArrowFileWriter(stream, schema);
        await writer.WriteRecordBatchAsync(batch, cancellationToken).ConfigureAwait(false);
        await writer.WriteEndAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Fill(DataFrameColumn column, Action<object> append, Action appendNull)
    {
        for (long row = 0; row < column.Length; row++)
        {
            if (column[row] is { } value)
            {
                append(value);
            }
            else
            {
                appendNull();
            }
        }
    }

    private static Type ParquetType(Type dataType) =>
        dataType == typeof(int) || dataType == typeof(short) || dataType == typeof(byte) ? typeof(int)
        : dataType == typeof(long) ? typeof(long)
        : dataType == typeof(double) || dataType == typeof(float) ? typeof(double)
        : dataType == typeof(bool) ? typeof(bool)
        : typeof(string);

    private static ReadOnlyMemory<T?> Values<T>(DataFrameColumn column, Func<object, T> convert)
        where T : struct
    {
        var values = new T?[column.Length];
        for (long row = 0; row < column.Length; row++)
        {
            values[row] = column[row] is { } value ? convert(value) : null;
        }
        return values;
    }

    private static void CreateFolder(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
