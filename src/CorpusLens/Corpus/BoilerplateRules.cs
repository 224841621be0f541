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

    [GeneratedRegex(@"^\s*date\s*:?\s+(?<date>\d{4}-\d{2}(-\d{2})?)\b\s*", Options, MatchTimeoutMilliseconds)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^\s*logo\s+\S+(\s+\S+){0,2}\s*$", Options, MatchTimeoutMilliseconds)]
    private static partial Regex Logo();

    [GeneratedRegex(@"^\s*([^\r\n]{0,60}\s[-–]\s*)?(stock\.adobe\.com|adobe\s*stock|shutterstock(\.com)?|getty\s*images|istock(photo)?(\.com)?)\s*$|^\s*(©|crédits?\s*(photo)?\s*:|photo\s*:|bild\s*:|foto\s*:|image\s*:)[^\r\n]{0,80}$|^[^.!?:;\r\n]{1,60}\s\([^().!?\r\n]{1,30}\)\s*$", Options, MatchTimeoutMilliseconds)]
    private static partial Regex ImageCredit();

    [GeneratedRegex(@"^\s*(date|datum|auteur|autor|author|par|von|by)\s*:?\s*$", Options, MatchTimeoutMilliseconds)]
    private static partial Regex EmptyLabel();

    [GeneratedRegex(@"^\s*(share the post|share this|share|partager( cet article)?|partagez|teilen|artikel teilen|tweet|facebook|twitter|linkedin|whatsapp|e-?mail|print|imprimer|drucken)\s*:?\s*$", Options, MatchTimeoutMilliseconds)]
    private static partial Regex ShareButtons();

    [GeneratedRegex(@"^\s*(leave a reply|leave a comment|laisser un commentaire|laissez un commentaire|schreibe einen kommentar|kommentar verfassen|cancel reply|annuler la réponse)\s*$", Options, MatchTimeoutMilliseconds)]
    private static partial Regex CommentForm();

    [GeneratedRegex(@"^\s*\[?(spot_img|td_block|ad_slot|spot_ad)\]?\s*$", Options, MatchTimeoutMilliseconds)]
    private static partial Regex TemplatePlaceholder();

    [GeneratedRegex(@"^\s*(source site|site source|dernières informations|dernières nouvelles|latest intelligence|related posts?|articles similaires|ähnliche beiträge|lire aussi|à lire aussi|read more|weiterlesen)\s*:?\s*$", Options, MatchTimeoutMilliseconds)]
    private static partial Regex SiteFooter();

    [GeneratedRegex(@"^\s*(commentaires|comments|kommentare)\s+(?=(?-i:\p{Lu}))", Options, MatchTimeoutMilliseconds)]
    private static partial Regex CommentsLabel();

    [GeneratedRegex(@"\s+®\s*$", Options, MatchTimeoutMilliseconds)]
    private static partial Regex EndMark();
}
