using System.Text;
using CorpusLens.Text;

namespace CorpusLens;

/// <summary>Turns a raw document into an <see cref="Article"/>: boilerplate rules, title, language, sentences, counts.</summary>
internal static class ArticleBuilder
{
    /// <summary>The metadata keys that become columns of their own.</summary>
    internal static readonly string[] KnownKeys = ["id", "title", "language", "date", "source", "text"];

    public static Article Build(RawDocument document, BoilerplateRemover boilerplate)
    {
        var removed = new List<RemovedLine>();
        var kept = new List<string>();
        string? dateFromText = null;
        var lines = document.Text.Split('\n');
        bool firstNonEmptySeen = false;
        for (int index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                kept.Add(string.Empty);
                continue;
            }
            bool isFirst = !firstNonEmptySeen;
            firstNonEmptySeen = true;
            if (boilerplate.Apply(line, isFirst, out var rest, ref dateFromText, removed, document.FirstLine + index) > 0)
            {
                line = line[rest];
            }
            kept.Add(line.Trim());
        }

        var metadata = document.Metadata;
        string title = metadata.GetValueOrDefault("title") ?? TitleFromFirstLine(kept);
        var text = JoinParagraphs(kept);

        var detected = LanguageDetector.Detect(text);
        string language = detected.Language;
        double languageScore = detected.Score;
        string languageSource = "detected";
        if (metadata.TryGetValue("language", out var given) && !string.IsNullOrWhiteSpace(given))
        {
            language = Text.Language.Normalize(given);
            languageScore = 1.0;
            languageSource = "metadata";
        }

        var spans = SentenceSplitter.Split(text, language);
        var sentences = new Sentence[spans.Count];
        for (int i = 0; i < spans.Count; i++)
        {
            sentences[i] = Sentence.InArticle(document.Id, i, text, spans[i].Start, spans[i].Length);
        }

        return new Article
        {
            Id = document.Id,
            Title = title.Trim(),
            Language = language,
            LanguageScore = languageScore,
            LanguageSource = languageSource,
            Date = metadata.GetValueOrDefault("date") is { Length: > 0 } date2 ? date2.Trim() : dateFromText ?? string.Empty,
            Source = metadata.GetValueOrDefault("source")?.Trim() ?? string.Empty,
            Text = text,
            Sentences = sentences,
            WordCount = Tokenizer.CountWords(text),
            Path = document.Path,
            RemovedLines = removed,
            Metadata = metadata.Where(pair => !KnownKeys.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value),
        };
    }

    /// <summary>The first non-empty line, when it looks like a title (<see cref="TitleLine"/>).</summary>
    private static string TitleFromFirstLine(List<string> lines)
    {
        var rule = new TitleLine();
        for (int index = 0; index < lines.Count && !rule.Add(index, lines[index]); index++)
        {
        }
        return rule.Title >= 0 ? lines[rule.Title] : string.Empty;
    }

    private static string JoinParagraphs(List<string> lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }
            builder.Append(line);
        }
        return builder.ToString();
    }
}
