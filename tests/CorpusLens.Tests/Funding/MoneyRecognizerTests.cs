using CorpusLens.Funding;

namespace CorpusLens.Tests.Funding;

public class MoneyRecognizerTests
{
    // language, text, expected span, amount, currency, qualifier
    public static TheoryData<string, string, string, double, string, string> Figures => new()
    {
        // The bundled corpus, as written there.
        { "fr", "l’investissement initial d’un milliard de dollars du fabricant de Windows", "un milliard de dollars", 1e9, "USD", "" },
        { "de", "dass der Windows-Hersteller zunächst eine Milliarde Dollar in seinen Partner OpenAI investierte.", "eine Milliarde Dollar", 1e9, "USD", "" },
        { "de", "Microsoft investierte 2019 eine Milliarde Dollar in das von Sam Altman geführte Startup", "eine Milliarde Dollar", 1e9, "USD", "" },
        { "de", "(Mittlerweile wurden 13 Milliarden US-Dollar investiert.)", "13 Milliarden US-Dollar", 13e9, "USD", "" },
        { "fr", "Intelligence Artificielle : Microsoft investit 1 milliard $ dans OpenAI", "1 milliard $", 1e9, "USD", "" },
        { "fr", "En parallèle, Microsoft investira 1 milliard de dollars dans OpenAI.", "1 milliard de dollars", 1e9, "USD", "" },
        { "fr", "OpenAI a reçu plus d’un milliard de dollars de financement à son lancement", "un milliard de dollars", 1e9, "USD", "plus de" },
        { "fr", "avec une participation de 49 pour cent, Microsoft avait espéré réparer la situation – après tout, il a investi plus de 10 milliards de dollars dans le laboratoire", "10 milliards de dollars", 1e10, "USD", "plus de" },
        { "fr", "la totalité de leur investissement de 11 milliards de dollars [dans OpenAI]", "11 milliards de dollars", 11e9, "USD", "" },
        { "fr", "d'un géant de logiciels d'entreprise valant plus de mille milliards de dollars… Ce fut", "mille milliards de dollars", 1e12, "USD", "plus de" },
        { "fr", "Altman préfère retourner dans la startup de 80 milliards de dollars qu'il a cofondée", "80 milliards de dollars", 80e9, "USD", "" },
        { "fr", "celui-ci ayant été financé à hauteur d’un milliard de dollars.", "un milliard de dollars", 1e9, "USD", "" },
        // Separators, scale words and abbreviations.
        { "fr", "une levée de 1 000 000 € en 2021", "1 000 000 €", 1e6, "EUR", "" },
        { "de", "ein Umsatz von 1.000 Euro", "1.000 Euro", 1000, "EUR", "" },
        { "en", "sales of $1,000 last year", "$1,000", 1000, "USD", "" },
        { "fr", "un tour de 1,5 milliard d'euros", "1,5 milliard d'euros", 1.5e9, "EUR", "" },
        { "en", "a round of 1.5 billion dollars", "1.5 billion dollars", 1.5e9, "USD", "" },
        { "de", "eine Finanzierung von 1,5 Mrd. € im Jahr", "1,5 Mrd. €", 1.5e9, "EUR", "" },
        { "de", "rund 10 Mio. Euro", "10 Mio. Euro", 1e7, "EUR", "rund" },
        { "fr", "une levée de 25 M€ menée par", "25 M€", 25e6, "EUR", "" },
        { "fr", "valorisée 2,5 Md$ après", "2,5 Md$", 2.5e9, "USD", "" },
        { "en", "it raised $10bn from investors", "$10bn", 10e9, "USD", "" },
        { "en", "a £5m seed round", "£5m", 5e6, "GBP", "" },
        { "en", "a $500k grant", "$500k", 5e5, "USD", "" },
        { "en", "worth $1.2 trillion", "$1.2 trillion", 1.2e12, "USD", "" },
        { "en", "a 3 billion euro deal", "3 billion euro", 3e9, "EUR", "" },
        { "fr", "un billion d'euros", "un billion d'euros", 1e12, "EUR", "" },
        { "de", "zwei Billionen Dollar Börsenwert", "zwei Billionen Dollar", 2e12, "USD", "" },
        { "fr", "mille milliards de dollars", "mille milliards de dollars", 1e12, "USD", "" },
        { "fr", "quatre-vingt-dix millions d'euros", "quatre-vingt-dix millions d'euros", 90e6, "EUR", "" },
        { "fr", "vingt et un millions de dollars", "vingt et un millions de dollars", 21e6, "USD", "" },
        { "de", "achtundsiebzig Millionen Dollar", "achtundsiebzig Millionen Dollar", 78e6, "USD", "" },
        { "de", "zweihundertfünfzig Millionen Euro", "zweihundertfünfzig Millionen Euro", 250e6, "EUR", "" },
        { "en", "a hundred million dollars", "a hundred million dollars", 1e8, "USD", "" },
        { "en", "two hundred and fifty million pounds", "two hundred and fifty million pounds", 250e6, "GBP", "" },
        // Currency before or after, symbol, code or word.
        { "en", "US$ 3 billion", "US$ 3 billion", 3e9, "USD", "" },
        { "en", "USD 22.5 million", "USD 22.5 million", 22.5e6, "USD", "" },
        { "fr", "20 millions d'euros", "20 millions d'euros", 20e6, "EUR", "" },
        { "de", "500 Millionen Euro", "500 Millionen Euro", 500e6, "EUR", "" },
        { "en", "£ 90 million", "£ 90 million", 90e6, "GBP", "" },
        { "de", "30 Mio. CHF", "30 Mio. CHF", 30e6, "CHF", "" },
        { "fr", "10 millions de francs suisses", "10 millions de francs suisses", 10e6, "CHF", "" },
        { "en", "¥ 500 million", "¥ 500 million", 500e6, "JPY", "" },
        { "de", "4 Milliarden Pfund", "4 Milliarden Pfund", 4e9, "GBP", "" },
        { "en", "GBP 350", "GBP 350", 350, "GBP", "" },
        { "fr", "€ 2 millions", "€ 2 millions", 2e6, "EUR", "" },
        // Qualifiers.
        { "fr", "près de 5 milliards de dollars", "5 milliards de dollars", 5e9, "USD", "près de" },
        { "fr", "environ 300 millions d'euros", "300 millions d'euros", 300e6, "EUR", "environ" },
        { "fr", "jusqu'à 2 milliards de dollars", "2 milliards de dollars", 2e9, "USD", "jusqu'à" },
        { "de", "mehr als 10 Milliarden Dollar", "10 Milliarden Dollar", 10e9, "USD", "mehr als" },
        { "de", "über 1 Milliarde Euro", "1 Milliarde Euro", 1e9, "EUR", "über" },
        { "de", "bis zu 5 Millionen Euro", "5 Millionen Euro", 5e6, "EUR", "bis zu" },
        { "en", "more than $10 billion", "$10 billion", 10e9, "USD", "more than" },
        { "en", "about $80 billion", "$80 billion", 80e9, "USD", "about" },
        { "en", "up to $2 billion", "$2 billion", 2e9, "USD", "up to" },
        // Cents.
        { "fr", "ça coûte 15 dollars et 15 cents.", "15 dollars et 15 cents", 15.15, "USD", "" },
        { "de", "zwei Euro fünfzig", "zwei Euro fünfzig", 2.5, "EUR", "" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Finds_the_figure_with_its_amount_currency_and_qualifier(string language, string text, string span, double amount, string currency, string qualifier)
    {
        var mention = Assert.Single(MoneyRecognizer.Recognize(text, language));
        Assert.Equal(span, mention.Text);
        Assert.Equal(span, text[mention.Start..mention.End]);
        Assert.Equal(amount, mention.Amount, amount * 1e-9);
        Assert.Equal(currency, mention.Currency);
        Assert.Equal(qualifier, mention.Qualifier);
        Assert.Null(mention.Upper);
    }

    public static TheoryData<string, string, double, double, string, string> Ranges => new()
    {
        { "fr", "entre 10 et 20 milliards de dollars", 10e9, 20e9, "USD", "entre" },
        { "fr", "de 10 à 20 milliards d'euros", 10e9, 20e9, "EUR", "entre" },
        { "de", "zwischen 5 und 7 Millionen Euro", 5e6, 7e6, "EUR", "zwischen" },
        { "de", "10 bis 20 Mrd. Dollar", 10e9, 20e9, "USD", "zwischen" },
        { "en", "between 2 and 3 billion dollars", 2e9, 3e9, "USD", "between" },
        { "en", "1-2 billion dollars", 1e9, 2e9, "USD", "between" },
        { "fr", "entre 1,5 milliard et 2 milliards de dollars", 1.5e9, 2e9, "USD", "entre" },
        { "en", "$10-20 billion", 10e9, 20e9, "USD", "between" },
        { "en", "between $2 and $3 billion", 2e9, 3e9, "USD", "between" },
        { "en", "from $10 to $20 million", 10e6, 20e6, "USD", "between" },
        { "de", "5 bis 7 Mio. €", 5e6, 7e6, "EUR", "zwischen" },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Reads_a_range_as_one_figure_with_its_bounds(string language, string text, double low, double high, string currency, string qualifier)
    {
        var mention = Assert.Single(MoneyRecognizer.Recognize(text, language));
        Assert.Equal(low, mention.Amount, low * 1e-9);
        Assert.Equal(high, mention.Upper!.Value, high * 1e-9);
        Assert.Equal(currency, mention.Currency);
        Assert.Equal(qualifier, mention.Qualifier);
    }

    [Theory]
    // The bundled corpus's non-money figures.
    [InlineData("fr", "réalisant 1 XNUMX milliards de transactions prédictives et génératives cette semaine !")]
    [InlineData("fr", "avec une participation de 49 pour cent, Microsoft avait espéré réparer la situation")]
    [InlineData("fr", "La grande majorité du personnel d'OpenAI – actuellement 700 sur 770 – ont promis")]
    [InlineData("de", "die Fähigkeit zum Trainieren eines 340-Millionen-Parameter-Modells zusammenzubringen")]
    [InlineData("fr", "Je me méfie de cet investissement d’un milliard. C’est une somme importante")]
    [InlineData("fr", "créée il y a maintenant presque 4 ans par Elon Musk")]
    [InlineData("fr", "L’un d’eux a battu le champion mondial de Go, Ke Jie, en 2017")]
    // Parameters, employees, percentages, transactions, years.
    [InlineData("en", "a model with 175 billion parameters and 1,500 employees")]
    [InlineData("en", "revenue grew 27 % in 2023")]
    [InlineData("de", "Das Unternehmen hat 770 Mitarbeiter und wuchs um 49 Prozent")]
    [InlineData("de", "1,8 Milliarden Transaktionen im Jahr 2023")]
    [InlineData("fr", "en 2019, 7 millions d'utilisateurs")]
    [InlineData("en", "It happened in 1999 and 2000.")]
    [InlineData("fr", "Il est double. Des milliards de paramètres.")]
    [InlineData("en", "All seventeen tests were successful.")]
    [InlineData("en", "Microsoft hired 10 to 20 engineers.")]
    public void Reports_no_money_where_there_is_none(string language, string text)
    {
        Assert.Empty(MoneyRecognizer.Recognize(text, language));
    }

    [Fact]
    public void A_price_before_a_count_is_not_a_range()
    {
        var mention = Assert.Single(MoneyRecognizer.Recognize("They pay $5 to 10 employees.", "en"));
        Assert.Equal(5, mention.Amount);
        Assert.Null(mention.Upper);
    }

    [Fact]
    public void Finds_several_figures_in_order()
    {
        var mentions = MoneyRecognizer.Recognize("Microsoft a investi 1 milliard de dollars en 2019, puis 10 milliards de dollars en 2023.", "fr");
        Assert.Equal([1e9, 10e9], mentions.Select(mention => mention.Amount));
    }
}
