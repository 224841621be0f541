using System.Globalization;
using System.Text;
using CorpusLens.Text;

namespace CorpusLens.Benchmarks;

/// <summary>
/// A deterministic generator of multilingual news-like text (French, German, English): stopwords at their usual
/// share, a Zipf-distributed vocabulary of made-up words per language with a long tail of fresh words, shared
/// proper names, French elisions, German hyphenated compounds and numbers with separators. Same seed, same bytes.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly string[] Names = ["Microsoft", "OpenAI", "Google", "Altman", "Nadella", "Nvidia", "Anthropic", "DeepMind", "Musk", "Pichai"];

    private static readonly Dictionary<string, string[]> Syllables = new()
    {
        ["fr"] = ["ra", "té", "mon", "vé", "lu", "pri", "ssion", "cha", "ment", "è", "ri", "gu", "eau", "on", "pa", "tion", "ré", "ci", "dé", "ve", "ance", "ou", "jo", "que", "ni", "sé"],
        ["de"] = ["ge", "schaft", "ung", "ber", "kraft", "rä", "fü", "stein", "ma", "lich", "ßen", "zu", "ten", "wer", "kei", "her", "öf", "fen", "bau", "stra", "ner", "grü", "heit", "ich"],
        ["en"] = ["ing", "tion", "ma", "ter", "com", "ple", "dis", "ver", "ly", "ment", "pro", "ro", "ness", "ar", "en", "ti", "con", "ex", "ble", "der", "sta", "ful", "way", "ho"],
    };

    private readonly string[] languages = ["fr", "de", "en"];
    private readonly Dictionary<string, string[]> stopwords = new();
    private readonly Dictionary<string, string[]> vocabulary = new();
    private readonly double[] cumulative;
    private ulong state;

    /// <summary>Creates a generator with <paramref name="vocabularySize"/> words per language.</summary>
    public SyntheticCorpus(int seed = 42, int vocabularySize = 80_000)
    {
        state = (ulong)seed * 0x9E3779B97F4A7C15UL + 1;
        foreach (var language in languages)
        {
            stopwords[language] = Stopwords.For(language).Select(word => word.ToString()!).Where(word => word.Length > 0).Order(StringComparer.Ordinal).ToArray();
            var words = new HashSet<string>(StringComparer.Ordinal);
            var list = new List<string>(vocabularySize);
            while (list.Count < vocabularySize)
            {
                var word = MakeWord(language);
                if (words.Add(word))
                {
                    list.Add(word);
                }
            }
            vocabulary[language] = list.ToArray();
        }
        cumulative = new double[vocabularySize];
        double sum = 0;
        for (int rank = 0; rank < vocabularySize; rank++)
        {
            sum += 1.0 / Math.Pow(rank + 2.7, 1.07);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < vocabularySize; rank++)
        {
            cumulative[rank] /= sum;
        }
    }

    /// <summary>The sources named in generated front matter, in turn.</summary>
    private static readonly string[] Sources = ["Le Monde", "Die Zeit", "The Guardian", "Libération", "Süddeutsche Zeitung"];

    /// <summary>
    /// The benchmarks' folder of <paramref name="megabytes"/> MB under the temp directory (seed 7), written the first
    /// time it is asked for and reused after.
    /// </summary>
    public static string BenchmarkFolder(int megabytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"corpuslens-bench-{megabytes}");
        if (!Directory.Exists(folder))
        {
            new SyntheticCorpus(seed: 7).WriteFolder(folder, megabytes);
        }
        return folder;
    }

    /// <summary>
    /// The benchmarks' articles of <paramref name="megabytes"/> MB as one file of records under the temp directory
    /// (<paramref name="extension"/> .csv or .jsonl; seed 7, the folder's articles), written the first time it is
    /// asked for and reused after.
    /// </summary>
    public static string BenchmarkRecords(int megabytes, string extension = ".csv")
    {
        var path = Path.Combine(Path.GetTempPath(), $"corpuslens-bench-{megabytes}{extension}");
        if (!File.Exists(path))
        {
            new SyntheticCorpus(seed: 7).WriteRecords(path, megabytes);
        }
        return path;
    }

    /// <summary>
    /// Writes files 000000.txt, 000001.txt, … and metadata.csv (id, language, date) to <paramref name="folder"/> until
    /// about <paramref name="megabytes"/> MB of text are written; returns the number of files. With
    /// <paramref name="frontMatter"/>, the same texts as 000000.md, … each with YAML front matter instead (id a000000,
    /// language, date, one of five sources, its first line as title) and no metadata.csv.
    /// </summary>
    public int WriteFolder(string folder, double megabytes, bool frontMatter = false)
    {
        Directory.CreateDirectory(folder);
        long target = (long)(megabytes * 1024 * 1024);
        long written = 0;
        int files = 0;
        var metadata = new StringBuilder("id,language,date\n");
        var utf8 = new UTF8Encoding(false);
        while (written < target)
        {
            string id = files.ToString("D6", CultureInfo.InvariantCulture);
            var (language, text) = NextArticle();
            var bytes = utf8.GetBytes(text);
            string date = string.Create(CultureInfo.InvariantCulture, $"{2019 + Next(6)}-{1 + Next(12):D2}");
            if (frontMatter)
            {
                var title = text[..text.IndexOf('\n', StringComparison.Ordinal)];
                var header = utf8.GetBytes($"---\nid: a{id}\nlanguage: {language}\ndate: {date}\nsource: {Sources[files % Sources.Length]}\ntitle: {title}\n---\n");
                File.WriteAllBytes(Path.Combine(folder, id + ".md"), [.. header, .. bytes]);
            }
            else
            {
                File.WriteAllBytes(Path.Combine(folder, id + ".txt"), bytes);
            }
            metadata.Append($"{id},{language},{date}\n");
            written += bytes.Length;
            files++;
        }
        if (!frontMatter)
        {
            File.WriteAllText(Path.Combine(folder, "metadata.csv"), metadata.ToString(), utf8);
        }
        return files;
    }

    /// <summary>
    /// Writes the articles <see cref="WriteFolder"/> writes (the same texts, languages and dates for a seed) as one file
    /// of records instead: a CSV (id, language, date, text) when <paramref name="path"/> ends in .csv, else JSON Lines
    /// with the same fields. Returns the number of articles.
    /// </summary>
    public int WriteRecords(string path, double megabytes)
    {
        bool csv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        long target = (long)(megabytes * 1024 * 1024);
        long written = 0;
        int articles = 0;
        var utf8 = new UTF8Encoding(false);
        using var writer = new StreamWriter(path, append: false, utf8);
        var json = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        if (csv)
        {
            writer.Write("id,language,date,text\n");
        }
        while (written < target)
        {
            string id = articles.ToString("D6", CultureInfo.InvariantCulture);
            var (language, text) = NextArticle();
            string date = string.Create(CultureInfo.InvariantCulture, $"{2019 + Next(6)}-{1 + Next(12):D2}");
            writer.Write(csv
                ? $"{id},{language},{date},\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n"
                : System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["language"] = language, ["date"] = date, ["text"] = text }, json) + "\n");
            written += utf8.GetByteCount(text);
            articles++;
        }
        return articles;
    }

    /// <summary>The next article: its language and text (title line, then paragraphs of 2 to 8 KB in all).</summary>
    public (string Language, string Text) NextArticle()
    {
        var language = languages[Next(100) < 45 ? 0 : Next(100) < 50 ? 1 : 2];
        var builder = new StringBuilder(8192);
        int size = 1500 + Next(6500);
        Sentence(builder, language, 6 + Next(6));
        builder.Append('\n');
        while (builder.Length < size)
        {
            builder.Append('\n');
            int sentences = 2 + Next(5);
            for (int i = 0; i < sentences; i++)
            {
                Sentence(builder, language, 8 + Next(20));
                builder.Append(i + 1 < sentences ? ' ' : '\n');
            }
        }
        return (language, builder.ToString());
    }

    private void Sentence(StringBuilder builder, string language, int words)
    {
        int start = builder.Length;
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(Next(12) == 0 ? ", " : " ");
            }
            int kind = Next(1000);
            if (kind < 420)
            {
                var stop = stopwords[language];
                builder.Append(stop[Math.Min(stop.Length - 1, (int)(stop.Length * Math.Pow(NextDouble(), 2.5)))]);
            }
            else if (kind < 440)
            {
                builder.Append(Names[Next(Names.Length)]);
            }
            else if (kind < 455)
            {
                builder.Append(Number());
            }
            else if (kind < 463)
            {
                builder.Append(MakeWord(language)); // the long tail: a word seen (almost) once
            }
            else
            {
                var word = Content(language);
                if (language == "fr" && kind < 560)
                {
                    builder.Append(Next(2) == 0 ? "l’" : "d’");
                }
                else if (language == "de" && kind < 520)
                {
                    builder.Append(Names[Next(Names.Length)]).Append('-');
                    word = Capitalise(word);
                }
                else if (language == "de" && Next(3) == 0)
                {
                    word = Capitalise(word);
                }
                builder.Append(word);
            }
        }
        builder[start] = char.ToUpperInvariant(builder[start]);
        builder.Append('.');
    }

    private string Content(string language)
    {
        double u = NextDouble();
        int rank = Array.BinarySearch(cumulative, u);
        rank = rank < 0 ? Math.Min(~rank, cumulative.Length - 1) : rank;
        return vocabulary[language][rank];
    }

    private string Number() => Next(4) switch
    {
        0 => (1990 + Next(40)).ToString(CultureInfo.InvariantCulture),
        1 => $"{Next(1000)},{Next(10)}",
        2 => $"{1 + Next(99)}.{Next(1000):D3}",
        _ => Next(100).ToString(CultureInfo.InvariantCulture),
    };

    private string MakeWord(string language)
    {
        var syllables = Syllables[language];
        int count = 1 + Next(4);
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Append(syllables[Next(syllables.Length)]);
        }
        if (Next(3) == 0)
        {
            builder.Append(syllables[Next(syllables.Length)][0]);
        }
        return builder.ToString();
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private int Next(int bound) => (int)(NextRaw() % (ulong)bound);

    private double NextDouble() => (NextRaw() >> 11) * (1.0 / (1UL << 53));

    private ulong NextRaw()
    {
        // xorshift64*: fixed algorithm, so the corpus is the same on every .NET version.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1DUL;
    }
}
