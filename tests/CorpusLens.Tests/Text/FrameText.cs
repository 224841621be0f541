using Microsoft.Data.Analysis;

namespace CorpusLens.Tests.Text;

/// <summary>A frame as the csv the command line writes, for comparing two frames cell by cell.</summary>
internal static class FrameText
{
    public static string Csv(DataFrame frame)
    {
        var writer = new StringWriter();
        CorpusLens.Tables.DataFrameWriter.WriteCsv(frame, writer);
        return writer.ToString();
    }
}
