using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class NewsNameFormsTests
{
    private static int[] Tags(params string[] bilou) => BilouTags.Parse(bilou);

    [Fact]
    public void A_sports_position_inside_a_span_parts_the_team_from_the_player()
    {
        string[] words = ["Browns", "DL", "Sheldon", "Richardson", "said"];
        var tags = Tags("B-PER", "I-PER", "I-PER", "L-PER", "O");
        NewsNameForms.SplitAtSportsPositions(words, tags);
        Assert.Equal(["U-ORG", "O", "B-PER", "L-PER", "O"], BilouTags.Names(tags));

        // A span without a position keeps its words.
        string[] plain = ["Sheldon", "Richardson", "said"];
        var plainTags = Tags("B-PER", "L-PER", "O");
        NewsNameForms.SplitAtSportsPositions(plain, plainTags);
        Assert.Equal(["B-PER", "L-PER", "O"], BilouTags.Names(plainTags));
    }

    [Fact]
    public void A_role_inside_a_span_parts_the_organisation_from_the_person()
    {
        string[] words = ["NBC", "co-Anchor", "Dana", "Morgan", "disagreed"];
        var tags = Tags("B-ORG", "I-ORG", "I-ORG", "L-ORG", "O");
        NewsNameForms.SplitAtRoles(words, tags);
        Assert.Equal(["U-ORG", "O", "B-PER", "L-PER", "O"], BilouTags.Names(tags));

        // Several role words are one role: "Chief Executive".
        string[] chief = ["Acme", "Motors", "Chief", "Executive", "Ann", "Wu", "said"];
        var chiefTags = Tags("B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "L-ORG", "O");
        NewsNameForms.SplitAtRoles(chief, chiefTags);
        Assert.Equal(["B-ORG", "L-ORG", "O", "O", "B-PER", "L-PER", "O"], BilouTags.Names(chiefTags));
    }

    [Fact]
    public void A_role_word_that_opens_no_persons_name_leaves_the_span()
    {
        // An organisation's last word after the role: no person there.
        string[] office = ["the", "Acme", "Secretary", "General", "Office"];
        var officeTags = Tags("O", "B-ORG", "I-ORG", "I-ORG", "L-ORG");
        NewsNameForms.SplitAtRoles(office, officeTags);
        Assert.Equal(["O", "B-ORG", "I-ORG", "I-ORG", "L-ORG"], BilouTags.Names(officeTags));

        // One word after the role is too little for a name; the role as the span's first word splits nothing.
        string[] short_ = ["Acme", "Chair", "Park", "said"];
        var shortTags = Tags("B-ORG", "I-ORG", "L-ORG", "O");
        NewsNameForms.SplitAtRoles(short_, shortTags);
        Assert.Equal(["B-ORG", "I-ORG", "L-ORG", "O"], BilouTags.Names(shortTags));
        string[] lead = ["Governor", "Ann", "Wu", "said"];
        var leadTags = Tags("B-PER", "I-PER", "L-PER", "O");
        NewsNameForms.SplitAtRoles(lead, leadTags);
        Assert.Equal(["B-PER", "I-PER", "L-PER", "O"], BilouTags.Names(leadTags));
    }

    [Theory]
    [InlineData("Deputy", "Director")]
    [InlineData("Vice", "President")]
    [InlineData("Former", "Governor")]
    public void Words_before_the_role_that_are_part_of_it_name_no_organisation(string before, string role)
    {
        // "Deputy Director Ann Wu" as one span: "Deputy" is the role's, not an organisation.
        string[] words = [before, role, "Ann", "Wu", "said"];
        var tags = Tags("B-PER", "I-PER", "I-PER", "L-PER", "O");
        NewsNameForms.SplitAtRoles(words, tags);
        Assert.Equal(["B-PER", "I-PER", "I-PER", "L-PER", "O"], BilouTags.Names(tags));
    }

    [Fact]
    public void A_place_followed_by_a_newspaper_ending_is_the_newspaper()
    {
        string[] words = ["told", "USA", "Today", "."];
        var tags = Tags("O", "U-LOC", "O", "O");
        NewsNameForms.JoinNewspaperNames(words, tags);
        Assert.Equal(["O", "B-ORG", "L-ORG", "O"], BilouTags.Names(tags));

        // A person is no newspaper's opening, and an ending that opens another name stays out.
        string[] person = ["Jane", "Roe", "Today", "said"];
        var personTags = Tags("B-PER", "L-PER", "O", "O");
        NewsNameForms.JoinNewspaperNames(person, personTags);
        Assert.Equal(["B-PER", "L-PER", "O", "O"], BilouTags.Names(personTags));
        string[] square = ["in", "New", "York", "Times", "Square"];
        var squareTags = Tags("O", "B-LOC", "L-LOC", "O", "U-LOC");
        NewsNameForms.JoinNewspaperNames(square, squareTags);
        Assert.Equal(["O", "B-LOC", "L-LOC", "O", "U-LOC"], BilouTags.Names(squareTags));
    }

    [Fact]
    public void A_weekday_event_is_one_misc_name()
    {
        string[] words = ["the", "Black", "Friday", "deals", "and", "Cyber", "Monday", "Deals"];
        var tags = Tags("O", "U-ORG", "O", "O", "O", "B-LOC", "I-LOC", "L-LOC");
        NewsNameForms.MarkWeekdayEvents(words, tags);
        Assert.Equal(["O", "B-MISC", "L-MISC", "O", "O", "B-MISC", "I-MISC", "L-MISC"], BilouTags.Names(tags));

        // A weekday after a name that makes no event is left alone ("Roe Friday said" in wire style).
        string[] plain = ["Roe", "Friday", "said"];
        var plainTags = Tags("U-PER", "O", "O");
        NewsNameForms.MarkWeekdayEvents(plain, plainTags);
        Assert.Equal(["U-PER", "O", "O"], BilouTags.Names(plainTags));
    }

    [Fact]
    public void An_abbreviation_of_a_common_noun_is_no_name()
    {
        string[] words = ["the", "SUV", "and", "the", "NFL"];
        var tags = Tags("O", "U-ORG", "O", "O", "U-ORG");
        NewsNameForms.DropCommonNounAbbreviations(words, tags);
        Assert.Equal(["O", "O", "O", "O", "U-ORG"], BilouTags.Names(tags));
    }

    [Fact]
    public void A_person_after_a_role_and_of_is_an_organisation_wherever_it_stands_alone()
    {
        string[][] words =
        [
            ["He", "was", "CEO", "of", "Hipcricket", "."],
            ["selling", "Hipcricket", "to", "Augme", "."],
            ["the", "son", "of", "Roe", "."],
        ];
        int[][] tags =
        [
            Tags("O", "O", "O", "O", "U-PER", "O"),
            Tags("O", "U-PER", "O", "U-ORG", "O"),
            Tags("O", "O", "O", "U-PER", "O"),
        ];
        NewsNameForms.RetypeOrganizationsAfterRoles(words, tags);
        Assert.Equal(["O", "O", "O", "O", "U-ORG", "O"], BilouTags.Names(tags[0]));
        Assert.Equal(["O", "U-ORG", "O", "U-ORG", "O"], BilouTags.Names(tags[1]));
        // "son of" is no role in an organisation.
        Assert.Equal(["O", "O", "O", "U-PER", "O"], BilouTags.Names(tags[2]));
    }

    [Fact]
    public void A_one_word_person_after_a_model_number_is_a_model()
    {
        string[] words = ["its", "737", "Max", "jet"];
        var tags = Tags("O", "O", "U-PER", "O");
        NewsNameForms.MarkNumberedModels(words, tags);
        Assert.Equal(["O", "O", "U-MISC", "O"], BilouTags.Names(tags));

        // A rank at a line's start and a score after a team stay names.
        string[] rank = ["62", "Henke"];
        var rankTags = Tags("O", "U-PER");
        NewsNameForms.MarkNumberedModels(rank, rankTags);
        Assert.Equal(["O", "U-PER"], BilouTags.Names(rankTags));
        string[] score = ["Leeds", "2", "Smith", "scored"];
        var scoreTags = Tags("U-ORG", "O", "U-PER", "O");
        NewsNameForms.MarkNumberedModels(score, scoreTags);
        Assert.Equal(["U-ORG", "O", "U-PER", "O"], BilouTags.Names(scoreTags));
    }

    [Fact]
    public void A_name_with_s_before_no_noun_is_a_store()
    {
        string[] words = ["Rival", "Lowe", "'s", "was", "lower", "and", "Macy", "'s", ",", "Fox"];
        var tags = Tags("O", "U-ORG", "O", "O", "O", "O", "U-PER", "O", "O", "U-ORG");
        NewsNameForms.KeepStoreNamesWhole(words, tags);
        Assert.Equal(["O", "B-ORG", "L-ORG", "O", "O", "O", "B-ORG", "L-ORG", "O", "U-ORG"], BilouTags.Names(tags));

        // A possessive before its noun, or in brackets, stays a possessive.
        string[] possessive = ["Roe", "'s", "call", "(", "Arafat", "'s", ")"];
        var possessiveTags = Tags("U-PER", "O", "O", "O", "U-PER", "O", "O");
        NewsNameForms.KeepStoreNamesWhole(possessive, possessiveTags);
        Assert.Equal(["U-PER", "O", "O", "O", "U-PER", "O", "O"], BilouTags.Names(possessiveTags));
    }

    [Fact]
    public void A_company_a_model_word_and_a_name_are_a_product_and_so_is_the_name_alone()
    {
        string[][] words =
        [
            ["Audi", "has", "revealed", "the", "Audi", "e-tron", "Sportback", "."],
            ["The", "Sportback", "is", "long", "."],
            ["Texas", "won", "and", "the", "Texas", "Rangers", "lost", "."],
        ];
        int[][] tags =
        [
            Tags("U-ORG", "O", "O", "O", "U-ORG", "O", "U-ORG", "O"),
            Tags("O", "U-ORG", "O", "O", "O"),
            Tags("U-ORG", "O", "O", "O", "B-ORG", "L-ORG", "O", "O"),
        ];
        NewsNameForms.MarkProductsOfCompanies(words, tags);
        Assert.Equal(["U-ORG", "O", "O", "O", "B-MISC", "I-MISC", "L-MISC", "O"], BilouTags.Names(tags[0]));
        Assert.Equal(["O", "U-MISC", "O", "O", "O"], BilouTags.Names(tags[1]));
        // Without a model word between, a company's name and another name stay as tagged (a team here).
        Assert.Equal(["U-ORG", "O", "O", "O", "B-ORG", "L-ORG", "O", "O"], BilouTags.Names(tags[2]));
    }

    [Fact]
    public void A_one_word_name_before_a_product_kind_is_the_product_wherever_it_stands()
    {
        string[][] words =
        [
            ["a", "redesigned", "Roadster", "from", "Kestrel", "."],
            ["Kestrel", "is", "hoping", "the", "Roadster", "compact", "sedan", "sells", "."],
            ["The", "2020", "Roadster", "is", "new", "."],
            ["one", "of", "the", "Orbit", "controllers", "."],
        ];
        int[][] tags =
        [
            Tags("O", "O", "U-ORG", "O", "U-ORG", "O"),
            Tags("U-ORG", "O", "O", "O", "U-MISC", "O", "O", "O", "O"),
            Tags("O", "O", "U-ORG", "O", "O", "O"),
            Tags("O", "O", "O", "U-ORG", "O", "O"),
        ];
        NewsNameForms.MarkProductsBeforeKindNouns(words, tags);
        Assert.Equal(["O", "O", "U-MISC", "O", "U-ORG", "O"], BilouTags.Names(tags[0]));
        Assert.Equal(["U-ORG", "O", "O", "O", "U-MISC", "O", "O", "O", "O"], BilouTags.Names(tags[1]));
        Assert.Equal(["O", "O", "U-MISC", "O", "O", "O"], BilouTags.Names(tags[2]));
        Assert.Equal(["O", "O", "O", "U-MISC", "O", "O"], BilouTags.Names(tags[3]));
    }

    [Fact]
    public void A_maker_a_place_or_an_owned_make_before_a_product_kind_stays_a_name()
    {
        string[][] words =
        [
            ["Kestrel", "said", "Kestrel", "cars", "sell", "."],
            ["the", "Detroit", "car", "market", "and", "a", "Norco", "car", "plant", "."],
            ["his", "Navy", "jet", "was", "hit", "."],
        ];
        int[][] tags =
        [
            Tags("U-ORG", "O", "U-ORG", "O", "O", "O"),
            Tags("O", "U-LOC", "O", "O", "O", "O", "U-ORG", "O", "O", "O"),
            Tags("O", "U-ORG", "O", "O", "O", "O"),
        ];
        NewsNameForms.MarkProductsBeforeKindNouns(words, tags);
        // A company seen acting ("Kestrel said") is the maker; a place says where; a market or plant is an industry's.
        Assert.Equal(["U-ORG", "O", "U-ORG", "O", "O", "O"], BilouTags.Names(tags[0]));
        Assert.Equal(["O", "U-LOC", "O", "O", "O", "O", "U-ORG", "O", "O", "O"], BilouTags.Names(tags[1]));
        Assert.Equal(["O", "U-ORG", "O", "O", "O", "O"], BilouTags.Names(tags[2]));
    }

    [Fact]
    public void A_word_typed_a_place_elsewhere_stays_the_place_though_it_named_a_product_once()
    {
        string[][] words =
        [
            ["the", "Kestrel", "sedan", "was", "red", "."],
            ["It", "was", "built", "in", "Kestrel", "."],
        ];
        int[][] tags =
        [
            Tags("O", "U-ORG", "O", "O", "O", "O"),
            Tags("O", "O", "O", "O", "U-LOC", "O"),
        ];
        NewsNameForms.MarkProductsBeforeKindNouns(words, tags);
        Assert.Equal("U-MISC", BilouTags.Names(tags[0])[1]);
        Assert.Equal("U-LOC", BilouTags.Names(tags[1])[4]);
    }

    [Fact]
    public void A_product_kind_that_opens_a_compound_noun_names_no_product()
    {
        string[][] words =
        [
            ["The", "Kestrel", "plane", "crash", "killed", "150", "people", "."],
            ["a", "Harbin", "drone", "strike", "hit", "the", "town", "."],
            ["Investigators", "blamed", "Kestrel", "and", "Harbin", "."],
        ];
        int[][] tags =
        [
            Tags("O", "U-ORG", "O", "O", "O", "O", "O", "O"),
            Tags("O", "U-ORG", "O", "O", "O", "O", "O", "O"),
            Tags("O", "O", "U-ORG", "O", "U-ORG", "O"),
        ];
        NewsNameForms.MarkProductsBeforeKindNouns(words, tags);
        // "plane crash", "drone strike": the kind noun describes a happening, and the name is whose it was.
        Assert.Equal("U-ORG", BilouTags.Names(tags[0])[1]);
        Assert.Equal("U-ORG", BilouTags.Names(tags[1])[1]);
        Assert.Equal(["O", "O", "U-ORG", "O", "U-ORG", "O"], BilouTags.Names(tags[2]));
    }

    [Fact]
    public void A_name_ending_in_a_capitalised_product_kind_is_the_product()
    {
        string[] words = ["PS4", "Orbit", "Wireless", "Controller", "in", "Crystal"];
        var tags = Tags("U-MISC", "B-ORG", "I-ORG", "L-ORG", "O", "U-LOC");
        NewsNameForms.MarkSpansEndingInProductKinds(words, tags);
        Assert.Equal(["U-MISC", "B-MISC", "I-MISC", "L-MISC", "O", "U-LOC"], BilouTags.Names(tags));

        // A newspaper after "the" and an organisation's name stay; a model word inside makes "the" no newspaper's.
        string[] paper = ["the", "Christian", "Science", "Monitor", "and", "Kestrel", "Motor", "Cars"];
        var paperTags = Tags("O", "B-ORG", "I-ORG", "L-ORG", "O", "B-ORG", "I-ORG", "L-ORG");
        NewsNameForms.MarkSpansEndingInProductKinds(paper, paperTags);
        Assert.Equal(["O", "B-ORG", "I-ORG", "L-ORG", "O", "B-ORG", "I-ORG", "L-ORG"], BilouTags.Names(paperTags));
        string[] team = ["New", "York", "Jets", "and", "Bristol", "Rovers"];
        var teamTags = Tags("B-ORG", "I-ORG", "L-ORG", "O", "B-ORG", "L-ORG");
        NewsNameForms.MarkSpansEndingInProductKinds(team, teamTags);
        Assert.Equal(["B-ORG", "I-ORG", "L-ORG", "O", "B-ORG", "L-ORG"], BilouTags.Names(teamTags));
        string[] model = ["the", "Kestrel", "e-tron", "SUV"];
        var modelTags = Tags("O", "B-ORG", "I-ORG", "L-ORG");
        NewsNameForms.MarkSpansEndingInProductKinds(model, modelTags);
        Assert.Equal(["O", "B-MISC", "I-MISC", "L-MISC"], BilouTags.Names(modelTags));
    }

    [Fact]
    public void The_moon_or_a_planet_typed_an_organisation_is_a_place()
    {
        string[] words = ["life", "off", "Earth", "and", "on", "Mars", "with", "Mercury"];
        var tags = Tags("O", "O", "U-ORG", "O", "O", "U-MISC", "O", "U-PER");
        NewsNameForms.RetypeCelestialBodies(words, tags);
        // A person so named is left.
        Assert.Equal(["O", "O", "U-LOC", "O", "O", "U-LOC", "O", "U-PER"], BilouTags.Names(tags));
    }

    [Fact]
    public void A_place_span_with_a_comma_is_a_town_and_its_state()
    {
        string[] words = ["in", "Washington", ",", "D.C.", "and", "Bodman", ",", "Longely", "&", "Co"];
        var tags = Tags("O", "B-LOC", "I-LOC", "L-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "L-ORG");
        NewsNameForms.SplitPlacesAtCommas(words, tags);
        // An organisation's name keeps its comma.
        Assert.Equal(["O", "U-LOC", "O", "U-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "L-ORG"], BilouTags.Names(tags));
    }

    [Fact]
    public void A_place_before_a_league_position_and_a_player_is_the_team()
    {
        string[] words = ["for", "Pittsburgh", "center", "Jane", "Roe", "and", "England", "captain", "Will", "Doe"];
        var tags = Tags("O", "U-LOC", "O", "B-PER", "L-PER", "O", "U-LOC", "O", "B-PER", "L-PER");
        NewsNameForms.RetypeTeamsBeforeSportsRoles(words, tags);
        // A national side's captain leaves the country a place, as CoNLL types it.
        Assert.Equal(["O", "U-ORG", "O", "B-PER", "L-PER", "O", "U-LOC", "O", "B-PER", "L-PER"], BilouTags.Names(tags));

        // Without a person after the role the place stays.
        string[] alone = ["the", "Pittsburgh", "center", "."];
        var aloneTags = Tags("O", "U-LOC", "O", "O");
        NewsNameForms.RetypeTeamsBeforeSportsRoles(alone, aloneTags);
        Assert.Equal(["O", "U-LOC", "O", "O"], BilouTags.Names(aloneTags));
    }

    [Fact]
    public void A_name_opened_by_a_hashtag_or_a_handle_is_dropped()
    {
        string[] words = ["by", "#AcmeBias", ",", "Inc.", "and", "@jane", "and", "Acme", "Inc."];
        var tags = Tags("O", "B-ORG", "I-ORG", "L-ORG", "O", "U-PER", "O", "B-ORG", "L-ORG");
        NewsNameForms.DropHashtagsAndHandles(words, tags);
        Assert.Equal(["O", "O", "O", "O", "O", "O", "O", "B-ORG", "L-ORG"], BilouTags.Names(tags));
    }

    [Fact]
    public void A_call_to_action_at_a_sentence_start_leaves_the_name()
    {
        string[] words = ["Get", "Cycle", "Monthly", "delivered", "."];
        var tags = Tags("B-ORG", "I-ORG", "L-ORG", "O", "O");
        NewsNameForms.DropCallToActionVerbs(words, tags);
        Assert.Equal(["O", "B-ORG", "L-ORG", "O", "O"], BilouTags.Names(tags));

        string[] tip = ["Pro", "tip", ":", "Learn", "more"];
        var tipTags = Tags("O", "O", "O", "U-PER", "O");
        NewsNameForms.DropCallToActionVerbs(tip, tipTags);
        Assert.Equal(["O", "O", "O", "O", "O"], BilouTags.Names(tipTags));

        // Inside a sentence the word is left to the tagger.
        string[] inside = ["they", "Get", "Out"];
        var insideTags = Tags("O", "B-MISC", "L-MISC");
        NewsNameForms.DropCallToActionVerbs(inside, insideTags);
        Assert.Equal(["O", "B-MISC", "L-MISC"], BilouTags.Names(insideTags));
    }

    [Fact]
    public void A_lower_case_brand_after_a_role_and_of_is_an_organisation_wherever_it_stands()
    {
        string[][] words =
        [
            ["Ana", "Ruiz", ",", "founder", "of", "acme9", ",", "said", "."],
            ["Research", "from", "acme9", "shows", "a", "rise", "."],
            ["the", "mean", "of", "x2y", "."],
        ];
        int[][] tags =
        [
            Tags("B-PER", "L-PER", "O", "O", "O", "O", "O", "O", "O"),
            Tags("O", "O", "O", "O", "O", "O", "O"),
            Tags("O", "O", "O", "O", "O"),
        ];
        NewsNameForms.RetypeOrganizationsAfterRoles(words, tags);
        Assert.Equal(["B-PER", "L-PER", "O", "O", "O", "U-ORG", "O", "O", "O"], BilouTags.Names(tags[0]));
        Assert.Equal(["O", "O", "U-ORG", "O", "O", "O", "O"], BilouTags.Names(tags[1]));
        // Without a role before "of" such a word stays untagged.
        Assert.Equal(["O", "O", "O", "O", "O"], BilouTags.Names(tags[2]));
        Assert.True(NewsNameForms.IsLowerCaseBrand("my6sense"));
        Assert.True(NewsNameForms.IsLowerCaseBrand("eFoo"));
        // English words and numbers with a unit are no brands.
        Assert.False(NewsNameForms.IsLowerCaseBrand("sense"));
        Assert.False(NewsNameForms.IsLowerCaseBrand("3km"));
        Assert.False(NewsNameForms.IsLowerCaseBrand("x5"));
    }

    [Fact]
    public void A_companys_possessive_opening_a_misc_name_is_the_company()
    {
        string[][] words =
        [
            ["Kestrel", "also", "won", "."],
            ["a", "variant", "of", "Kestrel", "'s", "Skyliner", "."],
            ["at", "Wimbledon", "'s", "Centre", "Court", "."],
        ];
        int[][] tags =
        [
            Tags("U-ORG", "O", "O", "O"),
            Tags("O", "O", "O", "B-MISC", "I-MISC", "L-MISC", "O"),
            Tags("O", "B-MISC", "I-MISC", "I-MISC", "L-MISC", "O"),
        ];
        NewsNameForms.SplitCompanyPossessives(words, tags);
        Assert.Equal(["O", "O", "O", "U-ORG", "O", "U-MISC", "O"], BilouTags.Names(tags[1]));
        // A name the document never types an organisation alone keeps its span.
        Assert.Equal(["O", "B-MISC", "I-MISC", "I-MISC", "L-MISC", "O"], BilouTags.Names(tags[2]));
    }

    [Fact]
    public void A_one_word_misc_name_typed_an_organisation_elsewhere_is_the_organisation()
    {
        string[][] words =
        [
            ["the", "Browns", "won", "."],
            ["Browns", "fans", "and", "German", "fans", "."],
        ];
        int[][] tags =
        [
            Tags("O", "U-ORG", "O", "O"),
            Tags("U-MISC", "O", "O", "U-MISC", "O", "O"),
        ];
        NewsNameForms.RetypeMiscLikeOrganizations(words, tags);
        Assert.Equal(["U-ORG", "O", "O", "U-MISC", "O", "O"], BilouTags.Names(tags[1]));
    }

    [Fact]
    public void An_office_name_holds_its_kind_of_body()
    {
        string[] words = ["NASA", "'s", "Science", "Mission", "Directorate", "and", "the", "Office", "of", "the", "Inspector", "General"];
        var tags = Tags("U-ORG", "O", "B-ORG", "L-ORG", "O", "O", "O", "O", "O", "O", "B-ORG", "L-ORG");
        NewsNameForms.ExtendOfficeNames(words, tags);
        Assert.Equal(["U-ORG", "O", "B-ORG", "I-ORG", "L-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "L-ORG"], BilouTags.Names(tags));

        // A lower-case word after the name is not its kind ("NASA office").
        string[] plain = ["NASA", "office"];
        var plainTags = Tags("U-ORG", "O");
        NewsNameForms.ExtendOfficeNames(plain, plainTags);
        Assert.Equal(["U-ORG", "O"], BilouTags.Names(plainTags));
    }

    [Fact]
    public void A_person_listed_among_organisations_is_one()
    {
        string[] words = ["Ford", ",", "Macy", ",", "NBC", ",", "Fox", "and", "others"];
        var tags = Tags("U-ORG", "O", "U-ORG", "O", "U-ORG", "O", "U-PER", "O", "O");
        NewsNameForms.RetypeListedPersons(words, tags);
        Assert.Equal(["U-ORG", "O", "U-ORG", "O", "U-ORG", "O", "U-ORG", "O", "O"], BilouTags.Names(tags));

        // Two organisations make no list of them.
        string[] shortList = ["Ford", ",", "NBC", "and", "Fox"];
        var shortTags = Tags("U-ORG", "O", "U-ORG", "O", "U-PER");
        NewsNameForms.RetypeListedPersons(shortList, shortTags);
        Assert.Equal(["U-ORG", "O", "U-ORG", "O", "U-PER"], BilouTags.Names(shortTags));
    }

    [Fact]
    public void A_person_or_place_span_ending_in_an_organisation_suffix_is_the_organisation_but_a_bank_stays_a_place()
    {
        string[] words = ["The", "Okafor", "Foundation", "and", "Lagos", "Institute", "in", "the", "West", "Bank", "."];
        var tags = BilouTags.Parse(["O", "B-LOC", "L-LOC", "O", "B-PER", "L-PER", "O", "O", "B-LOC", "L-LOC", "O"]);
        NewsNameForms.RetypeSpansEndingInOrganizationSuffixes(words, tags);
        Assert.Equal(["B-ORG", "L-ORG"], BilouTags.Names(tags)[1..3]);
        Assert.Equal(["B-ORG", "L-ORG"], BilouTags.Names(tags)[4..6]);
        Assert.Equal(["B-LOC", "L-LOC"], BilouTags.Names(tags)[8..10]);
    }

    [Fact]
    public void A_peoples_name_typed_a_person_or_company_is_misc_and_a_person_named_otherwise_stays()
    {
        string[] words = ["Latino", "voters", "and", "Hispanic", "groups", "met", "Okafor", "."];
        var tags = BilouTags.Parse(["U-PER", "O", "O", "U-ORG", "O", "O", "U-PER", "O"]);
        NewsNameForms.RetypePeopleNames(words, tags);
        Assert.Equal("U-MISC", BilouTags.Names(tags)[0]);
        Assert.Equal("U-MISC", BilouTags.Names(tags)[3]);
        Assert.Equal("U-PER", BilouTags.Names(tags)[6]);
    }
}
