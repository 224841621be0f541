using System.Text.RegularExpressions;

namespace CorpusLens;

/// <summary>What a boilerplate rule removes when its pattern matches a line.</summary>
public enum BoilerplateAction
{
    /// <summary>The whole line.</summary>
    RemoveLine,

    /// <summary>The matched start of the line; the rest of the line stays.</summary>
    RemovePrefix,

    /// <summary>The matched end of the line; the rest of the line stays.</summary>
    RemoveSuffix,
}

/// <summary>A rule that recognises web-page debris in an article (share buttons, credits, placeholders).</summary>
/// <param name="Name">Short name, shown in the removed-lines table.</param>
/// <param name="Description">What the rule removes and why.</param>
/// <param name="Pattern">Matched against each line, case-insensitively, with a time-out.</param>
/// <param name="Action">What is removed on a match.</param>
/// <param name="FirstLineOnly">Only the first non-empty line is tested.</param>
public sealed record BoilerplateRule(string Name, string Description, Regex Pattern, BoilerplateAction Action, bool FirstLineOnly = false);

/// <summary>
/// The documented rules that strip web-page debris from articles as received. The files are never edited: the
/// loader applies these rules and keeps every removed line in <see cref="Article.RemovedLines"/>.
/// </summary>
public static partial class BoilerplateRules
{
    // Case-insensitive, culture-invariant, no implicit captures, 250 ms at most a line. Generated at build time: the
    // native build would otherwise interpret each pattern (gen100's 782,000 line tests: 310 ms interpreted, 100 ms compiled).
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int MatchTimeoutMilliseconds = 250;

    /// <summary>The rules, in the order they are tried on each line.</summary>
    public static IReadOnlyList<BoilerplateRule> All { get; } =
    [
        new("date-line", "A leading 'date 2019-07' marker is metadata: it sets the date and is removed from the text.",
            DateLine(), BoilerplateAction.RemovePrefix, FirstLineOnly: true),
        new("logo", "A short 'Logo Name' line left by an image's alternative text.",
            Logo(), BoilerplateAction.RemoveLine),
        new("image-credit", "A photo credit: a short line naming a stock-photo agency, or starting with ©, 'Photo :', 'Crédit', 'Bild:', or a short unpunctuated caption ending in a parenthesised credit ('Kevin Scott (Microsoft)').",
            ImageCredit(),
            BoilerplateAction.RemoveLine),
        new("empty-label", "A field label with nothing after it ('Date :', 'Auteur :').",
            EmptyLabel(), BoilerplateAction.RemoveLine),
        new("share-buttons", "Share and print buttons ('Share the Post:', 'Partager', 'Teilen', 'Tweet').",
            ShareButtons(),
            BoilerplateAction.RemoveLine),
        new("comment-form", "The comment form's heading ('Leave a Reply', 'Laisser un commentaire', 'Schreibe einen Kommentar').",
            CommentForm(),
            BoilerplateAction.RemoveLine),
        new("template-placeholder", "A page-template placeholder such as 'spot_img'.",
            TemplatePlaceholder(), BoilerplateAction.RemoveLine),
        new("site-footer", "Navigation and footer headings ('source site', 'Dernières informations', 'Related Posts', 'Lire aussi').",
            SiteFooter(),
            BoilerplateAction.RemoveLine),
        new("comments-label", "A 'Commentaires' / 'Comments' / 'Kommentare' button label glued to the start of a paragraph.",
            CommentsLabel(), BoilerplateAction.RemovePrefix),
        new("end-mark", "A publication's end-of-article mark (®) at the end of the last paragraph.",
            EndMark(), BoilerplateAction.RemoveSuffix),
    ];

    /// <summary>
    /// For the rule of <see cref="All"/> at the same place, the first or last characters its pattern needs a line to
    /// have (<see cref="LineQuickTest"/>), read off the pattern: the first letter of each word it starts with after
    /// <c>^\s*</c>, the last of each it ends with before <c>\s*$</c>, and for a pattern of a few words alone on a line the
    /// characters of its longest one. Most lines fail every test, and a pattern is then not tried at all.
    /// <c>BoilerplateRulesTests</c> checks each against its pattern on random lines.
    /// </summary>
    private static readonly LineQuickTest[] QuickTests =
    [
        new("d", ""), // date-line
        new("l", ""), // logo
        new("©cpbfi", "mkso)"), // image-credit: ©, crédit, photo, bild, foto, image; stock.adobe.com, …stock, getty images, istockphoto; (credit)
        new("dapvb", "", maximumVisible: 7), // empty-label: "auteur :"
        new("sptaflwedi", "", maximumVisible: 19), // share-buttons: "partager cet article :"
        new("lskca", "", maximumVisible: 22), // comment-form: "schreibe einen kommentar"
        new("[sta", "", maximumVisible: 10), // template-placeholder: "[spot_img]"
        new("sdlraäàw", "", maximumVisible: 22), // site-footer: "dernières informations :"
        new("ck", ""), // comments-label
        new("", "®"), // end-mark
    ];

    /// <summary>The quick test of <paramref name="rule"/> when it is one of <see cref="All"/> (the same instance), else null.</summary>
    internal static LineQuickTest? QuickTestOf(BoilerplateRule rule)
    {
        for (int index = 0; index < All.Count; index++)
        {
            if (ReferenceEquals(All[index], rule))
            {
                return QuickTests[index];
            }
        }
        return null;
    }

    private const string DateLinePattern = @"^\s*date\s*:?\s+(?<date>\d{4}-\d{2}(-\d{2})?)\b\s*";

    [GeneratedRegex(DateLinePattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex DateLine();

    private const string LogoPattern = @"^\s*logo\s+\S+(\s+\S+){0,2}\s*$";

    [GeneratedRegex(LogoPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex Logo();

    private const string ImageCreditPattern = @"^\s*([^\r\n]{0,60}\s[-–]\s*)?(stock\.adobe\.com|adobe\s*stock|shutterstock(\.com)?|getty\s*images|istock(photo)?(\.com)?)\s*$|^\s*(©|crédits?\s*(photo)?\s*:|photo\s*:|bild\s*:|foto\s*:|image\s*:)[^\r\n]{0,80}$|^[^.!?:;\r\n]{1,60}\s\([^().!?\r\n]{1,30}\)\s*$";

    [GeneratedRegex(ImageCreditPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex ImageCredit();

    private const string EmptyLabelPattern = @"^\s*(date|datum|auteur|autor|author|par|von|by)\s*:?\s*$";

    [GeneratedRegex(EmptyLabelPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex EmptyLabel();

    private const string ShareButtonsPattern = @"^\s*(share the post|share this|share|partager( cet article)?|partagez|teilen|artikel teilen|tweet|facebook|twitter|linkedin|whatsapp|e-?mail|print|imprimer|drucken)\s*:?\s*$";

    [GeneratedRegex(ShareButtonsPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex ShareButtons();

    private const string CommentFormPattern = @"^\s*(leave a reply|leave a comment|laisser un commentaire|laissez un commentaire|schreibe einen kommentar|kommentar verfassen|cancel reply|annuler la réponse)\s*$";

    [GeneratedRegex(CommentFormPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex CommentForm();

    private const string TemplatePlaceholderPattern = @"^\s*\[?(spot_img|td_block|ad_slot|spot_ad)\]?\s*$";

    [GeneratedRegex(TemplatePlaceholderPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex TemplatePlaceholder();

    private const string SiteFooterPattern = @"^\s*(source site|site source|dernières informations|dernières nouvelles|latest intelligence|related posts?|articles similaires|ähnliche beiträge|lire aussi|à lire aussi|read more|weiterlesen)\s*:?\s*$";

    [GeneratedRegex(SiteFooterPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex SiteFooter();

    private const string CommentsLabelPattern = @"^\s*(commentaires|comments|kommentare)\s+(?=(?-i:\p{Lu}))";

    [GeneratedRegex(CommentsLabelPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex CommentsLabel();

    private const string EndMarkPattern = @"\s+®\s*$";

    [GeneratedRegex(EndMarkPattern, Options, MatchTimeoutMilliseconds)]
    private static partial Regex EndMark();
}
