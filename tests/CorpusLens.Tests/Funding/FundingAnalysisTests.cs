using CorpusLens.Funding;
using CorpusLens.Text;

namespace CorpusLens.Tests.Funding;

public class FundingAnalysisTests
{
    private static readonly Lazy<CorpusLens.Corpus> Bundled = new(() => CorpusLens.Corpus.Load(CorpusLens.Corpus.FindBundledData()));

    private static readonly Lazy<IReadOnlyList<FundingFigure>> BundledFigures = new(() => FundingAnalysis.Extract(Bundled.Value));

    // Every money figure of the bundled corpus, in order: article, text, amount, currency, kind, qualifier, year, derived, recipient.
    public static TheoryData<int, string, string, double, string, string, string, int, bool, string> CorpusFigures => new()
    {
        { 0, "000_a359fb632540f85a", "un milliard de dollars", 1e9, "USD", "investment", "", 2024, false, "OpenAI" },
        { 1, "001_93756286b27f97d6", "eine Milliarde Dollar", 1e9, "USD", "investment", "", 2024, false, "OpenAI" },
        { 2, "001_93756286b27f97d6", "eine Milliarde Dollar", 1e9, "USD", "investment", "", 2019, false, "OpenAI" },
        { 3, "001_93756286b27f97d6", "13 Milliarden US-Dollar", 13e9, "USD", "investment", "", 2024, false, "OpenAI" },
        { 4, "002_0ae3896f98561879", "1 milliard $", 1e9, "USD", "investment", "", 2019, false, "OpenAI" },
        { 5, "002_0ae3896f98561879", "1 milliard de dollars", 1e9, "USD", "investment", "", 2019, false, "OpenAI" },
        { 6, "002_0ae3896f98561879", "un milliard", 1e9, "USD", "investment", "", 2019, false, "OpenAI" }, // "cet investissement d’un milliard": currency inferred
        { 7, "002_0ae3896f98561879", "un milliard de dollars", 1e9, "USD", "funding round", "plus de", 2015, false, "OpenAI" },
        { 8, "003_4612439b9a871d0c", "10 milliards de dollars", 10e9, "USD", "investment", "plus de", 2023, false, "OpenAI" },
        { 9, "003_4612439b9a871d0c", "11 milliards de dollars", 11e9, "USD", "investment", "", 2023, false, "OpenAI" },
        { 10, "003_4612439b9a871d0c", "mille milliards de dollars", 1e12, "USD", "market value", "plus de", 2023, false, "" },
        { 11, "003_4612439b9a871d0c", "80 milliards de dollars", 80e9, "USD", "valuation", "", 2023, false, "OpenAI" },
        { 12, "004_112efa0484041a64", "un milliard de dollars", 1e9, "USD", "funding round", "", 2019, false, "OpenAI" },
        { 13, "004_112efa0484041a64", "le double de cette somme", 2e9, "USD", "investment", "", 2019, true, "OpenAI" },
    };

    [Fact]
    public void Finds_exactly_the_fourteen_figures_of_the_bundled_corpus()
    {
        Assert.Equal(CorpusFigures.Count, BundledFigures.Value.Count);
    }

    [Theory]
    [MemberData(nameof(CorpusFigures))]
    public void Each_bundled_figure_has_its_amount_currency_kind_qualifier_year_and_recipient(
        int index, string article, string text, double amount, string currency, string kind, string qualifier, int year, bool derived, string recipient)
    {
        var figure = BundledFigures.Value[index];
        var source = Bundled.Value[article];
        Assert.Equal(article, figure.Article);
        Assert.Equal(text, figure.Text);
        Assert.Equal(text, source.Text[figure.Start..figure.End]);
        Assert.Contains(text, figure.Context);
        Assert.Equal(figure.Context, source.Sentences[figure.Sentence].Text);
        Assert.Equal(amount, figure.Amount, amount * 1e-9);
        Assert.Equal(currency, figure.Currency);
        Assert.Equal(amount, figure.Usd, amount * 1e-9);
        Assert.Equal(kind, figure.Kind);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(year, figure.Year);
        Assert.Equal(derived, figure.Derived);
        Assert.Equal(recipient, figure.Recipient);
        Assert.Equal(index == 6, figure.CurrencyInferred);
    }

    [Fact]
    public void Investors_come_from_the_sentence_or_the_earlier_figure()
    {
        var figures = BundledFigures.Value;
        Assert.Equal("Microsoft", figures[0].Investor); // "du fabricant de Windows"
        Assert.Equal("Microsoft", figures[3].Investor); // no name in the sentence: the earlier investment's
        Assert.Equal("Elon Musk, Peter Thiel", figures[7].Investor);
        Assert.Equal("Peter Thiel, Reid Hoffman, Amazon", figures[12].Investor);
        Assert.Equal("Microsoft", figures[13].Investor); // "grâce à Microsoft"
    }

    [Fact]
    public void Figures_frame_has_the_contract_columns_and_types()
    {
        var frame = FundingAnalysis.ToFrame(BundledFigures.Value);
        string[] names = ["article", "sentence", "text", "start", "end", "amount", "currency", "usd", "qualifier", "kind", "investor", "recipient", "year", "derived", "context"];
        Assert.Equal(names, frame.Columns.Take(names.Length).Select(column => column.Name));
        Assert.Equal(
            [typeof(string), typeof(int), typeof(string), typeof(int), typeof(int), typeof(double), typeof(string), typeof(double), typeof(string), typeof(string), typeof(string), typeof(string), typeof(int), typeof(bool), typeof(string)],
            frame.Columns.Take(names.Length).Select(column => column.DataType));
        Assert.Equal(14, frame.Rows.Count);
        Assert.Equal(13e9, (double)frame.Columns["usd"][3]!);
    }

    [Fact]
    public void Comparison_lays_the_investment_figures_of_the_five_articles_side_by_side()
    {
        var frame = FundingAnalysis.Compare(BundledFigures.Value);
        string[] names = ["recipient", "kind", "article", "year", "usd", "text", "sources"];
        Assert.Equal(names, frame.Columns.Take(names.Length).Select(column => column.Name));
        var rows = Enumerable.Range(0, (int)frame.Rows.Count)
            .Where(row => (string)frame.Columns["recipient"][row]! == "OpenAI" && (string)frame.Columns["kind"][row]! == "investment")
            .ToList();
        Assert.Equal(10, rows.Count);
        Assert.All(rows, row => Assert.Equal(5, (int)frame.Columns["sources"][row]!));
        var amounts = rows.Select(row => (double)frame.Columns["usd"][row]!).Distinct().Order();
        Assert.Equal([1e9, 2e9, 10e9, 11e9, 13e9], amounts);
        Assert.All(rows, row => Assert.Equal(1e9, (double)frame.Columns["group_min_usd"][row]!));
        Assert.All(rows, row => Assert.Equal(13e9, (double)frame.Columns["group_max_usd"][row]!));
        // Figures without a recipient are left out of the comparison.
        Assert.Equal(13, frame.Rows.Count);
    }

    [Theory]
    [InlineData("fr", "OpenAI a levé 1 milliard de dollars en 2019. Microsoft apporte le double de cette somme.", 2e9, "USD")]
    [InlineData("fr", "Une levée de 300 millions d'euros. Puis la moitié de ce montant.", 150e6, "EUR")]
    [InlineData("de", "Microsoft investierte 10 Milliarden Dollar. Google zahlte das Doppelte dieser Summe.", 20e9, "USD")]
    [InlineData("en", "Microsoft invested $1 billion. Amazon put in twice that amount.", 2e9, "USD")]
    public void Relative_figures_take_their_amount_from_the_figure_before(string language, string text, double amount, string currency)
    {
        var figures = FundingAnalysis.Extract(Article("a", language, text, "2020-01"));
        Assert.Equal(2, figures.Count);
        var derived = figures[1];
        Assert.True(derived.Derived);
        Assert.False(figures[0].Derived);
        Assert.Equal(amount, derived.Amount, amount * 1e-9);
        Assert.Equal(currency, derived.Currency);
    }

    [Theory]
    [InlineData("fr", "Microsoft a investi 2 milliards d'euros. Cet investissement de 2 milliards est important.", "EUR", true)]
    [InlineData("de", "Microsoft investierte 1 Milliarde Dollar. Die Investition von einer Milliarde lohnte sich.", "USD", true)]
    [InlineData("fr", "Un milliard. Microsoft a 700 employés.", "", false)]
    public void A_bare_amount_after_a_money_noun_takes_the_currency_of_the_figure_before(string language, string text, string currency, bool found)
    {
        var figures = FundingAnalysis.Extract(Article("a", language, text, "2020-01"));
        Assert.Equal(found ? 2 : 0, figures.Count);
        if (found)
        {
            Assert.True(figures[1].CurrencyInferred);
            Assert.Equal(currency, figures[1].Currency);
            Assert.Equal(figures[0].Amount, figures[1].Amount);
        }
    }

    [Fact]
    public void A_relative_figure_without_an_earlier_figure_is_not_reported()
    {
        Assert.Empty(FundingAnalysis.Extract(Article("a", "fr", "Il pourra compter sur le double de cette somme.", "2019-07")));
    }

    [Theory]
    [InlineData("fr", "Mistral AI a levé 600 millions d'euros en 2024.", "funding round", "EUR", 2024)]
    [InlineData("fr", "La start-up est valorisée 6 milliards d'euros.", "valuation", "EUR", 2020)]
    [InlineData("de", "Der Umsatz stieg auf 3 Milliarden Euro.", "revenue", "EUR", 2020)]
    [InlineData("en", "Training the model cost $100 million in 2023.", "cost", "USD", 2023)]
    [InlineData("en", "Apple has a market value of $3 trillion.", "market value", "USD", 2020)]
    [InlineData("en", "Microsoft invested £2 billion in the lab.", "investment", "GBP", 2020)]
    [InlineData("de", "Er fand 5 Franken auf der Straße.", "other", "CHF", 2020)]
    public void Kind_comes_from_the_nearest_cue_and_year_from_the_sentence_or_the_date(string language, string text, string kind, string currency, int year)
    {
        var figure = FundingAnalysis.Extract(Article("a", language, text, "2020-05")).First();
        Assert.Equal(kind, figure.Kind);
        Assert.Equal(currency, figure.Currency);
        Assert.Equal(year, figure.Year);
    }

    [Theory]
    [InlineData("en", "OpenAI raised $6.6 billion at a $157 billion valuation in October 2024.", "funding round", "valuation")]
    [InlineData("de", "Microsoft hat rund 10 Milliarden US-Dollar in OpenAI investiert; der Börsenwert liegt bei über 2 Billionen Dollar.", "investment", "market value")]
    [InlineData("fr", "Le groupe a réalisé un chiffre d'affaires de 3,2 milliards d'euros et dépensé 100 millions d'euros.", "revenue", "cost")]
    public void Two_figures_of_one_sentence_take_the_cue_nearest_each(string language, string text, string firstKind, string secondKind)
    {
        var figures = FundingAnalysis.Extract(Article("a", language, text, "2024-10"));
        Assert.Equal([firstKind, secondKind], figures.Select(figure => figure.Kind));
    }

    [Fact]
    public void Euros_are_converted_with_the_rate_of_the_year_and_unknown_rates_give_nan()
    {
        var figures = FundingAnalysis.Extract(Article("a", "fr", "Une levée de 100 millions d'euros en 2019. Puis 5 millions de dollars canadiens.", ""));
        Assert.Equal(100e6 * ExchangeRates.Rate("EUR", 2019)!.Value, figures[0].Usd, 1);
        Assert.Equal("CAD", figures[1].Currency);
        Assert.True(double.IsNaN(figures[1].Usd));
        Assert.Null(figures[1].Year);
    }

    private static Article Article(string id, string language, string text, string date) => new()
    {
        Id = id,
        Language = language,
        Text = text,
        Date = date,
        Sentences = SentenceSplitter.Split(text, language).Select((span, index) => new Sentence(id, index, text[span.Start..span.End], span.Start)).ToList(),
    };
}
