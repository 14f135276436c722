namespace Lede.Extraction.Tests.Html;

/// <summary>Short lines inside the chosen body that belong to the page, in the languages the sets hold.</summary>
public class FurnitureLineTests
{
    [Theory]
    [InlineData("Lesen Sie auch: Der Hafen bekommt einen neuen Kran")]
    [InlineData("Mehr zum Thema:")]
    [InlineData("Czytaj też: Nowy most nad rzeką gotowy")]
    [InlineData("Lea también: Abren el mercado de la plaza vieja")]
    [InlineData("À lire aussi : le marché couvert rouvre")]
    [InlineData("MIRA: El puerto estrena grúa")]
    [InlineData("War der Artikel nützlich?")]
    [InlineData("Möchten Sie den Artikel teilen?")]
    [InlineData("Quelle: Landesamt für Statistik")]
    [InlineData("Titelbild: Jane Roe/Bildagentur")]
    [InlineData("(Alle Angaben ohne Gewähr)")]
    [InlineData("Image illustrative : des pommes au marché, licence libre")]
    [InlineData("Photo d'illustration")]
    [InlineData("- Anzeige -")]
    [InlineData("– Advertisement –")]
    [InlineData("Hier geht es zur Übersicht der Vereinsämter")]
    [InlineData("Alles über alte Apfelsorten findest du hier.")]
    [InlineData("Aufrufe: 1120 | Hinzugefügt von: Jonas | Tags: Obst")]
    [InlineData("Kommentare insgesamt: 0")]
    [InlineData("Kategorie: Obst und Garten")]
    [InlineData("Tags: apples, harvest, valley")]
    [InlineData("News date : 03/14/2021 Category : Announcements")]
    [InlineData("Du musst eingeloggt sein, um Kommentare zu schreiben! Oder noch gar nicht registriert?")]
    [InlineData("(Visited 215 times, 55 visits today)")]
    [InlineData("Rate this post")]
    [InlineData("E-Mail *:")]
    [InlineData("Anzeigen")]
    [InlineData("Seite drucken")]
    [InlineData("Escucha esta nota aquí")]
    [InlineData("Join The Conversation")]
    [InlineData("READ FULL ARTICLE")]
    [InlineData("Diese Artikel könnten dich auch interessieren:")]
    [InlineData("Foto: Talvik Agency / Wenna Polglase")]
    public void SeeAlsoAndWidgetLinesAreDropped(string line)
    {
        var result = ExtractionHarness.Extract("<body><article>" + ExtractionHarness.Story + "<p>" + line + "</p></article></body>");
        Assert.DoesNotContain(line, result.Text);
        Assert.Contains("cider press", result.Text);
    }

    [Fact]
    public void RightsNoticesStandingAloneAreDropped()
    {
        var html = "<body><article>" + ExtractionHarness.Story +
            "<p>Copyright 2024 Harbour Media Group, Inc. All Rights Reserved</p>" +
            "<p>This copy is for your personal, non-commercial use only. To order copies for your colleagues, contact our reprints desk.</p></article></body>";
        var result = ExtractionHarness.Extract(html);
        Assert.DoesNotContain("All Rights Reserved", result.Text);
        Assert.DoesNotContain("non-commercial use", result.Text);
        Assert.Contains("cider press", result.Text);
        // A sentence of the story that mentions rights stays.
        var story = ExtractionHarness.Extract("<body><article>" + ExtractionHarness.Story +
            "<p>The cooperative says it reserved all rights to the orchard's name in 2019.</p></article></body>");
        Assert.Contains("reserved all rights", story.Text);
    }

    [Fact]
    public void ServerErrorOutputPrintedIntoThePageIsDropped()
    {
        const string warning = "Warning: Undefined array key \"gallery\" in /var/www/site/wp-content/plugins/slides/render.php on line 214";
        const string strict = "Strict Standards: Declaration of Slides::option() should be compatible with Base::option() in /srv/www/lib/slides.php on line 88";
        var html = "<body><article><p>" + warning + "<br>" + strict + "</p>" + ExtractionHarness.Story + "<p>" + strict + "</p></article></body>";
        var result = ExtractionHarness.Extract(html);
        Assert.DoesNotContain("on line", result.Text);
        Assert.Contains("cider press", result.Text);
        // A sentence that merely mentions a warning stays.
        var prose = ExtractionHarness.Extract("<body><article>" + ExtractionHarness.Story +
            "<p>Warning: the ferry timetable changes on Monday, and the last boat leaves at nine.</p></article></body>");
        Assert.Contains("last boat leaves at nine", prose.Text);
    }

    [Theory]
    [InlineData("Mira cómo crecen las manzanas en el valle cada año.")]
    [InlineData("Mehr als hundert Mitglieder kamen zur Versammlung am Hafen.")]
    [InlineData("Sources close to the cooperative said the harvest was the best in a decade.")]
    [InlineData("Hier geht es zur Sache: Die Genossenschaft will eine neue Presse kaufen, sagte die Vorsitzende am Montag vor den Mitgliedern in der Halle am Hafen.")]
    public void SentencesThatStartLikeALeadInStay(string line)
    {
        var result = ExtractionHarness.Extract("<body><article>" + ExtractionHarness.Story + "<p>" + line + "</p></article></body>");
        Assert.Contains(line, result.Text);
    }

    [Fact]
    public void CaptionTailWithCopyrightIsDropped()
    {
        var caption = "The new press stands in the old barn. | \u00a9 Jane Roe/Valley Pictures";
        var result = ExtractionHarness.Extract("<body><article>" + ExtractionHarness.Story + "<p>" + caption + "</p></article></body>");
        Assert.DoesNotContain("Valley Pictures", result.Text);
        Assert.Contains("cider press", result.Text);
    }

    [Fact]
    public void LinkedHeadingIsATeaserButAPlainSubheadStays()
    {
        var result = ExtractionHarness.Extract("<body><article>" + ExtractionHarness.Story +
            "<h2>What the growers want</h2>" + ExtractionHarness.Story.Replace("orchard", "vineyard", StringComparison.Ordinal) +
            "<h3><a href=\"/other\">Pear growers fear an early frost</a></h3>" + ExtractionHarness.Story.Replace("orchard", "mill", StringComparison.Ordinal) + "</article></body>");
        Assert.Contains("What the growers want", result.Text);
        Assert.DoesNotContain("Pear growers fear", result.Text);
    }

    [Fact]
    public void FurnitureLinesInsideABlockOfLineBreaksAreDroppedAndTheRestStays()
    {
        // A gallery writes "Bild anzeigen" under each photo in the same block as the photo's text.
        var result = ExtractionHarness.Extract("<body><article>" + ExtractionHarness.Story +
            "<div>The new press came from a workshop in the hills.<br>Bild anzeigen<br>It can take two tonnes of apples a day.<br>(Noch keine Bewertungen)</div></article></body>");
        Assert.Contains("The new press came from a workshop in the hills.", result.Text);
        Assert.Contains("It can take two tonnes of apples a day.", result.Text);
        Assert.DoesNotContain("Bild anzeigen", result.Text);
        Assert.DoesNotContain("Bewertungen", result.Text);
        Assert.DoesNotContain("Bild anzeigen", result.Html);
    }
}
