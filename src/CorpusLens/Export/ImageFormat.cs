namespace CorpusLens.Export;

/// <summary>The image formats <see cref="BrowserExporter"/> writes.</summary>
public enum ImageFormat
{
    /// <summary>PNG bitmap (width × height × scale pixels).</summary>
    Png,

    /// <summary>SVG vector drawing.</summary>
    Svg,
}

/// <summary>Helpers for <see cref="ImageFormat"/>.</summary>
public static class ImageFormats
{
    /// <summary>The format for a file name's extension (.png or .svg).</summary>
    /// <exception cref="CorpusLensException">The extension is neither.</exception>
    public static ImageFormat FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => ImageFormat.Png,
        ".svg" => ImageFormat.Svg,
        var other => throw new CorpusLensException($"{path}: cannot export an image as '{other}': use .png or .svg"),
    };
}
