namespace CorpusLens.Text;

/// <summary>The four classes terms are mapped in: French, German and English (stop lists, stemmers) and any other language.</summary>
internal static class LanguageClass
{
    public const int French = 0;
    public const int German = 1;
    public const int English = 2;
    public const int Other = 3;
    public const int Count = 4;

    public static int Of(string language) => Language.Normalize(language) switch
    {
        Language.French => French,
        Language.German => German,
        Language.English => English,
        _ => Other,
    };

    public static string Code(int languageClass) => languageClass switch
    {
        French => Language.French,
        German => Language.German,
        English => Language.English,
        _ => Language.Undetermined,
    };
}
