using Lede.Extraction.Model;

namespace Lede.Extraction.Tests.Text;

public class PlainTextArticleReaderTests
{
    private static NewsArticle Read(string text) =>
        new ArticleExtractor().Extract(text, new ExtractionRequest { Format = InputFormat.Text });

    // An invented wire story flattened the way crawlers flatten news pages: header, headline,
    // teaser, byline in capitals, two photo captions, dateline, body.
    private const string WireStory = """
         updated 2023-01-09 Menu
        Harbour authority closes old pier after storm damage
        
        LINDENFELD (AP) — The harbour authority said Thursday that it will close the old pier for
        
        ORLA PENDERGAST, Associated Press
        Waves break over the sea wall in Lindenfeld, Wednesday, Nov. 12, 2025. (AP Photo/Rhea Castell)
        Workers inspect the old pier in Lindenfeld, Thursday, Nov. 13, 2025. (Tobin Reyes/Pool Photo via AP)
        LINDENFELD (AP) — The harbour authority said Thursday that it will close the old pier for repairs until the spring, after a storm tore away part of its deck.

        Engineers found cracks in three of the pier's supports, the authority said in a statement, and divers will inspect the foundations next week.

        "We cannot let anyone walk on it until we know it is safe," the authority's director, Ines Varga, told reporters on the quay.

        Fishing boats that moor at the pier will move to the new basin on the east side of the harbour, where twelve berths are free.

        The pier, built in 1911, was last repaired after a flood in 1987, according to the town archive.
        """;

    // Flattened text declares no language, so the text itself says which: without it a German file was analysed with
    // the English models (sentence openings typed as people) and `search --lang` never found a text input.
    [Fact]
    public void Language_of_flattened_text_is_read_from_its_words()
    {
        Assert.Equal("en", Read(WireStory).InLanguage);
        var german = Read("""
            Stadtrat beschließt neue Brücke über den Hafen

            Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, eine Fußgängerbrücke über den alten Hafen zu bauen.

            Die Brücke soll den Fischmarkt mit dem neuen Fähranleger verbinden und im Sommer des kommenden Jahres eröffnet werden, sagte die Bürgermeisterin nach der Sitzung.
            """);
        Assert.Equal("de", german.InLanguage);
    }

    [Fact]
    public void A_line_or_two_is_too_little_text_to_name_a_language()
    {
        Assert.Null(Read("Stadtrat beschließt Brücke").InLanguage);
    }

    [Fact]
    public void Wire_story_headline_byline_agency_and_dateline()
    {
        var article = Read(WireStory);
        Assert.Equal("Harbour authority closes old pier after storm damage", article.Headline);
        Assert.Equal([new Person("Orla Pendergast")], article.Authors);
        Assert.Equal("Associated Press", article.SourceOrganization);
        Assert.Equal(new Dateline("LINDENFELD", "AP"), article.Dateline);
    }

    [Fact]
    public void Wire_story_body_has_the_lede_once_and_no_captions()
    {
        var article = Read(WireStory);
        var paragraphs = article.ArticleBody.Split("\n\n");
        Assert.Equal(5, paragraphs.Length);
        Assert.StartsWith("LINDENFELD (AP) — The harbour authority said Thursday", paragraphs[0]);
        Assert.EndsWith("according to the town archive.", paragraphs[^1]);
        Assert.Equal(1, CountOf(article.ArticleBody, "The harbour authority said Thursday"));
        Assert.DoesNotContain("AP Photo", article.ArticleBody);
        Assert.DoesNotContain("PENDERGAST", article.ArticleBody);
        Assert.Contains(article.Warnings, w => w.Contains("teaser"));
        Assert.Equal(5, CountOf(article.ArticleHtml!, "<p>"));
    }

    [Fact]
    public void Wire_story_images_keep_caption_and_credit_apart()
    {
        var article = Read(WireStory);
        Assert.Equal(2, article.Images.Count);
        Assert.Equal(new ArticleImage(null, "Waves break over the sea wall in Lindenfeld, Wednesday, Nov. 12, 2025.", "AP Photo/Rhea Castell"), article.Images[0]);
        Assert.Equal("Tobin Reyes/Pool Photo via AP", article.Images[1].Credit);
    }

    [Fact]
    public void Wire_story_date_comes_from_the_caption_the_story_speaks_of_and_the_header_conflict_is_reported()
    {
        var article = Read(WireStory);
        Assert.Equal("2025-11-13", article.DatePublished);
        Assert.Equal("caption", article.DatePublishedSource);
        Assert.NotNull(article.DatePublishedConfidence);
        Assert.Contains(article.Warnings, w => w.Contains("2023-01-09") && w.Contains("header"));
    }

    // An invented news page flattened with its navigation, share bar, advertisement and footer.
    private const string FlattenedPage = """
        Skip to content
        The Lindenfeld Courier
        Home | News | Sport | Weather | Culture
        News
        Sport
        Opinion
        Subscribe
        Council approves new tram line to the university
        By Nadia Okafor
        Published March 3, 2025
        Share this article
        The city council approved on Monday a new tram line that will link the central station with the university campus by 2028.
        The line will run for six kilometres and stop at nine stations, including the hospital and the new sports hall, the transport department said.
        Advertisement
        Construction is expected to cost 240 million euros, two thirds of which will come from the regional government, according to the plan.
        Opponents argued that buses would be cheaper, but the council voted 31 to 12 in favour after a four-hour debate.
        "This is the most important decision for the city in a generation," the mayor said after the vote.
        Related stories
        Bus fares to rise in April
        University opens new library
        Council debates parking fees
        Most read
        Storm closes harbour pier
        Copyright 2025 The Lindenfeld Courier. All rights reserved.
        Privacy Policy | Terms of Use | Contact us
        """;

    [Fact]
    public void Flattened_page_yields_its_story_without_navigation_or_footer()
    {
        var article = Read(FlattenedPage);
        Assert.Equal("Council approves new tram line to the university", article.Headline);
        Assert.Equal([new Person("Nadia Okafor")], article.Authors);
        Assert.Null(article.SourceOrganization);
        Assert.Equal("2025-03-03", article.DatePublished);
        Assert.Equal("byline-text", article.DatePublishedSource);
        var paragraphs = article.ArticleBody.Split("\n\n");
        Assert.Equal(5, paragraphs.Length);
        Assert.StartsWith("The city council approved on Monday", paragraphs[0]);
        Assert.EndsWith("the mayor said after the vote.", paragraphs[^1]);
        foreach (var noise in new[] { "Advertisement", "Share", "Related", "Bus fares", "Copyright", "Subscribe", "Sport" })
            Assert.DoesNotContain(noise, article.ArticleBody);
    }

    // A short recipe post whose site footer carries a disclaimer in several paragraphs, longer than the post.
    private const string PostAboveDisclaimer = """
        Home
        Recipes
        Soups
        Salads
        Baking
        Drinks
        Search
        Log in
        Green pea soup for a cold evening
        This soup takes twenty minutes and uses frozen peas, an onion, a little butter and stock from the cupboard.
        Fry the onion until soft, add the peas and stock, simmer for ten minutes and blend until smooth.
        Season with salt and pepper, and serve it with bread and a spoon of yoghurt on top.
        Related Recipes
        Soups
        Carrot soup
        Soups
        Tomato soup
        Facebook
        Pinterest
        Instagram
        Join our newsletter
        The information provided on this website, including the recipes, community pages and all other content, was first written for readers in one country. Rules in your country may differ from them.
        Results depend on where you start, your goals and your effort. Exercise and a good diet are needed to keep a healthy weight, and the stories shown may come from people who used more than one product.
        These products are not intended to diagnose, treat or cure any disease, and nothing here replaces the advice of a doctor who knows your case and your history.
        Ask your doctor before starting any exercise programme or using any supplement, especially if you have a medical condition. Everything on our pages is for information only and is no medical advice.
        © 2025 Pea Kitchen. All rights reserved.
        """;

    [Fact]
    public void Disclaimer_in_several_footer_paragraphs_does_not_win_over_the_post()
    {
        var article = Read(PostAboveDisclaimer);
        Assert.StartsWith("This soup takes twenty minutes", article.ArticleBody);
        Assert.DoesNotContain("not intended to diagnose", article.ArticleBody);
    }

    private const string StoryWithDates = """
        Home
        Music
        Harbour Band announces its first tour in ten years
        The Harbour Band will play twelve cities next summer, its first tour since the members went their own ways in 2015.
        The singer told the crowd at a club show on Friday that the band had written new songs for the tour.
        Tickets go on sale on Friday at the venues and online, the promoter said in a statement.
        The tour dates:
        June 9 -- City Hall, Lindenfeld
        June 12 -- Pier Theatre, Eastport
        June 15 -- The Arena, North Bay
        June 20 -- Park Stage, Westbrook
        Facebook
        Twitter
        """;

    [Fact]
    public void Dated_list_the_story_introduces_with_a_colon_belongs_to_the_story()
    {
        var article = Read(StoryWithDates);
        Assert.Contains("The tour dates:", article.ArticleBody);
        Assert.EndsWith("June 20 -- Park Stage, Westbrook", article.ArticleBody);
        Assert.DoesNotContain("Facebook", article.ArticleBody);
    }

    [Fact]
    public void Headlines_or_a_menu_below_a_colon_line_stay_out_of_the_story()
    {
        var headlines = StoryWithDates.Replace("June 9 -- City Hall, Lindenfeld", "Singer opens a bakery in the old town")
            .Replace("June 12 -- Pier Theatre, Eastport", "Festival moves to the harbour this year")
            .Replace("June 15 -- The Arena, North Bay", "Choir wins the national prize again");
        Assert.DoesNotContain("bakery", Read(headlines).ArticleBody);

        var menu = StoryWithDates.Replace("June 9 -- City Hall, Lindenfeld", "News").Replace("June 12 -- Pier Theatre, Eastport", "Sport 2025")
            .Replace("June 15 -- The Arena, North Bay", "Weather").Replace("June 20 -- Park Stage, Westbrook", "Events 2026");
        Assert.DoesNotContain("Sport", Read(menu).ArticleBody);
    }

    [Fact]
    public void Dated_entries_written_alike_under_a_heading_belong_to_the_story()
    {
        var body = Read(StoryWithDates.Replace("The tour dates:", "Harbour Band Tour Dates")).ArticleBody;
        Assert.Contains("Harbour Band Tour Dates", body);
        Assert.EndsWith("June 20 -- Park Stage, Westbrook", body);
    }

    [Fact]
    public void Headlines_with_figures_under_a_heading_stay_out_of_the_story()
    {
        var headlines = StoryWithDates.Replace("The tour dates:", "Recent Music News")
            .Replace("June 9 -- City Hall, Lindenfeld", "Singer, 54, opens a bakery in the old town")
            .Replace("June 12 -- Pier Theatre, Eastport", "Festival moves to May 3 this year")
            .Replace("June 15 -- The Arena, North Bay", "Choir wins 2 national prizes")
            .Replace("June 20 -- Park Stage, Westbrook", "10 albums to hear this winter");
        Assert.DoesNotContain("bakery", Read(headlines).ArticleBody);
    }

    private const string StoryWithTable = """
        Home
        Football
        Harbour FC end the season on top
        Harbour FC won the league on Sunday with a draw at home, two points clear of Pier United after thirty games.
        Pier United beat North Bay in the last game but could not catch the leaders, who lost only twice this season.
        Final standings after thirty games:
        Pos.
        Team
        Points
        1
        Harbour FC
        64
        2
        Pier United
        62
        3
        North Bay
        51
        4
        Eastport
        40
        5
        Westbrook Rovers
        38
        Facebook
        Twitter
        """;

    [Fact]
    public void Table_the_story_introduces_with_a_colon_is_read_back_in_rows()
    {
        var paragraphs = Read(StoryWithTable).ArticleBody.Split("\n\n");
        Assert.Equal("Final standings after thirty games:", paragraphs[2]);
        Assert.Equal("Pos. Team Points", paragraphs[3]);
        Assert.Equal("1 Harbour FC 64", paragraphs[4]);
        Assert.Equal("5 Westbrook Rovers 38", paragraphs[^1]);
    }

    [Fact]
    public void Cells_without_figures_below_a_colon_line_are_no_table()
    {
        var menu = StoryWithTable;
        foreach (var figure in new[] { "64", "62", "51", "40", "38", "1", "2", "3", "4", "5" })
            menu = menu.Replace("\n" + figure + "\n", "\nSection\n");
        var body = Read(menu).ArticleBody;
        Assert.DoesNotContain("Harbour FC\n", body + "\n");
        Assert.DoesNotContain("Westbrook Rovers", body);
    }

    [Fact]
    public void Text_that_opens_with_its_headline_and_a_closing_period()
    {
        var article = Read("Mayor ‘Will Not Resign’ Over Tram Vote.\n\nThe mayor of Lindenfeld said on Tuesday that she would not resign over the tram vote.\n\nHer critics said they would collect signatures for a referendum.");
        Assert.Equal("Mayor ‘Will Not Resign’ Over Tram Vote", article.Headline);
        Assert.Equal(2, article.ArticleBody.Split("\n\n").Length);
    }

    [Fact]
    public void Headline_split_over_two_lines_after_a_semicolon()
    {
        var article = Read("Tram line approved; \nCouncil votes 31 to 12 after long debate.\n\nThe city council approved on Monday a new tram line that will link the central station with the university campus by 2028.\n\nConstruction is expected to start next year.");
        Assert.Equal("Tram line approved; Council votes 31 to 12 after long debate", article.Headline);
        Assert.StartsWith("The city council approved", article.ArticleBody);
    }

    [Fact]
    public void Agency_sign_off_marks_wire_copy()
    {
        var article = Read("Port traffic rises for third month.\n\nTraffic through the port of Lindenfeld rose for a third month in October as exports of grain recovered, the port authority said on Friday.\n\nThe authority expects a record year.\n\n(Reporting by Ada Marsh; Editing by Tom Vale)");
        Assert.Equal("Reuters", article.SourceOrganization);
        Assert.Null(article.Dateline);
    }

    [Fact]
    public void Author_note_at_the_foot_names_the_writer_when_no_byline_does()
    {
        var article = Read("Port traffic rises for third month.\n\nTraffic through the port of Lindenfeld rose for a third month in October as exports of grain recovered, the port authority said on Friday.\n\nThe authority expects a record year.\n\n\"Follow Ada Marsh on Twitter @adamarsh.\"");
        Assert.Equal([new Person("Ada Marsh")], article.Authors);
    }

    [Fact]
    public void Huge_lines_and_many_lines_are_read_without_failing()
    {
        var longParagraph = string.Concat(Enumerable.Repeat("The tide rose over the quay and the boats waited in the basin. ", 4000));
        var menu = string.Concat(Enumerable.Repeat("News\nSport\n(\n—\n", 30_000));
        var article = Read("Harbour floods again\n" + longParagraph + "\n" + menu);
        Assert.Equal(longParagraph.Trim(), article.ArticleBody);
        Assert.Equal("Harbour floods again", article.Headline);
    }

    [Fact]
    public void Empty_and_noise_only_text_give_no_body()
    {
        Assert.Equal("", Read("").ArticleBody);
        Assert.Equal("", Read("Home\nNews\nSport\n© 2025 Lindenfeld Media").ArticleBody);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    // An invented results round-up: every line is full of names, so none reads as prose by its shape.
    private const string ResultsRoundUp = """
        Home
        Sports
        Scores
        County round-up: Eastfield stays unbeaten
        Published 9:10 PM Nov 2, 2025
        GIRLS BASKETBALL
        Eastfield d. Marlow 58-41
        Eastfield (3-0): Tessa Quill 21 points. Nora Vance 12 points. Ivy Stroud 9 points. Lena Marsh 6 points.
        Marlow (1-2): Dana Holt 14 points. Ruth Ames 10 points. Cleo Brandt 8 points. Vera Lindqvist 5 points.
        BOYS SOCCER
        Westbrook d. Harlan 2-1
        Westbrook (4-1): Owen Pike 1 goal. Ezra Vale 1 goal. Jonah Reed 1 assist. Milo Cruz 6 saves and 1 assist.
        Harlan (2-3): Theo Banks 1 goal. Silas Ward 4 saves. Felix Moreau 1 assist. Hugo Lenz 2 saves.
        Terms of Service
        Privacy Notice
        """;

    [Fact]
    public void A_page_whose_lines_are_all_names_still_yields_its_sentence_lines_as_body()
    {
        var article = Read(ResultsRoundUp);
        Assert.NotNull(article.ArticleBody);
        Assert.Contains("Tessa Quill 21 points.", article.ArticleBody);
        Assert.Contains("Silas Ward 4 saves.", article.ArticleBody);
        Assert.DoesNotContain("Privacy Notice", article.ArticleBody);
        Assert.DoesNotContain("Home", article.ArticleBody);
    }

    [Fact]
    public void A_saved_file_name_dates_a_text_that_prints_no_day_and_yields_to_one_that_does()
    {
        const string undated = """
            Harbour authority closes old pier

            The harbour authority said it will close the old pier for repairs until the spring, after a storm tore away part of its deck and left two of its supports cracked.

            Engineers found cracks in three of the pier's supports, the authority said in a statement, and divers will inspect the foundations next week before any work starts.
            """;
        var extractor = new ArticleExtractor();
        var fromName = extractor.Extract(undated, new ExtractionRequest { Format = InputFormat.Text, Source = "saved/harbour_2016-06-29_pier.txt" });
        Assert.Equal("2016-06-29", fromName.DatePublished);
        Assert.Equal("file-name", fromName.DatePublishedSource);
        Assert.Null(extractor.Extract(undated, new ExtractionRequest { Format = InputFormat.Text, Source = "saved/pier.txt" }).DatePublished);

        var stamped = extractor.Extract("Published March 5, 2025\n" + undated,
            new ExtractionRequest { Format = InputFormat.Text, Source = "saved/harbour_2016-06-29_pier.txt" });
        Assert.Equal("2025-03-05", stamped.DatePublished);
    }
}
