using System.Reflection;
using System.Text.Json.Nodes;

namespace CorpusLens.Notebooks.Execution;

/// <summary>A package the tool carries: its id, exact version, and the assemblies it and its dependencies bring.</summary>
/// <param name="Id">The package id as the tool's dependency file spells it.</param>
/// <param name="Version">The version the tool was built with (the one in Directory.Packages.props).</param>
/// <param name="Assemblies">The assembly names of the package and of everything it depends on.</param>
public sealed record CarriedPackage(string Id, string Version, IReadOnlyList<string> Assemblies);

/// <summary>
/// The packages the running tool carries, read from its dependency file (<c>*.deps.json</c>): what a
/// <c>#r "nuget: Id, Version"</c> cell may ask for. The library itself is the package <c>CorpusLens</c>.
/// </summary>
public sealed class PackageCatalog
{
    private readonly Dictionary<string, (string Version, List<string> Dependencies, List<string> Assemblies)> libraries;

    private PackageCatalog(Dictionary<string, (string, List<string>, List<string>)> libraries) => this.libraries = libraries;

    /// <summary>The catalog of the running application (the CLI, or the test host in tests).</summary>
    public static PackageCatalog Current { get; } = FromDependencyFiles();

    /// <summary>Every package and project the tool carries, by id (case-insensitive).</summary>
    public IEnumerable<string> Ids => libraries.Keys.Order(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses a <c>*.deps.json</c> document.</summary>
    public static PackageCatalog Parse(string dependencyJson)
    {
        var libraries = new Dictionary<string, (string, List<string>, List<string>)>(StringComparer.OrdinalIgnoreCase);
        var targets = JsonNode.Parse(dependencyJson)?["targets"] as JsonObject;
        var target = targets?.FirstOrDefault().Value as JsonObject;
        foreach (var (key, value) in target ?? [])
        {
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0 || value is not JsonObject entry)
            {
                continue;
            }
            var dependencies = (entry["dependencies"] as JsonObject ?? []).Select(pair => pair.Key).ToList();
            var assemblies = (entry["runtime"] as JsonObject ?? [])
                .Select(pair => Path.GetFileNameWithoutExtension(pair.Key))
                .ToList();
            libraries[key[..slash]] = (key[(slash + 1)..], dependencies, assemblies);
        }
        return new PackageCatalog(libraries);
    }

    /// <summary>The package <paramref name="id"/> with the assemblies it brings, or null when the tool does not carry it.</summary>
    public CarriedPackage? Find(string id)
    {
        if (!libraries.TryGetValue(id, out var library))
        {
            return null;
        }
        var assemblies = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>([id]);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!seen.Add(name) || !libraries.TryGetValue(name, out var current))
            {
                continue;
            }
            assemblies.AddRange(current.Assemblies);
            foreach (var dependency in current.Dependencies)
            {
                pending.Push(dependency);
            }
        }
        var canonicalId = libraries.Keys.First(key => string.Equals(key, id, StringComparison.OrdinalIgnoreCase));
        return new CarriedPackage(canonicalId, library.Version, assemblies.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>
    /// The assemblies for <c>#r "nuget: <paramref name="id"/>, <paramref name="version"/>"</c>.
    /// </summary>
    /// <exception cref="DirectiveException">The tool does not carry the package, or carries another version.</exception>
    public IReadOnlyList<Assembly> Resolve(string id, string version, int line)
    {
        var package = Find(id) ?? throw new DirectiveException(line,
            $"package {id} is not carried by corpuslens: notebooks may use the packages in Directory.Packages.props and CorpusLens");
        if (!string.Equals(package.Version, version, StringComparison.OrdinalIgnoreCase))
        {
            throw new DirectiveException(line,
                $"package {id} {version} requested, but corpuslens carries {package.Id} {package.Version} (the version in Directory.Packages.props)");
        }
        var loaded = new List<Assembly>();
        foreach (var name in package.Assemblies)
        {
            try
            {
                loaded.Add(Assembly.Load(new AssemblyName(name)));
            }
            catch (FileNotFoundException)
            {
                // A runtime file listed for another platform; the package still works without it.
            }
        }
        return loaded;
    }

    private static PackageCatalog FromDependencyFiles()
    {
        var files = (AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(file => !file.Contains("Microsoft.NETCore.App", StringComparison.Ordinal) && File.Exists(file))
            .ToList();
        if (files.Count == 0 && Assembly.GetEntryAssembly()?.Location is { Length: > 0 } entry)
        {
            var beside = Path.ChangeExtension(entry, ".deps.json");
            if (File.Exists(beside))
            {
                files.Add(beside);
            }
        }
        return files.Count == 0
            ? new PackageCatalog(new(StringComparer.OrdinalIgnoreCase))
            : Parse(File.ReadAllText(files[0]));
    }
}
