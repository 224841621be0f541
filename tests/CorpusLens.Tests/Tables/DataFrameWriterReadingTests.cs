using CorpusLens.Tables;

namespace CorpusLens.Tests.Tables;

/// <summary>Numbers as terminal tables and the report show them: rounded for reading, where csv and json keep every digit.</summary>
public sealed class DataFrameWriterReadingTests
{
    public static TheoryData<object?, string> Cells => new()
    {
        { 23.49869451697128, "23.499" },
        { 15.66579634464752, "15.666" },
        { 2.5, "2.5" },
        { 9.0, "9" },
        { 12345.6, "12,345.6" },
        { -1234567.89149, "-1,234,567.891" },
        { 0.0015, "0.002" },
        { 0.001, "0.001" },
        { 0.0000123456, "1.235E-05" },
        { -0.00098765, "-9.877E-04" },
        { 0.0, "0" },
        { -0.0, "0" },
        { double.NaN, "" },
        { double.PositiveInfinity, "Infinity" },
        { double.NegativeInfinity, "-Infinity" },
        { 0.25f, "0.25" },
        { 1234567, "1234567" },
        { 9876543210L, "9876543210" },
        { "l’IA", "l’IA" },
        { null, "" },
        { true, "true" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void A_cell_reads_as_expected(object? value, string expected) =>
        Assert.Equal(expected, DataFrameWriter.FormatForReading(value));

    [Theory]
    [MemberData(nameof(Cells))]
    [UseCulture("de-DE")]
    public void The_machine_culture_does_not_change_a_cell(object? value, string expected) =>
        Assert.Equal(expected, DataFrameWriter.FormatForReading(value));

    [Fact]
    public void Csv_keeps_every_digit_that_a_table_rounds()
    {
        Assert.Equal("23.49869451697128", DataFrameWriter.FormatCell(23.49869451697128));
        Assert.Equal("23.499", DataFrameWriter.FormatForReading(23.49869451697128));
    }
}
