using System.Globalization;
using System.Text;
using CorpusLens.Text;

namespace CorpusLens.Stance;

/// <summary>A sentence with the label a person gave it.</summary>
/// <param name="Language">fr, de or en.</param>
/// <param name="Label">The expected label (doomer, boomer, neutral; or positive, negative, neutral).</param>
/// <param name="Text">The sentence.</param>
/// <param name="Line">Its line in the file.</param>
public sealed record LabelledSentence(string Language, string Label, string Text, int Line);

/// <summary>Precision, recall and F1 of one label.</summary>
/// <param name="Label">The label.</param>
/// <param name="Precision">Share of sentences predicted with the label that carry it.</param>
/// <param name="Recall">Share of sentences carrying the label that were predicted with it.</param>
/// <param name="F1">Harmonic mean of precision and recall (0 when both are 0).</param>
/// <param name="Support">How many sentences carry the label.</param>
public sealed record LabelMetrics(string Label, double Precision, double Recall, double F1, int Support);

/// <summary>The result of scoring a labelled set.</summary>
/// <param name="Accuracy">Share of sentences whose predicted label equals the expected one.</param>
/// <param name="MacroF1">Unweighted mean of the per-label F1.</param>
/// <param name="Labels">Per-label metrics.</param>
/// <param name="Errors">The sentences that were mislabelled, with the prediction.</param>
/// <param name="Count">How many sentences were scored.</param>
public sealed record EvaluationReport(double Accuracy, double MacroF1, IReadOnlyList<LabelMetrics> Labels, IReadOnlyList<(LabelledSentence Sentence, PolarityScore Predicted)> Errors, int Count)
{
    /// <summary>A short text report: counts, accuracy, macro-F1, per-label figures.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"sentences {Count}, accuracy {Accuracy:0.000}, macro-F1 {MacroF1:0.000}\n");
        foreach (var label in Labels)
        {
            text.Append(CultureInfo.InvariantCulture, $"{label.Label,-8} precision {label.Precision:0.000} recall {label.Recall:0.000} F1 {label.F1:0.000} support {label.Support}\n");
        }
        return text.ToString();
    }
}

/// <summary>Measures a lexicon against a labelled set of sentences (accuracy and macro-F1).</summary>
/// <example><code>var report = StanceEvaluation.Evaluate(StanceEvaluation.Load("validation.tsv"), StanceLexicon.Default);</code></example>
public static class StanceEvaluation
{
    /// <summary>
    /// Reads a labelled set: tab-separated, header <c>language	label	text</c>, '#' comments and blank lines ignored.
    /// </summary>
    /// <exception cref="CorpusLensException">The file is missing or a line is malformed ("file:line: reason").</exception>
    public static IReadOnlyList<LabelledSentence> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new CorpusLensException($"{path}: labelled set not found");
        }
        var result = new List<LabelledSentence>();
        int lineNumber = 0;
        bool headerSeen = false;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            var fields = line.Split('\t');
            if (!headerSeen)
            {
                if (!fields.Select(field => field.Trim().ToLowerInvariant()).SequenceEqual(["language", "label", "text"]))
                {
                    throw new CorpusLensException($"{path}:{lineNumber}: expected the header 'language<TAB>label<TAB>text'");
                }
                headerSeen = true;
                continue;
            }
            if (fields.Length != 3 || fields[2].Trim().Length == 0)
            {
                throw new CorpusLensException($"{path}:{lineNumber}: expected 3 tab-separated fields (language, label, text)");
            }
            var language = Language.Normalize(fields[0]);
            if (!Language.Supported.Contains(language))
            {
                throw new CorpusLensException($"{path}:{lineNumber}: unknown language '{fields[0].Trim()}' (expected fr, de or en)");
            }
            result.Add(new LabelledSentence(language, fields[1].Trim().ToLowerInvariant(), fields[2].Trim(), lineNumber));
        }
        return result;
    }

    /// <summary>Scores every sentence with <paramref name="lexicon"/> and compares the labels.</summary>
    /// <exception cref="CorpusLensException">A sentence carries a label that is not a pole of the lexicon's scale nor "neutral".</exception>
    public static EvaluationReport Evaluate(IReadOnlyList<LabelledSentence> sentences, Lexicon lexicon, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(lexicon);
        var labels = new[] { lexicon.Scale.NegativePole, lexicon.Scale.PositivePole, "neutral" };
        foreach (var sentence in sentences.Where(sentence => !labels.Contains(sentence.Label)))
        {
            throw new CorpusLensException($"line {sentence.Line}: unknown label '{sentence.Label}' (expected {string.Join(", ", labels)})");
        }
        var predictions = sentences.Select(sentence => (sentence, predicted: PolarityScorer.Score(sentence.Text, sentence.Language, lexicon, options))).ToList();
        var metrics = labels.Select(label =>
        {
            int truePositive = predictions.Count(pair => pair.sentence.Label == label && pair.predicted.Label == label);
            int predicted = predictions.Count(pair => pair.predicted.Label == label);
            int actual = predictions.Count(pair => pair.sentence.Label == label);
            double precision = predicted == 0 ? 0 : (double)truePositive / predicted;
            double recall = actual == 0 ? 0 : (double)truePositive / actual;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new LabelMetrics(label, precision, recall, f1, actual);
        }).ToList();
        double accuracy = predictions.Count == 0 ? 0 : (double)predictions.Count(pair => pair.sentence.Label == pair.predicted.Label) / predictions.Count;
        var errors = predictions.Where(pair => pair.sentence.Label != pair.predicted.Label).Select(pair => (pair.sentence, pair.predicted)).ToList();
        return new EvaluationReport(accuracy, metrics.Average(metric => metric.F1), metrics, errors, predictions.Count);
    }
}
