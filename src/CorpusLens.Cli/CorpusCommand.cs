using System.CommandLine;

namespace CorpusLens.Cli;

/// <summary><c>corpuslens corpus</c>: one row per article, or per line the boilerplate rules removed (<c>--removed</c>).</summary>
public static class CorpusCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var corpusOption = CommonOptions.Corpus();
        var formatOption = CommonOptions.Format();
        var strictOption = CommonOptions.Strict();
        var removedOption = new Option<bool>("--removed")
        {
            Description = "List the lines the boilerplate rules removed instead: article, line, rule, text",
        };
        var command = new Command("corpus", "List the articles: id, title, language, date, source, words, sentences, text")
        {
            corpusOption,
            formatOption,
            strictOption,
            removedOption,
        };
        command.SetGuardedAction((parseResult, output, error) =>
        {
            var corpus = CommonOptions.LoadCorpus(parseResult.GetValue(corpusOption), error, CommonOptions.TextColumnOf(parseResult));
            CommonOptions.WriteFrame(parseResult.GetValue(removedOption) ? corpus.RemovedLines : corpus.Articles, parseResult.GetValue(formatOption), output);
            return CommonOptions.ExitCode(corpus, parseResult.GetValue(strictOption));
        });
        return command;
    }
}
