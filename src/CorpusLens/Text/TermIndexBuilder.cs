using System.Runtime.CompilerServices;

namespace CorpusLens.Text;

/// <summary>
/// Merges the workers' vocabularies into one numbering of units, decides per distinct unit and language what it is
/// counted as (stopword, proper name, stem), and picks each term's display form: its most frequent surface form.
/// Works on the workers' vocabularies in place (spans and ids, no string per unit) and splits each pass over two
/// threads; a term's strings are made when first asked for (<see cref="TermTexts"/>), from the vocabularies' records.
/// </summary>
internal sealed partial class TermIndexBuilder
{
    private readonly IReadOnlyList<CountingWorker> workers;
    private readonly TermOptions options;
    private readonly MergedUnits units;
    private readonly SurfaceStatistics[] statistics;
    private readonly DisplayForms displayForms;
    private readonly TermMapper mapper;
    private readonly HashSet<int> knownNames = [];
    private readonly int[][][] workerTerms; // [worker][class][local unit] → term or -1
    private readonly int[] classesOfWorker; // per worker: bit c set when it counted a document of language class c
    private readonly Dictionary<string, int> languageClasses = new(StringComparer.Ordinal);
    private TermTexts texts = new([], []);

    private TermIndexBuilder(IReadOnlyList<CountingWorker> workers, TermOptions options)
    {
        this.workers = workers;
        this.options = options;
        units = new MergedUnits(workers);
        statistics = new SurfaceStatistics[workers.Count];
        displayForms = new DisplayForms(workers, statistics, units);
        mapper = new TermMapper(options);
        workerTerms = new int[workers.Count][][];
        classesOfWorker = new int[workers.Count];
    }

    /// <summary>Builds the index of the documents <paramref name="workers"/> counted; <paramref name="sources"/>: each document's id and metadata, in input order.</summary>
    public static TermIndex Build(IReadOnlyList<CountingWorker> workers, IReadOnlyList<(string Id, IReadOnlyDictionary<string, string> Metadata)> sources, TermOptions options)
    {
        var builder = new TermIndexBuilder(workers, options);
        // 1. Each worker's surface statistics, and the later workers' units looked up in the first one's vocabulary.
        var lookUps = workers.Select(worker => new ChunkQueue(worker.Folded.Count, UnitsPerChunk)).ToArray();
        TwoThreads.Run(() => builder.ReadWorkers(0, lookUps), () => builder.ReadWorkers(1, lookUps));
        builder.units.Number();
        if (options.Display == TermDisplay.Surface)
        {
            builder.displayForms.WeighSharedForms(); // shown as keys, terms need no display form
        }
        Diagnostics.PhaseTimer.Mark("build: merge vocabularies + surface counts");

        // 2. Each (unit, language class) to a term; 3. its key and display form (or where they are).
        if (options.Stem)
        {
            builder.MapStems();
        }
        else
        {
            builder.MapUnits();
        }
        Diagnostics.PhaseTimer.Mark("build: terms, display forms, strings");

        // 4. Documents in input order, each pointing at its worker's pairs; inputs that were not counted (a streamed
        // file skipped as empty or binary) leave no gap.
        var position = Positions(workers, sources.Count, out int counted);
        var documents = new TermDocument[counted];
        var locations = new DocumentLocation[counted];
        for (int w = 0; w < workers.Count; w++)
        {
            foreach (var document in workers[w].Documents)
            {
                var source = sources[document.Index];
                int at = position is null ? document.Index : position[document.Index];
                documents[at] = new TermDocument(source.Id, document.Language, document.Tokens, source.Metadata);
                locations[at] = new DocumentLocation(w, document.Offset, document.Length, builder.ClassOf(document.Language));
            }
        }
        var pairs = workers.Select(worker => (worker.PairUnits, worker.PairCounts)).ToArray();
        Diagnostics.PhaseTimer.Mark("build: documents");
        return new TermIndex(options, documents, builder.texts, pairs, builder.workerTerms, locations);
    }

    /// <summary>
    /// Where each of <paramref name="inputs"/> inputs goes among the documents the workers counted, in input order:
    /// null when every input was counted (each stays where it is), else -1 for an input that was not.
    /// </summary>
    internal static int[]? Positions(IReadOnlyList<CountingWorker> workers, int inputs, out int counted)
    {
        counted = workers.Sum(worker => worker.Documents.Count);
        if (counted == inputs)
        {
            return null;
        }
        var position = new int[inputs];
        position.AsSpan().Fill(-1);
        foreach (var worker in workers)
        {
            foreach (var document in worker.Documents)
            {
                position[document.Index] = 0;
            }
        }
        int next = 0;
        for (int input = 0; input < inputs; input++)
        {
            if (position[input] == 0)
            {
                position[input] = next++;
            }
        }
        return position;
    }

    /// <summary>
    /// Pass 1 on thread <paramref name="half"/> (0 or 1): surface statistics of every other worker, then the later
    /// workers' units looked up in chunks that both threads take in turn (<paramref name="lookUps"/>: per worker), so
    /// that the thread done first with its statistics, or on the faster core, does more of the lookups instead of
    /// waiting.
    /// </summary>
    private void ReadWorkers(int half, ChunkQueue[] lookUps)
    {
        // Without stemming a name only matters where it saves a stopword: only those units need their capitals counted.
        var capitals = options.NGram > 1 ? CapitalCounting.None
            : options.Stem || options.ExtraStopwords.Count > 0 ? CapitalCounting.All
            : CapitalCounting.Stopwords;
        for (int w = half; w < workers.Count; w += 2)
        {
            statistics[w] = SurfaceStatistics.Of(workers[w], capitals);
        }
        for (int w = 1; w < workers.Count; w++)
        {
            while (lookUps[w].TryTake(out _, out int from, out int to))
            {
                units.LookUp(w, from, to);
            }
        }
    }

    /// <summary>Without stemming a unit's key is the unit itself: terms are the units kept, numbered in unit order.</summary>
    private void MapUnits()
    {
        AllocateTerms();
        var classes = PrefaultedArray.Uninitialized<byte>(units.Count); // bit c: the unit is counted in language class c
        // In chunks taken in turn, not two halves: the first worker's units, early in the numbering, are the ones more
        // often shared and weighed (gen100: one half finished 15-20 ms before the other).
        int chunks = TwoThreads.ChunkCount(units.Count, UnitsPerChunk);
        var keptInChunk = new int[chunks];
        var charactersInChunk = new long[chunks];
        TwoThreads.Chunks(units.Count, UnitsPerChunk, (chunk, from, to) =>
            keptInChunk[chunk] = Classify(classes, from, to, out charactersInChunk[chunk]));
        Diagnostics.PhaseTimer.Mark("build: stopwords and names per unit");
        var firstTermOfChunk = new int[chunks];
        int terms = 0;
        for (int chunk = 0; chunk < chunks; chunk++)
        {
            firstTermOfChunk[chunk] = terms;
            terms += keptInChunk[chunk];
        }
        // No strings yet: each term notes where its key and display form are in the workers' vocabularies, and
        // TermTexts makes the strings that are asked for (gen100 table: 136-143 -> 76-77 ms for this pass).
        var keyReferences = PrefaultedArray.Uninitialized<long>(terms);
        var displayReferences = PrefaultedArray.Uninitialized<long>(keyReferences.Length);
        TwoThreads.Chunks(units.Count, UnitsPerChunk, (chunk, from, to) =>
            NumberUnits(classes, from, to, firstTermOfChunk[chunk], keyReferences, displayReferences));
        texts = new TermTexts(
            workers.Select(worker => worker.Folded.Arena).ToArray(),
            workers.Select(worker => worker.Surfaces.Arena).ToArray(),
            keyReferences,
            displayReferences,
            charactersInChunk.Sum());
    }

    /// <summary>Units classified and numbered as one piece of work (see <see cref="MapUnits"/>).</summary>
    private const int UnitsPerChunk = 1 << 14;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Classify(byte[] classes, int from, int to, out long characters)
    {
        var languages = units.Languages;
        int kept = 0;
        characters = 0;
        for (int unit = from; unit < to; unit++)
        {
            var text = units.Text(unit);
            byte stops = units.Stops(unit);
            int name = -1; // not worked out yet: it only matters for a unit that would be dropped as a stopword
            byte mask = 0;
            for (int c = 0; c < LanguageClass.Count; c++)
            {
                if ((languages[unit] & (1 << c)) == 0)
                {
                    continue;
                }
                bool counted = mapper.TryMap(text, c, false, stops, null, out _, out _);
                if (!counted && options.NGram == 1 && mapper.TryMap(text, c, true, stops, null, out _, out _))
                {
                    counted = IsProperName(unit, ref name); // dropped as a stopword, kept as a name: which is it?
                }
                if (counted)
                {
                    mask |= (byte)(1 << c);
                }
            }
            classes[unit] = mask;
            if (mask != 0)
            {
                kept++;
                characters += text.Length;
            }
        }
        return kept;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void NumberUnits(byte[] classes, int from, int to, int term, long[] keyReferences, long[] displayReferences)
    {
        Span<int> termOfClass = stackalloc int[LanguageClass.Count];
        for (int unit = from; unit < to; unit++)
        {
            int mask = classes[unit];
            for (int c = 0; c < LanguageClass.Count; c++)
            {
                termOfClass[c] = (mask & (1 << c)) != 0 ? term : -1;
            }
            SetTerms(unit, termOfClass);
            if (mask == 0)
            {
                continue;
            }
            var (worker, local) = units.Owner(unit);
            keyReferences[term] = TermTexts.Reference(worker, workers[worker].Folded.OffsetOf(local));
            displayReferences[term] = DisplayReference(unit);
            term++;
        }
    }

    private void AllocateTerms()
    {
        // Every unit of every worker gets its terms set (SetTerms): no need to clear the arrays. A language class
        // none of a worker's documents is in is never looked up there: those share one array of -1 (no term).
        int[]? none = null;
        for (int w = 0; w < workers.Count; w++)
        {
            foreach (var document in workers[w].Documents)
            {
                classesOfWorker[w] |= 1 << ClassOf(document.Language);
            }
            workerTerms[w] = new int[LanguageClass.Count][];
            for (int c = 0; c < LanguageClass.Count; c++)
            {
                if ((classesOfWorker[w] & (1 << c)) != 0)
                {
                    workerTerms[w][c] = PrefaultedArray.Uninitialized<int>(workers[w].Folded.Count);
                }
                else
                {
                    none ??= NoTerms(workers.Max(worker => worker.Folded.Count));
                    workerTerms[w][c] = none;
                }
            }
        }
        foreach (var name in ProperNames.Known.Concat(options.ExtraProperNames.Select(name => CaseFolding.Fold(name))))
        {
            if (units.IdOf(name) is var unit and >= 0)
            {
                knownNames.Add(unit);
            }
        }
    }

    private int ClassOf(string language)
    {
        if (!languageClasses.TryGetValue(language, out int languageClass))
        {
            languageClass = languageClasses[language] = LanguageClass.Of(language);
        }
        return languageClass;
    }

    private static int[] NoTerms(int length)
    {
        var none = PrefaultedArray.Uninitialized<int>(length);
        none.AsSpan().Fill(-1);
        return none;
    }

    /// <summary>Writes unit <paramref name="unit"/>'s term per language class into each worker that saw it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetTerms(int unit, ReadOnlySpan<int> termOfClass)
    {
        for (int w = 0; w < workerTerms.Length; w++)
        {
            int local = units.Local(w, unit);
            if (local >= 0)
            {
                var terms = workerTerms[w];
                int present = classesOfWorker[w];
                for (int c = 0; c < LanguageClass.Count; c++)
                {
                    if ((present & (1 << c)) != 0)
                    {
                        terms[c][local] = termOfClass[c];
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether unit <paramref name="unit"/> is a proper name, worked out the first time a unit's classes ask:
    /// <paramref name="name"/> is -1 until then, then 1 (a name) or 0.
    /// </summary>
    private bool IsProperName(int unit, ref int name)
    {
        if (name < 0)
        {
            name = IsProperName(unit) ? 1 : 0;
        }
        return name == 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsProperName(int unit)
    {
        long occurrences = 0;
        long capitalised = 0;
        long innerCapital = 0;
        for (int w = 0; w < workers.Count; w++)
        {
            int local = units.Local(w, unit);
            if (local >= 0)
            {
                var counted = statistics[w].Capitals(local);
                occurrences += counted.Occurrences;
                capitalised += counted.Capitalised;
                innerCapital += counted.InnerCapital;
            }
        }
        bool outsideGerman = (units.Languages[unit] & ~(1 << LanguageClass.German)) != 0;
        return ProperNames.IsProperName(knownNames.Contains(unit), occurrences, capitalised, innerCapital, outsideGerman);
    }

    /// <summary>Where unit <paramref name="unit"/>'s display form is (a surface of one worker), or -1 where it is the key itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long DisplayReference(int unit)
    {
        if (options.Display == TermDisplay.Key)
        {
            return -1;
        }
        int worker = displayForms.Winner(unit, false, out int surface, out _, out bool folded);
        return worker < 0 || folded ? -1 : SurfaceReference(worker, surface, units.Text(unit));
    }

    /// <summary>Where surface <paramref name="surface"/> of worker <paramref name="worker"/> is, or -1 where it reads as <paramref name="key"/> (the display form is then the key).</summary>
    private long SurfaceReference(int worker, int surface, ReadOnlySpan<char> key)
    {
        var surfaces = workers[worker].Surfaces;
        return surfaces[surface].SequenceEqual(key) ? -1 : TermTexts.Reference(worker, surfaces.OffsetOf(surface));
    }
}

/// <summary>Where a document's (unit, count) pairs are: which worker, from where, how many, in which language class.</summary>
internal readonly record struct DocumentLocation(int Worker, int Offset, int Length, int LanguageClass);
