using System.CommandLine;
using CorpusLens.Text;

namespace CorpusLens.Cli;

/// <summary><c>corpuslens keyness --target ID | --group COLUMN=VALUE</c>: terms over- and under-used in a target against the rest.</summary>
public static class KeynessCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var corpusOption = CommonOptions.Corpus();
        var formatOption = CommonOptions.Format();
        var targetOption = new Option<string?>("--target") { Description = "The id of the target article", HelpName = "ID" };
        var groupOption = new Option<string?>("--group") { Description = "The target group, e.g. language=de or date=2024-05", HelpName = "COLUMN=VALUE" };
        var topOption = CommonOptions.Top("Show the N first rows (most over-used terms)");
        var minimumOption = new Option<int>("--min-count") { Description = "Leave out terms seen fewer times in all", DefaultValueFactory = _ => 1, HelpName = "N" }.AtLeast(0);
        var streamOption = CommonOptions.Stream();
        var terms = new TermOptionsBinder();
        var command = new Command("keyness", "Keyness against the rest of the corpus: term, g2, chi2, log_ratio, target_count, reference_count")
        {
            corpusOption,
            targetOption,
            groupOption,
            topOption,
            minimumOption,
            formatOption,
            streamOption,
        };
        terms.AddTo(command);
        command.SetGuardedAction((parseResult, output, error) =>
        {
            var (column, value) = ParseTarget(parseResult.GetValue(targetOption), parseResult.GetValue(groupOption));
            var index = TermOptionsBinder.Count(parseResult.GetValue(corpusOption), terms.Bind(parseResult), parseResult.GetValue(streamOption), error, CommonOptions.TextColumnOf(parseResult));
            var frame = index.Keyness(TermAnalysis.Target(index, column, value), parseResult.GetValue(minimumOption));
            if (parseResult.GetValue(topOption) is int top)
            {
                frame = frame.Head(Math.Max(0, Math.Min(top, (int)frame.Rows.Count)));
            }
            LargeFrameOutput.Write(frame, parseResult.GetValue(formatOption), output, error);
            return 0;
        });
        return command;
    }

    /// <summary>The (column, value) a --target or --group names.</summary>
    /// <exception cref="CorpusLensException">Neither or both are given, or --group lacks '='.</exception>
    public static (string Column, string Value) ParseTarget(string? target, string? group)
    {
        if (target is { Length: > 0 } == group is { Length: > 0 })
        {
            throw new CorpusLensException("keyness: give either --target ID or --group COLUMN=VALUE");
        }
        if (target is { Length: > 0 })
        {
            return ("article", target.Trim());
        }
        int equals = group!.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == group.Length - 1)
        {
            throw new CorpusLensException($"--group {group}: write COLUMN=VALUE, e.g. language=de");
        }
        return (group[..equals].Trim(), group[(equals + 1)..].Trim());
    }
}
