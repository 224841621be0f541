using System.Text.RegularExpressions;

namespace CorpusLens.Notebooks.Execution;

/// <summary>The kind of a kernel directive found in a cell.</summary>
public enum DirectiveKind
{
    /// <summary><c>#r "nuget: Id, Version"</c>: a package reference.</summary>
    Package,

    /// <summary><c>#r "path/to/Assembly.dll"</c>: an assembly reference.</summary>
    Assembly,

    /// <summary><c>#i "nuget: source"</c>: a package source (recorded; the runner resolves packages from what it carries).</summary>
    PackageSource,

    /// <summary><c>#!csharp</c>, <c>#!markdown</c>: the cell's kernel.</summary>
    Kernel,
}

/// <summary>One kernel directive: its kind, the 1-based line it is on, and its value.</summary>
/// <param name="Kind">What the directive does.</param>
/// <param name="Line">The 1-based line number inside the cell.</param>
/// <param name="Value">The package id, the assembly path, the source, or the kernel name.</param>
/// <param name="Version">For packages: the exact version requested.</param>
public sealed record CellDirective(DirectiveKind Kind, int Line, string Value, string? Version = null);

/// <summary>A cell split into its directives and the C# code left to compile.</summary>
/// <param name="Kernel">The kernel that runs the cell ("csharp" or "markdown").</param>
/// <param name="Directives">The directives, in order.</param>
/// <param name="Code">The source with every directive line replaced by an empty line, so line numbers still match the cell.</param>
public sealed record ParsedCell(string Kernel, IReadOnlyList<CellDirective> Directives, string Code);

/// <summary>A malformed or unsupported directive, with the 1-based line inside the cell.</summary>
public sealed class DirectiveException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DirectiveException(int line, string message) : base(message) => Line = line;

    /// <summary>Creates the exception.</summary>
    public DirectiveException() : this(0, "invalid directive")
    {
    }

    /// <summary>Creates the exception.</summary>
    public DirectiveException(string message) : this(0, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DirectiveException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The 1-based line inside the cell.</summary>
    public int Line { get; }
}

/// <summary>
/// Parses the .NET Interactive directives a cell may hold: <c>#r "nuget: Id, Version"</c>, <c>#r "file.dll"</c>,
/// <c>#i "nuget: source"</c> and a first-line kernel magic (<c>#!csharp</c>, <c>#!c#</c>, <c>#!markdown</c>).
/// </summary>
/// <example>
/// <code>
/// var cell = CellDirectives.Parse("#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\nvar x = 1;");
/// cell.Directives[0]   // Package "Plotly.NET.CSharp" version "0.14.0" on line 1
/// cell.Code            // "\nvar x = 1;"
/// </code>
/// </example>
public static class CellDirectives
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Reference = new(
        """^#(?<kind>[ri])\s+"(?<value>[^"]*)"\s*(//.*)?$""", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex PackageSpec = new(
        """^nuget:\s*(?<id>[A-Za-z0-9_][A-Za-z0-9_.\-]*)\s*(,\s*(?<version>.*?)\s*)?$""", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex ExactVersion = new(
        """^[0-9]+(\.[0-9]+){1,3}(-[0-9A-Za-z.\-]+)?$""", RegexOptions.CultureInvariant, Timeout);

    /// <summary>Splits <paramref name="source"/> into directives and code.</summary>
    /// <param name="source">The cell source.</param>
    /// <param name="defaultKernel">The kernel named by the cell metadata, used when the cell has no first-line magic.</param>
    /// <exception cref="DirectiveException">A directive is malformed or not supported.</exception>
    public static ParsedCell Parse(string source, string defaultKernel = "csharp")
    {
        ArgumentNullException.ThrowIfNull(source);
        var lines = source.Split('\n');
        var directives = new List<CellDirective>();
        var kernel = defaultKernel;
        for (var index = 0; index < lines.Length; index++)
        {
            var number = index + 1;
            var line = lines[index].TrimEnd('\r').Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var name = line[2..].Trim();
                var canonical = Format.PolyglotMetadata.CanonicalKernelName(name);
                if (index == 0 && canonical is "csharp" or "markdown")
                {
                    kernel = canonical;
                    directives.Add(new CellDirective(DirectiveKind.Kernel, number, canonical));
                    lines[index] = "";
                    if (canonical == "markdown")
                    {
                        break;
                    }
                    continue;
                }
                throw new DirectiveException(number, index == 0
                    ? $"'#!{name}': this runner runs C# cells only (#!csharp) and markdown (#!markdown)"
                    : $"'#!{name}': magic commands are not supported by this runner");
            }
            if (!line.StartsWith("#r", StringComparison.Ordinal) && !line.StartsWith("#i", StringComparison.Ordinal))
            {
                continue;
            }
            if (line.Length > 2 && !char.IsWhiteSpace(line[2]))
            {
                continue;
            }
            directives.Add(ParseReference(line, number));
            lines[index] = "";
        }
        return new ParsedCell(kernel, directives, string.Join('\n', lines));
    }

    private static CellDirective ParseReference(string line, int number)
    {
        var match = Reference.Match(line);
        if (!match.Success)
        {
            throw new DirectiveException(number, $"malformed directive '{line}': expected #r \"nuget: Id, Version\", #r \"file.dll\" or #i \"nuget: source\"");
        }
        var isSource = match.Groups["kind"].Value == "i";
        var value = match.Groups["value"].Value.Trim();
        if (value.Length == 0)
        {
            throw new DirectiveException(number, $"empty reference in '{line}'");
        }
        if (isSource)
        {
            var source = value.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase) ? value[6..].Trim() : value;
            return new CellDirective(DirectiveKind.PackageSource, number, source);
        }
        if (!value.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
        {
            return new CellDirective(DirectiveKind.Assembly, number, value);
        }
        var package = PackageSpec.Match("nuget:" + value[6..]);
        if (!package.Success)
        {
            throw new DirectiveException(number, $"malformed package reference '{value}': expected \"nuget: Id, Version\"");
        }
        var id = package.Groups["id"].Value;
        var version = package.Groups["version"].Success ? package.Groups["version"].Value : "";
        if (version.Length == 0)
        {
            throw new DirectiveException(number, $"package {id} has no version: write #r \"nuget: {id}, <version>\" with the version in Directory.Packages.props");
        }
        if (!ExactVersion.IsMatch(version))
        {
            throw new DirectiveException(number, $"package {id}: '{version}' is not an exact version (floating versions and ranges are not allowed)");
        }
        return new CellDirective(DirectiveKind.Package, number, id, version);
    }
}
