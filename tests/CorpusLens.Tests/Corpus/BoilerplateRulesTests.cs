using CsCheck;

namespace CorpusLens.Tests.Corpus;

public class BoilerplateRulesTests
{
    public static TheoryData<string, string?, string> Lines => new()
    {
        // line, rule expected to fire (null: kept), what stays of the line
        { "Share the Post:", "share-buttons", "" },
        { "Partager", "share-buttons", "" },
        { "Leave a Reply", "comment-form", "" },
        { "spot_img", "template-placeholder", "" },
        { "source site", "site-footer", "" },
        { "Dernières informations", "site-footer", "" },
        { "Logo Zéphyrnet", "logo", "" },
        { "peshkov - stock.adobe.com", "image-credit", "" },
        { "Microsoft-CTO Kevin Scott (Microsoft)", "image-credit", "" },
        { "Date :", "empty-label", "" },
        { "Commentaires Microsoft est coincé dans une situation difficile.", "comments-label", "Microsoft est coincé dans une situation difficile." },
        { "Comme nous l’avons vu, il y a toujours place à une autre erreur. ®", "end-mark", "Comme nous l’avons vu, il y a toujours place à une autre erreur." },
        // Article text that must stay.
        { "Le partage des bénéfices est plafonné.", null, "Le partage des bénéfices est plafonné." },
        { "Commentaires et critiques ont afflué.", null, "Commentaires et critiques ont afflué." },
        { "Date de sortie : 22 juillet", null, "Date de sortie : 22 juillet" },
        { "Intelligence Artificielle : Microsoft investit 1 milliard $ dans OpenAI", null, "Intelligence Artificielle : Microsoft investit 1 milliard $ dans OpenAI" },
        { "Le logo de Microsoft a changé en 2012 après des années.", null, "Le logo de Microsoft a changé en 2012 après des années." },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Each_rule_removes_its_debris_and_keeps_article_text(string line, string? rule, string kept)
    {
        var text = "Premier paragraphe de l’article, assez long pour ne pas être un titre du tout, vraiment pas du tout, non.\n" + line;
        var article = Build(text);
        var removed = article.RemovedLines.Where(removedLine => removedLine.Line == 2).ToList();
        if (rule is null)
        {
            Assert.Empty(removed);
        }
        else
        {
            Assert.Equal(rule, Assert.Single(removed).Rule);
        }
        var lastLine = article.Text.Split('\n').Length > 1 ? article.Text.Split('\n')[1] : string.Empty;
        Assert.Equal(kept, lastLine);
    }

    [Fact]
    public void A_leading_date_line_sets_the_date_and_keeps_the_rest_of_the_line()
    {
        var article = Build(" date 2019-07 Si vous ne connaissez pas OpenAI, il s’agit d’une association.");
        Assert.Equal("2019-07", article.Date);
        Assert.StartsWith("Si vous ne connaissez pas OpenAI", article.Text);
        Assert.Equal(new RemovedLine(1, " date 2019-07 ", "date-line"), Assert.Single(article.RemovedLines));
    }

    [Fact]
    public void The_bundled_corpus_loses_its_debris_and_keeps_every_removed_line_inspectable()
    {
        var corpus = CorpusLens.Corpus.Load(CorpusLens.Corpus.FindBundledData());
        var removed = corpus.RemovedLines;
        var rules = removed["rule"].Cast<string>().ToList();
        foreach (var expected in new[] { "share-buttons", "comment-form", "template-placeholder", "site-footer", "logo", "image-credit", "empty-label", "date-line" })
        {
            Assert.Contains(expected, rules);
        }
        foreach (var article in corpus.Documents)
        {
            Assert.DoesNotContain("spot_img", article.Text);
            Assert.DoesNotContain("Leave a Reply", article.Text);
            Assert.DoesNotContain("Share the Post", article.Text);
            Assert.DoesNotContain("stock.adobe.com", article.Text);
        }
        // Line numbers point into the file as received.
        foreach (var row in removed.Rows)
        {
            var file = Path.Combine(CorpusLens.Corpus.FindBundledData(), row[0] + ".txt");
            var line = File.ReadAllLines(file)[(int)row[1] - 1];
            Assert.Contains(((string)row[3]).Trim(), line);
        }
    }

    [Fact]
    public void A_line_that_fails_a_rules_quick_test_is_never_matched_by_its_pattern()
    {
        // The words the patterns are made of, in any case, with the Kelvin sign for K, a long s for s and a dotted
        // capital I, between white space of several kinds and the characters the patterns end on.
        var word = Gen.OneOf("date", "date 2019-07", "datum", "logo", "stock.adobe.com", "Adobe Stock", "shutterstock.com", "Getty Images",
            "istockphoto", "partager cet article :", "dernières informations :", "auteur :", "Schreibe einen Kommentar", "[spot_img]", "peshkov - stock.adobe.com", "AFP – istockphoto", "Reuters - Getty Images", "x - iStock.com", "©", "Crédit photo :", "photo :", "Bild:", "Foto:", "image :", "(Microsoft)", "Kevin Scott", "auteur", "autor", "author",
            "par", "von", "by", "share the post", "share", "partager cet article", "partagez", "teilen", "artikel teilen", "tweet", "facebook",
            "twitter", "linkedin", "whatsapp", "e-mail", "print", "imprimer", "drucken", "leave a reply", "laisser un commentaire",
            "schreibe einen kommentar", "kommentar verfassen", "cancel reply", "annuler la réponse", "[spot_img]", "td_block", "ad_slot",
            "source site", "site source", "dernières informations", "latest intelligence", "related posts", "articles similaires",
            "ähnliche beiträge", "lire aussi", "à lire aussi", "read more", "weiterlesen", "commentaires", "comments", "kommentare", "®", " - ", ":");
        var casing = Gen.Int[0, 4].Select(way => (Func<string, string>)(text => way switch
        {
            1 => text.ToUpperInvariant(),
            2 => text.Replace('k', '\u212A').Replace('K', '\u212A'),
            3 => text.Replace('s', '\u017F').Replace('i', '\u0130'),
            _ => text,
        }));
        var space = Gen.OneOf("", " ", "\t", "\u00A0", "\u3000", "\u2028", "  ");
        var part = Gen.OneOf(Gen.Select(word, casing, (text, change) => change(text)), Gen.String[Gen.Char["a-zA-Z0-9 .,:()®©Àä"], 0, 6]);
        var line = Gen.Select(space, part.Array[1, 4], Gen.OneOf("", " ", ".", ")", " ®"), space,
            (before, parts, end, after) => before + string.Join(" ", parts) + end + after);
        int matched = 0;
        line.Sample(text =>
        {
            foreach (var rule in BoilerplateRules.All)
            {
                var quickTest = BoilerplateRules.QuickTestOf(rule);
                Assert.NotNull(quickTest);
                bool matches = rule.Pattern.IsMatch(text);
                Assert.True(!matches || quickTest.MayMatch(text), $"{rule.Name} matches '{text}' but its quick test rules it out");
                if (matches)
                {
                    Interlocked.Increment(ref matched);
                }
            }
        }, iter: 50_000);
        Assert.True(matched > 1_000, $"only {matched} lines matched a rule: the generator misses the patterns");
        Assert.Null(BoilerplateRules.QuickTestOf(BoilerplateRules.All[0] with { Name = "copy" }));
    }

    private static Article Build(string text)
    {
        using var folder = new TemporaryFolder();
        folder.Write("article.txt", text);
        return CorpusLens.Corpus.Load(folder.Path).Documents.Single();
    }
}
