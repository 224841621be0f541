using System.Globalization;
using BenchmarkDotNet.Running;
using CorpusLens.Benchmarks;

// dotnet run -c Release --project tests/CorpusLens.Benchmarks -- generate /tmp/gen100 --megabytes 100 [--seed 42] [--front-matter]
// (a path ending in .csv or .jsonl gets the same articles as one file of records)
if (args.Length >= 2 && args[0] == "generate")
{
    double megabytes = 100;
    int seed = 42;
    bool frontMatter = false;
    for (int i = 2; i < args.Length; i += 2)
    {
        if (args[i] == "--front-matter")
        {
            frontMatter = true;
            i--;
            continue;
        }
        if (i + 1 == args.Length)
        {
            Console.Error.WriteLine($"{args[i]} needs a value");
            return 1;
        }
        switch (args[i])
        {
            case "--megabytes":
                megabytes = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
                break;
            case "--seed":
                seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                break;
            default:
                Console.Error.WriteLine($"unknown option {args[i]}");
                return 1;
        }
    }
    if (args[1].EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || args[1].EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
    {
        int records = new SyntheticCorpus(seed).WriteRecords(args[1], megabytes);
        Console.WriteLine($"wrote {records} articles ({megabytes} MB of text) to {args[1]}");
        return 0;
    }
    int files = new SyntheticCorpus(seed).WriteFolder(args[1], megabytes, frontMatter);
    Console.WriteLine($"wrote {files} files ({megabytes} MB) to {args[1]}");
    return 0;
}

// dotnet run -c Release --project tests/CorpusLens.Benchmarks -- probe
if (args.Length == 1 && args[0] == "probe")
{
    MachineProbe.Run(Console.Out);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticCorpus).Assembly).Run(args);
return 0;
