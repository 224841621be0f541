using System.Text.Json;
using CorpusLens.Export;

namespace CorpusLens.Tests.Charts;

/// <summary>A chart's figure JSON, read back for assertions.</summary>
internal sealed class Figure
{
    private readonly JsonElement root;

    private Figure(string json)
    {
        Json = json;
        root = JsonDocument.Parse(json).RootElement;
    }

    public string Json { get; }

    public static Figure Of(Plotly.NET.GenericChart chart) => new(ChartJson.Figure(chart));

    public static Figure Of(XPlot.Plotly.PlotlyChart chart) => new(ChartJson.Figure(chart));

    public JsonElement Layout => root.GetProperty("layout");

    public IReadOnlyList<JsonElement> Traces => root.GetProperty("data").EnumerateArray().ToList();

    public string Title => ChartJson.Title(Json);

    public JsonElement Trace(string name) => Traces.Single(trace => trace.TryGetProperty("name", out var value) && value.GetString() == name);

    public IReadOnlyList<string> TraceNames => Traces.Select(trace => trace.GetProperty("name").GetString()!).ToList();

    public string AxisTitle(string axis)
    {
        var title = Layout.GetProperty(axis).GetProperty("title");
        return title.ValueKind == JsonValueKind.String ? title.GetString()! : title.GetProperty("text").GetString()!;
    }

    public static IReadOnlyList<string> Strings(JsonElement trace, string property) =>
        trace.GetProperty(property).EnumerateArray().Select(value => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()).ToList();

    public static IReadOnlyList<double> Numbers(JsonElement trace, string property) =>
        trace.GetProperty(property).EnumerateArray().Select(value => value.GetDouble()).ToList();
}
