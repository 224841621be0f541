using CorpusLens.Notebooks.Display;
using CorpusLens.Notebooks.Format;
using Microsoft.AspNetCore.Html;

namespace CorpusLens.Notebooks.Execution;

/// <summary>
/// What a notebook cell sees besides its own variables, as in the .NET Interactive kernel: <c>display(value)</c>
/// and <c>HTML("...")</c>. The runner passes one instance as the script's globals.
/// </summary>
public sealed class NotebookGlobals
{
    private readonly OutputCollector collector;

    internal NotebookGlobals(OutputCollector collector) => this.collector = collector;

    /// <summary>Shows <paramref name="value"/> below the cell (a display_data output) and returns a handle that can replace it.</summary>
    /// <param name="value">The value to show.</param>
    /// <param name="mimeTypes">Optional MIME types to restrict the output to (e.g. "text/plain").</param>
#pragma warning disable IDE1006 // The kernel spells these in lower case; notebooks call them by that name.
    public DisplayedValue display(object? value, params string[] mimeTypes) => collector.Display(value, mimeTypes);

    /// <summary>Marks <paramref name="html"/> as HTML so that it is shown rendered rather than as text.</summary>
    public IHtmlContent HTML(string html) => new HtmlString(html);
#pragma warning restore IDE1006
}

/// <summary>A value shown with <c>display</c>; <see cref="Update"/> replaces what is shown.</summary>
public sealed class DisplayedValue
{
    private readonly OutputCollector collector;
    private readonly NotebookOutput output;

    internal DisplayedValue(OutputCollector collector, NotebookOutput output)
    {
        this.collector = collector;
        this.output = output;
    }

    /// <summary>Replaces the shown value with <paramref name="value"/>.</summary>
    public void Update(object? value) => collector.Replace(output, value);
}

/// <summary>Collects a cell's outputs in order: text written to the console, displayed values, the result.</summary>
internal sealed class OutputCollector : TextWriter
{
    private readonly System.Text.StringBuilder pending = new();
    private readonly Lock gate = new();

    public OutputCollector(IChartImageRenderer? imageRenderer) => ImageRenderer = imageRenderer;

    public IChartImageRenderer? ImageRenderer { get; }

    public List<NotebookOutput> Outputs { get; private set; } = [];

    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public void Start(List<NotebookOutput> outputs)
    {
        lock (gate)
        {
            pending.Clear();
            Outputs = outputs;
        }
    }

    public override void Write(char value)
    {
        lock (gate)
        {
            pending.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (gate)
        {
            pending.Append(value);
        }
    }

    public void FlushText()
    {
        lock (gate)
        {
            if (pending.Length == 0)
            {
                return;
            }
            if (Outputs.Count > 0 && Outputs[^1] is { Kind: OutputKind.Stream, StreamName: "stdout" } last)
            {
                last.Text += pending.ToString();
            }
            else
            {
                Outputs.Add(NotebookOutput.Stream("stdout", pending.ToString()));
            }
            pending.Clear();
        }
    }

    public DisplayedValue Display(object? value, string[] mimeTypes)
    {
        FlushText();
        var output = new NotebookOutput { Kind = OutputKind.DisplayData };
        Fill(output, value, mimeTypes);
        lock (gate)
        {
            Outputs.Add(output);
        }
        return new DisplayedValue(this, output);
    }

    public void Replace(NotebookOutput output, object? value)
    {
        output.Data.Clear();
        Fill(output, value, []);
    }

    public void Add(NotebookOutput output)
    {
        FlushText();
        lock (gate)
        {
            Outputs.Add(output);
        }
    }

    private void Fill(NotebookOutput output, object? value, string[] mimeTypes)
    {
        var bundle = ValueFormatter.FormatAsync(value, mimeTypes, ImageRenderer).GetAwaiter().GetResult();
        if (bundle.Count == 0)
        {
            bundle["text/plain"] = "<null>";
        }
        foreach (var (mimeType, text) in bundle)
        {
            output.Data[mimeType] = text;
        }
    }
}
