using System.CommandLine;
using CorpusLens.Diagnostics;

namespace CorpusLens.Cli;

/// <summary><c>corpuslens terms</c>: term (or n-gram) frequencies per article, language, corpus or metadata column.</summary>
public static class TermsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var corpusOption = CommonOptions.Corpus();
        var formatOption = CommonOptions.Format();
        var topOption = CommonOptions.Top("Keep the N most frequent terms of each group");
        var byOption = new Option<string>("--by")
        {
            Description = "Group by article, language, corpus or a metadata column (date, source, …)",
            DefaultValueFactory = _ => "article",
            HelpName = "article|language|corpus|COLUMN",
        };
        var ngramOption = new Option<int>("--ngram") { Description = "1 for words, 2 for bigrams, 3 for trigrams", DefaultValueFactory = _ => 1, HelpName = "1|2|3" };
        var streamOption = CommonOptions.Stream();
        var terms = new TermOptionsBinder();
        var command = new Command("terms", "Term frequencies: group, term, count, per_thousand, document_frequency")
        {
            corpusOption,
            topOption,
            byOption,
            ngramOption,
            formatOption,
            streamOption,
        };
        terms.AddTo(command);
        command.SetGuardedAction((parseResult, output, error) =>
        {
            var options = terms.Bind(parseResult, parseResult.GetValue(ngramOption));
            var index = TermOptionsBinder.Count(parseResult.GetValue(corpusOption), options, parseResult.GetValue(streamOption), error, CommonOptions.TextColumnOf(parseResult));
            LargeFrameOutput.WriteFrequencies(index, parseResult.GetValue(byOption) ?? "article", parseResult.GetValue(topOption), parseResult.GetValue(formatOption), output, error);
            PhaseTimer.Mark("frequencies + write");
            return 0;
        });
        return command;
    }
}
