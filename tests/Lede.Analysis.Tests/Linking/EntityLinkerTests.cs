using Lede.Analysis.Linking;
using Lede.Analysis.Model;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Linking;

public class EntityLinkerTests
{
    // Mentions are given by hand so these tests check linking and titles, not the tagger.
    private static LinkedEntities Link(string text, params (string Text, string Type)[] names)
    {
        var mentions = new List<Mention>();
        var from = 0;
        foreach (var (name, type) in names)
        {
            var start = text.IndexOf(name, from, StringComparison.Ordinal);
            mentions.Add(new Mention(name, start, start + name.Length, type));
            from = start + name.Length;
        }
        return EntityLinker.Link(text, mentions, Tokenizer.Tokenize(text));
    }

    [Fact]
    public void A_surname_and_a_titled_mention_link_to_one_person()
    {
        const string text = "City engineer Marta Velez spoke first. Velez said little. Later Velez left.";
        var linked = Link(text, ("Marta Velez", "PER"), ("Velez", "PER"), ("Velez", "PER"));
        var person = Assert.Single(linked.Entities);
        Assert.Equal("Marta Velez", person.Name);
        Assert.Equal(3, person.MentionCount);
        Assert.All(linked.Mentions, m => Assert.Equal(person.Id, m.Entity));
    }

    [Fact]
    public void A_full_name_with_surname_particles_names_the_person()
    {
        const string text = "Actor Piet Van Der Walt danced first. Van Der Walt said little. Later Van Der Walt left.";
        var linked = Link(text, ("Piet Van Der Walt", "PER"), ("Van Der Walt", "PER"), ("Van Der Walt", "PER"));
        var person = Assert.Single(linked.Entities);
        Assert.Equal("Piet Van Der Walt", person.Name);
    }

    [Theory]
    [InlineData("Al Gore", "Gore")]
    [InlineData("Ben Carson", "Carson")]
    [InlineData("Van Jones", "Jones")]
    public void A_given_name_spelled_like_a_particle_still_makes_a_full_name(string fullName, string surname)
    {
        // "Al", "Ben" and "Van" are particles inside a surname ("Van Der Beek"), but first in a name they are its given name.
        var text = $"Former official {fullName} spoke first. {surname} said little. Later {surname} left.";
        var linked = Link(text, (fullName, "PER"), (surname, "PER"), (surname, "PER"));
        var person = Assert.Single(linked.Entities);
        Assert.Equal(fullName, person.Name);
    }

    [Fact]
    public void An_interjection_before_a_one_word_name_gives_it_no_given_name()
    {
        // "Mastodon" typed a person once makes it a surname the linker looks for a given name of: "Hey" is none.
        const string text = "“Hey Mastodon, the whole point is to be seen,” the mayor wrote. Mastodon users laughed. Mastodon moved on.";
        var linked = Link(text, ("Mastodon", "ORG"), ("Mastodon", "PER"), ("Mastodon", "ORG"));
        Assert.DoesNotContain(linked.Entities, e => e.Name.StartsWith("Hey", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_before_the_name_ends_in_a_role_noun()
    {
        const string text = "The talks were led by Harbor Authority deputy director Tomas Reyes on Friday.";
        var person = Assert.Single(Link(text, ("Tomas Reyes", "PER")).Entities);
        Assert.Equal(["Harbor Authority deputy director"], person.Titles);
    }

    [Theory]
    [InlineData("Lawmakers urged the board to investigate former deputy mayor Ola Brenn over the deal.", "former deputy mayor")]
    [InlineData("The allegations against Deputy Mayor Ola Brenn were dropped.", "Deputy Mayor")]
    [InlineData("A call between harbor commissioner Ola Brenn and the union ended early.", "harbor commissioner")]
    [InlineData("Voters who backed his campaign manager Ola Brenn stayed home.", "campaign manager")]
    [InlineData("The question came from Harbor News anchor Ola Brenn on Tuesday.", "Harbor News anchor")]
    [InlineData("Asked by Channel Nine co-host Ola Brenn, the mayor declined.", "Channel Nine co-host")]
    [InlineData("The clip ran on Harbor Radio host Ola Brenn's show.", "Harbor Radio host")]
    [InlineData("Vice President Ana Ruiz met Harbor Governor Ola Brenn on Monday.", "Harbor Governor")]
    [InlineData("Later Mayor Ola Brenn thanked the crews.", "Mayor")]
    public void A_title_before_the_name_starts_after_the_verb_or_preposition_it_follows(string text, string title)
    {
        var person = Assert.Single(Link(text, ("Ola Brenn", "PER")).Entities);
        Assert.Equal([title], person.Titles);
    }

    [Fact]
    public void An_appositive_with_a_role_is_a_title_without_its_article()
    {
        const string text = "Tomas Reyes, the port's chief negotiator for labor affairs, signed the deal.";
        var person = Assert.Single(Link(text, ("Tomas Reyes", "PER")).Entities);
        Assert.Equal(["port's chief negotiator for labor affairs"], person.Titles);
    }

    [Theory]
    [InlineData("Tomas Reyes, a lawyer representing the family, said the suit would go ahead.", "lawyer representing the family")]
    [InlineData("Tomas Reyes, a spokeswoman based in Geneva, declined to comment.", "spokeswoman based in Geneva")]
    [InlineData("The suit was filed by Tomas Reyes, an attorney working for the union.", "attorney working for the union")]
    [InlineData("Tomas Reyes, a spokesman for Governor Ann Wu, said the plan was dead.", "spokesman for Governor Ann Wu")]
    [InlineData("Tomas Reyes, an aide to President Dana Lee, declined.", "aide to President Dana Lee")]
    public void An_appositive_role_goes_on_into_a_participle_or_what_it_is_of(string text, string title)
    {
        var person = Assert.Single(Link(text, ("Tomas Reyes", "PER")).Entities);
        Assert.Equal([title], person.Titles);
    }

    [Fact]
    public void A_clause_after_the_comma_is_no_appositive_though_it_names_a_role()
    {
        const string text = "Asked about the fares by Tomas Reyes, the mayor declined to answer.";
        var person = Assert.Single(Link(text, ("Tomas Reyes", "PER")).Entities);
        Assert.Empty(person.Titles);
    }

    [Fact]
    public void An_appositive_ending_in_another_persons_titled_name_is_no_title_but_a_role_with_its_object_is()
    {
        const string text = "Tomas Reyes, Sen. Ola Brenn, and others voted. Ana Ruiz, spokeswoman for Mayor Ola Brenn, agreed.";
        var entities = Link(text, ("Tomas Reyes", "PER"), ("Ola Brenn", "PER"), ("Ana Ruiz", "PER"), ("Ola Brenn", "PER")).Entities;
        Assert.Empty(Assert.Single(entities, e => e.Name == "Tomas Reyes").Titles);
        Assert.Equal(["spokeswoman for Mayor Ola Brenn"], Assert.Single(entities, e => e.Name == "Ana Ruiz").Titles);
    }

    [Fact]
    public void An_appositive_without_a_role_is_not_a_title()
    {
        const string text = "Tomas Reyes, a resident of the east side, signed the petition.";
        var person = Assert.Single(Link(text, ("Tomas Reyes", "PER")).Entities);
        Assert.Empty(person.Titles);
    }

    [Fact]
    public void Two_people_with_different_names_stay_apart_and_a_shared_surname_goes_to_the_latest()
    {
        const string text = "Ana Ruiz met Luis Ruiz. Then Ruiz spoke.";
        var linked = Link(text, ("Ana Ruiz", "PER"), ("Luis Ruiz", "PER"), ("Ruiz", "PER"));
        Assert.Equal(2, linked.Entities.Count);
        Assert.Equal(linked.Mentions[1].Entity, linked.Mentions[2].Entity);
    }

    [Fact]
    public void An_acronym_links_to_its_organisation()
    {
        const string text = "The Harbor Workers Union voted. The HWU said it would strike.";
        var linked = Link(text, ("Harbor Workers Union", "ORG"), ("HWU", "ORG"));
        Assert.Single(linked.Entities);
    }

    [Fact]
    public void A_surname_takes_the_full_name_the_tagger_typed_otherwise()
    {
        const string text = "The Bernie Lomax campaign grew. Lomax said it would grow more.";
        var linked = Link(text, ("Bernie Lomax", "MISC"), ("Lomax", "PER"));
        Assert.Contains(linked.Entities, e => e.Type == "PER" && e.Name == "Bernie Lomax");
    }

    [Fact]
    public void A_surname_takes_the_full_name_written_elsewhere_in_the_text()
    {
        const string text = "Lomax spoke first. Supporters of Bernie Lomax cheered.";
        var linked = Link(text, ("Lomax", "PER"));
        Assert.Equal("Bernie Lomax", Assert.Single(linked.Entities).Name);
    }

    [Fact]
    public void A_title_before_a_surname_is_not_a_given_name()
    {
        const string text = "Lomax spoke first. Later Senator Lomax left.";
        var linked = Link(text, ("Lomax", "PER"));
        Assert.Equal("Lomax", Assert.Single(linked.Entities).Name);
    }

    [Fact]
    public void A_headline_verb_the_tagger_ran_into_a_name_is_dropped()
    {
        const string text = "Marta Velez Slams Harbour Plan\nCity engineer Marta Velez spoke. Velez said little.";
        var linked = Link(text, ("Marta Velez Slams", "PER"), ("Marta Velez", "PER"), ("Velez", "PER"));
        Assert.Equal("Marta Velez", Assert.Single(linked.Entities).Name);
    }

    [Fact]
    public void A_surname_first_typed_as_a_place_still_takes_the_full_name_when_it_is_also_a_person()
    {
        const string text = "Supporters of Dario Lomax rallied. Lomax won. Lomax said he was happy.";
        var linked = Link(text, ("Dario Lomax", "LOC"), ("Lomax", "LOC"), ("Lomax", "PER"));
        Assert.Contains(linked.Entities, e => e.Name == "Dario Lomax" && e.MentionCount == 2);
    }

    [Theory]
    [InlineData("Tax experts questioned the policies of President Ola Brenn on Monday.", "President")]
    [InlineData("The chancellor openly admires Harbor President Ola Brenn and says so.", "Harbor President")]
    [InlineData("Among the port's new owners - harbor commissioner Ola Brenn among them - few spoke.", "harbor commissioner")]
    [InlineData("In the talks she advises President Ola Brenn daily.", "President")]
    [InlineData("A call with Ministry of Defence spokesman Ola Brenn ended early.", "Ministry of Defence spokesman")]
    public void A_title_before_the_name_stops_at_the_clause_it_sits_in(string text, string title)
    {
        var person = Assert.Single(Link(text, ("Ola Brenn", "PER")).Entities);
        Assert.Equal([title], person.Titles);
    }

    [Theory]
    [InlineData("Secretary of State Ola Brenn flew to the talks.", "Secretary of State")]
    [InlineData("The plan was drafted by former Chief of Staff Ola Brenn.", "former Chief of Staff")]
    [InlineData("Speaker of the House Ola Brenn called the vote.", "Speaker of the House")]
    public void A_role_with_an_of_phrase_before_the_name_is_a_title(string text, string title)
    {
        var person = Assert.Single(Link(text, ("Ola Brenn", "PER")).Entities);
        Assert.Equal([title], person.Titles);
    }

    [Fact]
    public void A_name_after_an_of_phrase_that_is_no_role_has_no_title()
    {
        var person = Assert.Single(Link("The University of Harbor Town Ola Brenn spoke.", ("Ola Brenn", "PER")).Entities);
        Assert.Empty(person.Titles);
    }

    [Fact]
    public void An_appositive_title_starts_after_a_time_adverb()
    {
        const string text = "Tomas Reyes, now a consultant on port affairs, declined to comment.";
        var person = Assert.Single(Link(text, ("Tomas Reyes", "PER")).Entities);
        Assert.Equal(["consultant on port affairs"], person.Titles);
    }

    [Fact]
    public void A_sentence_opener_the_tagger_ran_into_a_name_is_dropped()
    {
        const string text = "Dario Lomax spoke. Meanwhile Lomax kept quiet.";
        var linked = Link(text, ("Dario Lomax", "PER"), ("Meanwhile Lomax", "PER"));
        var person = Assert.Single(linked.Entities);
        Assert.Equal("Dario Lomax", person.Name);
        Assert.Equal(2, person.MentionCount);
    }

    [Fact]
    public void The_word_before_a_full_name_after_of_is_not_a_given_name()
    {
        const string text = "A blow to then-Secretary of State Dario Lomax came on Friday. Lomax appealed.";
        var linked = Link(text, ("Dario Lomax", "PER"), ("Lomax", "PER"));
        Assert.Equal("Dario Lomax", Assert.Single(linked.Entities).Name);
    }

    [Fact]
    public void A_lone_surname_after_of_takes_no_place_word_as_given_name()
    {
        const string text = "A blow to Secretary of State Lomax came on Friday. Lomax appealed.";
        var linked = Link(text, ("Lomax", "PER"), ("Lomax", "PER"));
        Assert.Equal("Lomax", Assert.Single(linked.Entities).Name);
    }

    [Fact]
    public void A_team_name_run_into_a_player_is_its_own_entity()
    {
        const string text = "Harbor Gulls DL Ivo Marsh was fined. The Gulls lost. Marsh said nothing.";
        var linked = Link(text, ("Harbor Gulls DL Ivo Marsh", "PER"), ("Gulls", "ORG"), ("Marsh", "PER"));
        Assert.NotEqual(linked.Mentions[1].Entity, linked.Mentions[2].Entity);
        Assert.Equal(linked.Mentions[0].Entity, linked.Mentions[2].Entity);
    }

    [Fact]
    public void A_surname_does_not_take_the_full_name_of_another_person_with_it()
    {
        const string text = "President Lomax spoke first. Lomax said the port would open. Later Vera Lomax, his wife, thanked Dario Lomax voters.";
        var linked = Link(text, ("Lomax", "PER"), ("Lomax", "PER"), ("Vera Lomax", "PER"), ("Dario Lomax", "MISC"));
        Assert.Contains(linked.Entities, e => e.Name == "Dario Lomax" && e.Type == "PER" && e.MentionCount == 2);
        Assert.Contains(linked.Entities, e => e.Name == "Vera Lomax" && e.MentionCount == 1);
    }

    [Theory]
    [InlineData("Tomas Reyes, who served as harbor commissioner in 2004, spoke.")]
    [InlineData("The paper and Tomas Reyes, and the former owner of the port, sued.")]
    public void A_clause_after_the_comma_is_no_title(string text)
    {
        var person = Assert.Single(Link(text, ("Tomas Reyes", "PER")).Entities);
        Assert.Empty(person.Titles);
    }

    [Fact]
    public void An_appositive_title_ends_before_a_relative_clause()
    {
        const string text = "Tomas Reyes, a senior official with the harbor board that oversees the docks, declined.";
        var person = Assert.Single(Link(text, ("Tomas Reyes", "PER")).Entities);
        Assert.Empty(person.Titles);
    }

    [Theory]
    [InlineData("They met both President Ola Brenn and her deputy.", "President")]
    [InlineData("It is unclear what Harbor President Ola Brenn meant.", "Harbor President")]
    [InlineData("She stood alongside Vice President Ola Brenn at the pier.", "Vice President")]
    [InlineData("Nobody asked why former Harbor Gov. Ola Brenn stayed.", "former Harbor Gov.")]
    public void A_title_before_the_name_leaves_out_a_determiner_or_preposition(string text, string title)
    {
        var person = Assert.Single(Link(text, ("Ola Brenn", "PER")).Entities);
        Assert.Equal([title], person.Titles);
    }

    [Fact]
    public void A_rank_without_its_full_stop_is_a_title_not_a_given_name()
    {
        const string text = "Army officials said Lt Col Ivo Marsh would go. Marsh said little.";
        var linked = Link(text, ("Ivo Marsh", "PER"), ("Marsh", "PER"));
        var person = Assert.Single(linked.Entities);
        Assert.Equal("Ivo Marsh", person.Name);
        Assert.Equal(["Lt Col"], person.Titles);
    }

    [Theory]
    [InlineData("Mrs.", 0)]
    [InlineData("Ms.", 0)]
    [InlineData("Mr.", 1)]
    public void An_honorific_sends_a_shared_surname_to_the_person_of_that_sex(string honorific, int expectedPerson)
    {
        var text = $"Ana Ruiz met Luis Ruiz. Then {honorific} Ruiz spoke.";
        var linked = Link(text, ("Ana Ruiz", "PER"), ("Luis Ruiz", "PER"), ("Ruiz", "PER"));
        Assert.Equal(2, linked.Entities.Count);
        Assert.Equal(linked.Mentions[expectedPerson].Entity, linked.Mentions[2].Entity);
    }

    [Fact]
    public void An_honorific_of_the_other_sex_starts_a_new_person_rather_than_joining_the_only_one()
    {
        const string text = "Luis Ruiz spoke. Then Mrs. Ruiz spoke.";
        var linked = Link(text, ("Luis Ruiz", "PER"), ("Ruiz", "PER"));
        Assert.Equal(2, linked.Entities.Count);
        Assert.NotEqual(linked.Mentions[0].Entity, linked.Mentions[1].Entity);
    }

    [Fact]
    public void A_man_joining_a_full_name_the_list_does_not_know_does_not_make_that_person_a_man()
    {
        // "Zorabel" is no listed given name: "Mr. Okafor" joins her entity as before, but "Ms. Okafor" must still find her.
        const string text = "Zorabel Okafor spoke. Mr. Okafor agreed. Then Ms. Okafor left.";
        var linked = Link(text, ("Zorabel Okafor", "PER"), ("Okafor", "PER"), ("Okafor", "PER"));
        Assert.Equal(linked.Mentions[0].Entity, linked.Mentions[2].Entity);
    }

    [Fact]
    public void A_surname_prefers_a_name_of_usual_length_to_two_names_run_together()
    {
        const string text = "Ana Ruiz Backs Luis Ortega\n\nAna Ruiz spoke. Luis Ortega listened. Ortega left.";
        var linked = Link(text, ("Ana Ruiz Backs Luis Ortega", "PER"), ("Ana Ruiz", "PER"), ("Luis Ortega", "PER"), ("Ortega", "PER"));
        Assert.Equal(linked.Mentions[2].Entity, linked.Mentions[3].Entity);
        Assert.NotEqual(linked.Mentions[1].Entity, linked.Mentions[3].Entity);
    }
}
