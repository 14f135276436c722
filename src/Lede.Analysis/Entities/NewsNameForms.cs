using Lede.Analysis.Rules;

namespace Lede.Analysis.Entities;

/// <summary>
/// After tagging: forms of today's web news that 1996 Reuters lacks, read from the words around a span.
/// A sports position inside a span parts the team from the player ("Browns DL Sheldon Richardson"); a place followed by
/// a newspaper's last word is the newspaper ("USA Today"); a weekday event is no name of its first word ("Black Friday");
/// an abbreviation of a common noun is no name ("SUV", "IPO"); a number names a model ("737 Max"); a name's "'s" before
/// no noun belongs to a store ("Lowe's was"); an office's name holds its kind of body ("Directorate"); a person listed
/// among organisations is one; a name ending in a product's kind is the product ("Orbit Wireless Controller"). Across the
/// document: a one-word person after "CEO of" is an organisation, a company's model word opens a product ("Audi e-tron
/// Sportback"), a one-word name before a product's kind is the product wherever it stands ("the Roadster sedan"), a
/// company's possessive opens no product's name ("Acme's Skyliner"), and a MISC word typed ORG elsewhere is the ORG.
/// </summary>
internal static class NewsNameForms
{
    /// <summary>Retags <paramref name="tags"/> (BILOU, one array per sentence of <paramref name="words"/>) in place.</summary>
    public static void Apply(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<int[]> tags)
    {
        for (var s = 0; s < tags.Count; s++)
        {
            // Every rule below changes a name the tagger found: a sentence without one is left as it is.
            if (Array.TrueForAll(tags[s], t => t == EntityTagSet.Outside)) continue;
            SplitAtSportsPositions(words[s], tags[s]);
            SplitAtRoles(words[s], tags[s]);
            JoinNewspaperNames(words[s], tags[s]);
            MarkWeekdayEvents(words[s], tags[s]);
            DropCommonNounAbbreviations(words[s], tags[s]);
            MarkNumberedModels(words[s], tags[s]);
            KeepStoreNamesWhole(words[s], tags[s]);
            ExtendOfficeNames(words[s], tags[s]);
            RetypeListedPersons(words[s], tags[s]);
            MarkSpansEndingInProductKinds(words[s], tags[s]);
            RetypeCelestialBodies(words[s], tags[s]);
            RetypeSpansEndingInOrganizationSuffixes(words[s], tags[s]);
            RetypePeopleNames(words[s], tags[s]);
            SplitPlacesAtCommas(words[s], tags[s]);
            RetypeTeamsBeforeSportsRoles(words[s], tags[s]);
            DropHashtagsAndHandles(words[s], tags[s]);
            DropCallToActionVerbs(words[s], tags[s]);
        }
        RetypeOrganizationsAfterRoles(words, tags);
        MarkProductsOfCompanies(words, tags);
        MarkProductsBeforeKindNouns(words, tags);
        SplitCompanyPossessives(words, tags);
        RetypeMiscLikeOrganizations(words, tags);
    }

    /// <summary>
    /// "Browns DL Sheldon Richardson" as one span: the words before the position are the team (ORG), the position is no
    /// name, and the capitalised words after it are the person.
    /// </summary>
    internal static void SplitAtSportsPositions(IReadOnlyList<string> sentence, int[] tags)
    {
        foreach (var (first, last, _) in EntityTagSet.Spans(tags).ToList())
            for (var i = first; i < last; i++)
            {
                if (!EntityRules.SportsPositions.Contains(sentence[i])) continue;
                if (i > first) SetSpan(tags, first, i - 1, EntityTagSet.Organization);
                tags[i] = EntityTagSet.Outside;
                SetSpan(tags, i + 1, last, EntityTagSet.Person);
                break;
            }
    }

    /// <summary>
    /// "CBS co-Anchor Dana Lee" or "Federal Reserve Chair Jo Park" as one span: the words before the role are the
    /// organisation, the role (one or more role words: "Chief Executive") is no name, and the two or three capitalised words
    /// after it, ending the span, are the person. A span whose last word ends organisations' names ("Justice Department")
    /// holds no person.
    /// </summary>
    internal static void SplitAtRoles(IReadOnlyList<string> sentence, int[] tags)
    {
        foreach (var (first, last, _) in EntityTagSet.Spans(tags).ToList())
            for (var i = first + 1; i < last; i++)
            {
                if (!EntityRules.RolesBetweenOrganizationAndPerson.Contains(sentence[i])) continue;
                var role = i;
                while (role < last && EntityRules.RolesBetweenOrganizationAndPerson.Contains(sentence[role + 1])) role++;
                var nameWords = last - role;
                if (nameWords is < 2 or > 3 || EntityRules.OrganizationNameEnds.Contains(sentence[last])) break;
                var named = true;
                for (var k = role + 1; k <= last && named; k++) named = LooksLikeNameWord(sentence[k]);
                if (!named) break;
                // "Deputy Director Ann Wu", "Former Governor Ann Wu": words before the role that are the role's own name no organisation.
                var organization = false;
                for (var k = first; k < i && !organization; k++)
                    organization = !EntityRules.RolesBetweenOrganizationAndPerson.Contains(sentence[k]) && !EntityRules.RoleModifiers.Contains(sentence[k]);
                if (!organization) break;
                SetSpan(tags, first, i - 1, EntityTagSet.Organization);
                for (var k = i; k <= role; k++) tags[k] = EntityTagSet.Outside;
                SetSpan(tags, role + 1, last, EntityTagSet.Person);
                break;
            }
    }

    // "Dana", "O'Neil", "Lee-Park", "J.": a capital, then letters (an initial's full stop, a hyphen or an apostrophe inside).
    private static bool LooksLikeNameWord(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && (char.IsLetter(word[^1]) || word[^1] == '.') && word.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’');

    /// <summary>
    /// A place or organisation span followed by an untagged newspaper ending ("USA" + "Today") becomes one ORG span.
    /// </summary>
    internal static void JoinNewspaperNames(IReadOnlyList<string> sentence, int[] tags)
    {
        foreach (var (first, last, type) in EntityTagSet.Spans(tags).ToList())
        {
            if (last + 1 >= sentence.Count || tags[last + 1] != EntityTagSet.Outside) continue;
            if (!EntityRules.NewspaperNameEnds.Contains(sentence[last + 1])) continue;
            // Not when a name follows: the ending then opens that name ("Times Square").
            if (last + 2 < sentence.Count && tags[last + 2] != EntityTagSet.Outside) continue;
            if (type != EntityTagSet.Place && type != EntityTagSet.Organization) continue;
            SetSpan(tags, first, last + 1, EntityTagSet.Organization);
        }
    }

    /// <summary>
    /// "Black Friday", "Cyber Monday": the event word and the weekday are one MISC name, however the tagger split or typed them.
    /// </summary>
    internal static void MarkWeekdayEvents(IReadOnlyList<string> sentence, int[] tags)
    {
        for (var i = 0; i + 1 < sentence.Count; i++)
        {
            if (!EntityRules.WeekdayEventWords.Contains(sentence[i]) || !EntityRules.Weekdays.Contains(sentence[i + 1])) continue;
            if (tags[i] == EntityTagSet.Outside && tags[i + 1] == EntityTagSet.Outside) continue;
            // The event may sit inside a longer span ("Black Friday Deals"): the span keeps its words, typed MISC.
            var first = i;
            var last = i + 1;
            while (first > 0 && tags[first] != EntityTagSet.Outside && !EntityTagSet.IsBegin(tags[first]) && !EntityTagSet.IsUnit(tags[first])) first--;
            while (last + 1 < sentence.Count && tags[last] != EntityTagSet.Outside && !(EntityTagSet.PartOf(tags[last]) is EntityTagSet.Last or EntityTagSet.Unit)) last++;
            SetSpan(tags, first, last, EntityTagSet.Other);
            i = last;
        }
    }

    /// <summary>A one-word span that is an abbreviation of a common noun ("SUV", "IPO") is no name.</summary>
    internal static void DropCommonNounAbbreviations(IReadOnlyList<string> sentence, int[] tags)
    {
        for (var i = 0; i < sentence.Count; i++)
            if (EntityTagSet.IsUnit(tags[i]) && EntityRules.CommonNounAbbreviations.Contains(sentence[i])) tags[i] = EntityTagSet.Outside;
    }

    /// <summary>
    /// "CEO of Hipcricket", "founder of acme9": a one-word person after a role and "of" is the organisation, and so is
    /// an untagged word there that a company writes in lower case with a digit or a capital inside ("my6sense",
    /// "eFoo"); the same word typed a person alone, or untagged, elsewhere in the document ("selling Hipcricket to") too.
    /// </summary>
    internal static void RetypeOrganizationsAfterRoles(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<int[]> tags)
    {
        var personUnit = EntityTagSet.Tag(EntityTagSet.Person, EntityTagSet.Unit);
        HashSet<string>? organizations = null;
        for (var s = 0; s < tags.Count; s++)
            for (var i = 2; i < words[s].Count; i++)
                if (words[s][i - 1] == "of" && EntityRules.OrganizationRoles.Contains(words[s][i - 2])
                    && (tags[s][i] == personUnit || tags[s][i] == EntityTagSet.Outside && IsLowerCaseBrand(words[s][i])))
                    (organizations ??= new HashSet<string>(StringComparer.Ordinal)).Add(words[s][i]);
        if (organizations is null) return;
        var organizationUnit = EntityTagSet.Tag(EntityTagSet.Organization, EntityTagSet.Unit);
        for (var s = 0; s < tags.Count; s++)
            for (var i = 0; i < words[s].Count; i++)
                if (organizations.Contains(words[s][i]) && (tags[s][i] == personUnit || tags[s][i] == EntityTagSet.Outside && IsLowerCaseBrand(words[s][i])))
                    tags[s][i] = organizationUnit;
    }

    // A word of letters and digits that opens in lower case and has a digit or a capital after its first letter
    // ("my6sense", "eFoo"), with three letters or more: a brand's spelling, never an English word.
    internal static bool IsLowerCaseBrand(string word)
    {
        if (word.Length <= 3 || !char.IsAsciiLetterLower(word[0])) return false;
        var letters = 1;
        var marked = false;
        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsAsciiLetterLower(c)) letters++;
            else if (char.IsAsciiLetterUpper(c)) (letters, marked) = (letters + 1, true);
            else if (char.IsAsciiDigit(c)) marked = true;
            else return false;
        }
        return marked && letters >= 3;
    }

    /// <summary>
    /// A one-word person right after a bare number of one to three digits that follows a lower-case word ("its 737 Max
    /// jet") is a model's name (MISC): people are not numbered so in running text. Not at a line's start or after a name,
    /// where a number is a rank or a score ("62 Nolan Henke", "Leeds 2 Chelsea 1"); and not longer names ("100 Air
    /// France workers" counts people of a company).
    /// </summary>
    internal static void MarkNumberedModels(IReadOnlyList<string> sentence, int[] tags)
    {
        var personUnit = EntityTagSet.Tag(EntityTagSet.Person, EntityTagSet.Unit);
        for (var i = 2; i < sentence.Count; i++)
        {
            if (tags[i] != personUnit || !IsModelNumber(sentence[i - 1])) continue;
            var before = sentence[i - 2];
            if (tags[i - 2] != EntityTagSet.Outside || before.Length == 0 || !char.IsLower(before[0])) continue;
            tags[i] = EntityTagSet.Tag(EntityTagSet.Other, EntityTagSet.Unit);
        }
    }

    private static bool IsModelNumber(string word) => word.Length is >= 1 and <= 3 && word.All(char.IsAsciiDigit);

    /// <summary>
    /// A one-word name and its "'s" followed by no noun ("Rival Lowe's was lower", "Ford, Macy's, Kellogg's, NBC"): the
    /// "'s" is no possessive but part of a store's or brand's name, an organisation. Not before a full stop or a closing
    /// bracket, where a possessive's noun may stand before it ("the franchise after Boatmen's.", "(Arafat's) call").
    /// </summary>
    internal static void KeepStoreNamesWhole(IReadOnlyList<string> sentence, int[] tags)
    {
        for (var i = 0; i + 1 < sentence.Count; i++)
        {
            if (!EntityTagSet.IsUnit(tags[i]) || EntityTagSet.TypeOf(tags[i]) is var type && type != EntityTagSet.Person && type != EntityTagSet.Organization) continue;
            if (sentence[i + 1] is not ("'s" or "’s") || tags[i + 1] != EntityTagSet.Outside) continue;
            if (i + 2 < sentence.Count && !EntityRules.WordsAfterStoreNames.Contains(sentence[i + 2])) continue;
            SetSpan(tags, i, i + 1, EntityTagSet.Organization);
        }
    }

    /// <summary>
    /// A company the document names alone, a lower-case model word and a name ("Audi e-tron Sportback", "Apple iPhone
    /// Pro"): the whole is the company's product (MISC), and the product's words typed a name alone elsewhere
    /// ("Sportback") are the product too. Not when a word of the name ends organisations' names ("Audi e-tron Group").
    /// Without the model word a company's name and another name are as often a team or a part of the company ("Texas
    /// Rangers", "Pirelli Cables" on CoNLL dev), so those are left.
    /// </summary>
    internal static void MarkProductsOfCompanies(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<int[]> tags)
    {
        var organizationUnit = EntityTagSet.Tag(EntityTagSet.Organization, EntityTagSet.Unit);
        var companies = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < tags.Count; s++)
            for (var i = 0; i < words[s].Count; i++)
                if (tags[s][i] == organizationUnit && (i + 1 == words[s].Count || tags[s][i + 1] == EntityTagSet.Outside && !IsModelWord(words[s][i + 1])))
                    companies.Add(words[s][i]);
        if (companies.Count == 0) return;
        HashSet<string>? products = null;
        for (var s = 0; s < tags.Count; s++)
        {
            var sentence = words[s];
            var sentenceTags = tags[s];
            for (var i = 0; i + 1 < sentence.Count; i++)
            {
                var tag = sentenceTags[i];
                if (tag == EntityTagSet.Outside || !companies.Contains(sentence[i])) continue;
                if (!EntityTagSet.IsUnit(tag)) continue;
                // The product's name: a model word and the span after it.
                var productFirst = i + 2;
                if (sentenceTags[i + 1] != EntityTagSet.Outside || !IsModelWord(sentence[i + 1])) continue;
                if (productFirst >= sentence.Count || !(EntityTagSet.IsBegin(sentenceTags[productFirst]) || EntityTagSet.IsUnit(sentenceTags[productFirst]))) continue;
                var last = productFirst;
                while (last < sentence.Count && !(EntityTagSet.PartOf(sentenceTags[last]) is EntityTagSet.Last or EntityTagSet.Unit)) last++;
                if (last >= sentence.Count) continue;
                if (EntityTagSet.TypeOf(sentenceTags[last]) == EntityTagSet.Other) continue;
                var named = false;
                for (var j = i + 1; j <= last; j++) named |= EntityRules.OrganizationNameEnds.Contains(sentence[j]);
                if (named) continue;
                SetSpan(sentenceTags, i, last, EntityTagSet.Other);
                products ??= new HashSet<string>(StringComparer.Ordinal);
                for (var j = i + 1; j <= last; j++)
                    if (sentenceTags[j] != EntityTagSet.Outside && sentence[j].Length > 0 && char.IsUpper(sentence[j][0])) products.Add(sentence[j]);
                i = last;
            }
        }
        if (products is null) return;
        for (var s = 0; s < tags.Count; s++)
            foreach (var (first, last, type) in EntityTagSet.Spans(tags[s]).ToList())
            {
                if (type == EntityTagSet.Other) continue;
                var all = true;
                for (var j = first; j <= last && all; j++) all = products.Contains(words[s][j]);
                if (all) SetSpan(tags[s], first, last, EntityTagSet.Other);
            }
    }

    /// <summary>
    /// A one-word name, not a place, right before a noun for a kind of product ("Orbit controllers", "the Roadster
    /// compact sedan": one lower-case word between after an article) is the product's name (MISC), and so is the word
    /// typed a name alone elsewhere in the document ("The 2020 Roadster"). Not a company the document shows acting,
    /// written without an article or a model year before a verb or a possessive ("Boeing also managed", "Toyota's"), nor a name before
    /// a market or an industry ("a Norco car plant") or a happening ("the Kestrel plane crash"), nor after an owner ("his Navy jet", "Roe's Ford sedan": a make or a
    /// maker), nor the platforms of <see cref="EntityRules.KnownOrganizations"/>.
    /// Places are left, there and elsewhere: before such a noun they say where ("the Detroit car market").
    /// </summary>
    internal static void MarkProductsBeforeKindNouns(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<int[]> tags)
    {
        HashSet<string>? products = null;
        for (var s = 0; s < tags.Count; s++)
        {
            var sentence = words[s];
            var sentenceTags = tags[s];
            for (var i = 0; i + 1 < sentence.Count; i++)
            {
                var tag = sentenceTags[i];
                if (!EntityTagSet.IsUnit(tag) || EntityTagSet.TypeOf(tag) == EntityTagSet.Place) continue;
                if (EntityRules.KnownOrganizations.Contains(sentence[i])) continue;
                // After an owner the name is the thing's make or maker ("his Navy jet", "Webb's Ford sedan").
                if (i > 0 && EntityRules.Possessives.Contains(sentence[i - 1])) continue;
                var noun = IsProductKindNoun(sentence, sentenceTags, i + 1) ? i + 1
                    : i > 0 && sentence[i - 1] is "the" or "The" or "a" or "A" or "an" or "An" && IsPlainModifier(sentence, sentenceTags, i + 1)
                      && IsProductKindNoun(sentence, sentenceTags, i + 2) ? i + 2 : -1;
                if (noun < 0 || noun + 1 < sentence.Count && (EntityRules.IndustryWords.Contains(sentence[noun + 1]) || EntityRules.HappeningNouns.Contains(sentence[noun + 1]))) continue;
                (products ??= new HashSet<string>(StringComparer.Ordinal)).Add(sentence[i]);
            }
        }
        if (products is null) return;
        for (var s = 0; s < tags.Count; s++)
            for (var i = 0; i + 1 < words[s].Count; i++)
                if (products.Contains(words[s][i]) && EntityRules.ActingWords.Contains(words[s][i + 1]) && (i == 0 || !IsArticle(words[s][i - 1]) && !IsNumber(words[s][i - 1])))
                    products.Remove(words[s][i]);
        var otherUnit = EntityTagSet.Tag(EntityTagSet.Other, EntityTagSet.Unit);
        for (var s = 0; s < tags.Count; s++)
            for (var i = 0; i < words[s].Count; i++)
                // A place stays one wherever the tagger typed it so ("built in Kestrel"), as at the kind noun.
                if (EntityTagSet.IsUnit(tags[s][i]) && EntityTagSet.TypeOf(tags[s][i]) != EntityTagSet.Place && products.Contains(words[s][i]))
                    tags[s][i] = otherUnit;
    }

    private static bool IsProductKindNoun(IReadOnlyList<string> sentence, int[] tags, int i) =>
        i < sentence.Count && tags[i] == EntityTagSet.Outside && EntityRules.ProductKindNouns.Contains(sentence[i])
        && (char.IsLower(sentence[i][0]) || IsCapitalsWithPlural(sentence[i]));

    // "SUV", "SUVs": capitals, with a plural's "s" at most.
    private static bool IsCapitalsWithPlural(string word)
    {
        foreach (var c in word)
            if (char.IsLower(c) && c != 's') return false;
        return true;
    }

    // A lower-case word that may describe a product ("compact", "performance"), not a verb's past or present form.
    private static bool IsPlainModifier(IReadOnlyList<string> sentence, int[] tags, int i) =>
        i < sentence.Count && tags[i] == EntityTagSet.Outside && sentence[i].Length > 2 && !sentence[i].AsSpan().ContainsAnyExcept(LowerCaseLetters)
        && !sentence[i].EndsWith("ed", StringComparison.Ordinal) && !sentence[i].EndsWith('s');

    private static readonly System.Buffers.SearchValues<char> LowerCaseLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    private static bool IsNumber(string word) => word.Length > 0 && !word.AsSpan().ContainsAnyExceptInRange('0', '9');

    private static bool IsArticle(string word) => word is "the" or "The" or "a" or "A" or "an" or "An";

    /// <summary>
    /// A MISC name opened by a company's possessive ("Acme's Skyliner"), where the document types the company an
    /// organisation alone: the company is the organisation and the product after its "'s" stays MISC.
    /// </summary>
    internal static void SplitCompanyPossessives(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<int[]> tags)
    {
        var organizationUnit = EntityTagSet.Tag(EntityTagSet.Organization, EntityTagSet.Unit);
        var otherBegin = EntityTagSet.Tag(EntityTagSet.Other, EntityTagSet.Begin);
        HashSet<string>? organizations = null;
        for (var s = 0; s < tags.Count; s++)
        {
            var sentence = words[s];
            var sentenceTags = tags[s];
            for (var first = 0; first + 2 < sentence.Count; first++)
            {
                // A MISC span of three words or more whose second is the possessive.
                if (sentenceTags[first] != otherBegin || sentence[first + 1] is not ("'s" or "’s") || EntityTagSet.PartOf(sentenceTags[first + 1]) != EntityTagSet.Inside) continue;
                organizations ??= OrganizationUnits(words, tags);
                if (!organizations.Contains(sentence[first])) continue;
                var last = first + 2;
                while (EntityTagSet.PartOf(sentenceTags[last]) != EntityTagSet.Last) last++;
                sentenceTags[first] = organizationUnit;
                sentenceTags[first + 1] = EntityTagSet.Outside;
                SetSpan(sentenceTags, first + 2, last, EntityTagSet.Other);
                first = last;
            }
        }
    }

    private static HashSet<string> OrganizationUnits(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<int[]> tags)
    {
        var organizationUnit = EntityTagSet.Tag(EntityTagSet.Organization, EntityTagSet.Unit);
        var organizations = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < tags.Count; s++)
            for (var i = 0; i < words[s].Count; i++)
                if (tags[s][i] == organizationUnit) organizations.Add(words[s][i]);
        return organizations;
    }

    /// <summary>
    /// A name of two or more words whose last is a capitalised noun for a kind of product ("Orbit Wireless Controller",
    /// "Apex Gaming Monitor", a shop's heading) is the product (MISC). Not after "the", where such a word ends a
    /// newspaper's name ("The Christian Science Monitor"), unless a model word is inside ("the Audi e-tron SUV"); nor a
    /// name holding an organisation's word ("Ford Motor Cars"); nor a plural, which ends teams' names ("New York Jets").
    /// </summary>
    internal static void MarkSpansEndingInProductKinds(IReadOnlyList<string> sentence, int[] tags)
    {
        for (var at = 0; NextSpan(tags, ref at, out var first, out var last, out var type);)
        {
            if (last == first || type == EntityTagSet.Other || !char.IsUpper(sentence[last][0]) || !EntityRules.ProductKindNouns.Contains(sentence[last])) continue;
            // A plural ends a team's name ("New York Jets", "Bristol Rovers"), a product's name is singular.
            if (sentence[last][^1] == 's') continue;
            var modelWord = false;
            for (var j = first + 1; j < last && !modelWord; j++) modelWord = IsModelWord(sentence[j]);
            if (first > 0 && sentence[first - 1] is "the" or "The" && !modelWord) continue;
            var named = false;
            for (var j = first; j < last && !named; j++) named = EntityRules.OrganizationNameEnds.Contains(sentence[j]);
            if (!named) SetSpan(tags, first, last, EntityTagSet.Other);
        }
    }

    /// <summary>A one-word organisation or MISC name that is the Moon or a planet ("life off Earth") is a place.</summary>
    internal static void RetypeCelestialBodies(IReadOnlyList<string> sentence, int[] tags)
    {
        for (var i = 0; i < sentence.Count; i++)
            if (EntityTagSet.IsUnit(tags[i]) && EntityTagSet.TypeOf(tags[i]) is EntityTagSet.Organization or EntityTagSet.Other
                && EntityRules.CelestialBodies.Contains(sentence[i]))
                tags[i] = EntityTagSet.Tag(EntityTagSet.Place, EntityTagSet.Unit);
    }

    /// <summary>
    /// A person or place span of two or more words that ends in an organisation's suffix ("Clinton Foundation" typed LOC,
    /// "Hoover Institution" PER) is the organisation: the suffix says what the name is, the words before it whom it is after.
    /// </summary>
    internal static void RetypeSpansEndingInOrganizationSuffixes(IReadOnlyList<string> sentence, int[] tags)
    {
        for (var at = 0; NextSpan(tags, ref at, out var first, out var last, out var type);)
            if (last > first && type != EntityTagSet.Organization && EntityRules.OrganizationSuffixes.Contains(sentence[last]))
                SetSpan(tags, first, last, EntityTagSet.Organization);
    }

    /// <summary>A people's or faith's name alone ("Latino", "Hispanics") typed a person, company or place is MISC.</summary>
    internal static void RetypePeopleNames(IReadOnlyList<string> sentence, int[] tags)
    {
        for (var i = 0; i < sentence.Count; i++)
            if (EntityTagSet.IsUnit(tags[i]) && EntityTagSet.TypeOf(tags[i]) != EntityTagSet.Other && EntityRules.PeopleNames.Contains(sentence[i]))
                tags[i] = EntityTagSet.Tag(EntityTagSet.Other, EntityTagSet.Unit);
    }

    /// <summary>
    /// A place span with a comma inside ("Washington, D.C.", "Greenbelt, Maryland") is two places, a town and its state
    /// or country, as a dateline writes them: each side of the comma is a place of its own.
    /// </summary>
    internal static void SplitPlacesAtCommas(IReadOnlyList<string> sentence, int[] tags)
    {
        for (var at = 0; NextSpan(tags, ref at, out var first, out var last, out var type);)
        {
            if (type != EntityTagSet.Place) continue;
            var start = first;
            for (var i = first + 1; i < last; i++)
            {
                if (sentence[i] != ",") continue;
                SetSpan(tags, start, i - 1, EntityTagSet.Place);
                tags[i] = EntityTagSet.Outside;
                start = i + 1;
            }
            if (start != first) SetSpan(tags, start, last, EntityTagSet.Place);
        }
    }

    /// <summary>
    /// A place right before a lower-case position of a league sport and a person ("Pittsburgh center Jane Roe") is the
    /// team there, an organisation, as the sports position's rule reads "Browns DL Sheldon Richardson".
    /// </summary>
    internal static void RetypeTeamsBeforeSportsRoles(IReadOnlyList<string> sentence, int[] tags)
    {
        for (var at = 0; NextSpan(tags, ref at, out var first, out var last, out var type);)
        {
            if (type != EntityTagSet.Place || last + 2 >= sentence.Count || tags[last + 1] != EntityTagSet.Outside) continue;
            if (!EntityRules.SportsRoles.Contains(sentence[last + 1])) continue;
            var next = tags[last + 2];
            if (EntityTagSet.TypeOf(next) != EntityTagSet.Person || !(EntityTagSet.IsBegin(next) || EntityTagSet.IsUnit(next))) continue;
            SetSpan(tags, first, last, EntityTagSet.Organization);
        }
    }

    /// <summary>
    /// A name that opens with a hashtag or a handle ("#AcmeBias, Inc.", "@jane") is no name in running text: the tag is
    /// the writer's label for a feed, and names are scored without them.
    /// </summary>
    internal static void DropHashtagsAndHandles(IReadOnlyList<string> sentence, int[] tags)
    {
        for (var at = 0; NextSpan(tags, ref at, out var first, out var last, out var type);)
        {
            var word = sentence[first];
            if (word.Length == 0 || word[0] is not ('#' or '@')) continue;
            for (var i = first; i <= last; i++) tags[i] = EntityTagSet.Outside;
        }
    }

    /// <summary>
    /// A name opened by a call to action at a sentence's start or after a colon ("Get Cycle Monthly delivered", "Pro tip:
    /// Learn more") loses the verb: the rest, if any, is the name, with the tagger's type.
    /// </summary>
    internal static void DropCallToActionVerbs(IReadOnlyList<string> sentence, int[] tags)
    {
        for (var at = 0; NextSpan(tags, ref at, out var first, out var last, out var type);)
        {
            if (first > 0 && sentence[first - 1] != ":" || !EntityRules.CallToActionVerbs.Contains(sentence[first])) continue;
            tags[first] = EntityTagSet.Outside;
            SetSpan(tags, first + 1, last, type);
        }
    }

    // A model's word written in lower case with a hyphen, a digit or a capital inside ("e-tron", "iPhone", "x5").
    private static bool IsModelWord(string word) =>
        word.Length > 1 && char.IsLower(word[0]) && word.Skip(1).Any(c => c == '-' || char.IsAsciiDigit(c) || char.IsUpper(c));

    /// <summary>
    /// A one-word MISC name that the document also types an organisation alone ("the Browns" read as a people once, a team
    /// elsewhere) is the organisation.
    /// </summary>
    internal static void RetypeMiscLikeOrganizations(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<int[]> tags)
    {
        var organizationUnit = EntityTagSet.Tag(EntityTagSet.Organization, EntityTagSet.Unit);
        var otherUnit = EntityTagSet.Tag(EntityTagSet.Other, EntityTagSet.Unit);
        HashSet<string>? organizations = null;
        for (var s = 0; s < tags.Count; s++)
            for (var i = 0; i < words[s].Count; i++)
                if (tags[s][i] == organizationUnit) (organizations ??= new HashSet<string>(StringComparer.Ordinal)).Add(words[s][i]);
        if (organizations is null) return;
        for (var s = 0; s < tags.Count; s++)
            for (var i = 0; i < words[s].Count; i++)
                if (tags[s][i] == otherUnit && organizations.Contains(words[s][i])) tags[s][i] = organizationUnit;
    }

    /// <summary>
    /// An organisation span that the tagger ended before the word naming what kind of body it is ("NASA's Science
    /// Mission" + "Directorate") or began after "Office of the" ("Inspector General"): the office's name holds them.
    /// </summary>
    internal static void ExtendOfficeNames(IReadOnlyList<string> sentence, int[] tags)
    {
        foreach (var (spanFirst, spanLast, type) in EntityTagSet.Spans(tags).ToList())
        {
            if (type != EntityTagSet.Organization) continue;
            var (first, last) = (spanFirst, spanLast);
            if (last + 1 < sentence.Count && tags[last + 1] == EntityTagSet.Outside && EntityRules.OfficeWords.Contains(sentence[last + 1])) last++;
            if (first >= 3 && sentence[first - 1] is "the" && sentence[first - 2] is "of" && EntityRules.OfficeWords.Contains(sentence[first - 3])
                && tags[first - 1] == EntityTagSet.Outside && tags[first - 2] == EntityTagSet.Outside && tags[first - 3] == EntityTagSet.Outside)
                first -= 3;
            if (first != spanFirst || last != spanLast) SetSpan(tags, first, last, EntityTagSet.Organization);
        }
    }

    /// <summary>
    /// A one-word person in a list of names joined by commas, "and" or "or", where three or more of the others are
    /// organisations ("Acme, Bolt’s, Corvo, KTV, Fox and others"): one kind of thing is listed, so it is one too.
    /// </summary>
    internal static void RetypeListedPersons(IReadOnlyList<string> sentence, int[] tags)
    {
        var spans = EntityTagSet.Spans(tags).ToList();
        var start = 0;
        while (start < spans.Count)
        {
            // A list: spans separated by exactly one comma, "and" or "or".
            var end = start;
            while (end + 1 < spans.Count && spans[end + 1].First == spans[end].Last + 2 && sentence[spans[end].Last + 1] is "," or "and" or "or") end++;
            var organizations = 0;
            for (var k = start; k <= end; k++) if (spans[k].Type == EntityTagSet.Organization) organizations++;
            if (organizations >= 3)
                for (var k = start; k <= end; k++)
                    if (spans[k].Type == EntityTagSet.Person && spans[k].First == spans[k].Last) SetSpan(tags, spans[k].First, spans[k].Last, EntityTagSet.Organization);
            start = end + 1;
        }
    }

    /// <summary>
    /// The next span at or after <paramref name="next"/>, which moves past it; no enumerator is made, for the rules
    /// that read every sentence with a name. A rule may retag inside the span it was given.
    /// </summary>
    private static bool NextSpan(int[] tags, ref int next, out int first, out int last, out int type)
    {
        for (var i = next; i < tags.Length; i++)
        {
            var tag = tags[i];
            if (tag == EntityTagSet.Outside || !(EntityTagSet.IsBegin(tag) || EntityTagSet.IsUnit(tag))) continue;
            var end = i;
            while (!(EntityTagSet.PartOf(tags[end]) is EntityTagSet.Last or EntityTagSet.Unit) && end + 1 < tags.Length) end++;
            (first, last, type, next) = (i, end, EntityTagSet.TypeOf(tag), end + 1);
            return true;
        }
        (first, last, type, next) = (0, -1, -1, tags.Length);
        return false;
    }

    private static void SetSpan(int[] tags, int first, int last, int type)
    {
        if (last < first) return;
        if (first == last)
        {
            tags[first] = EntityTagSet.Tag(type, EntityTagSet.Unit);
            return;
        }
        tags[first] = EntityTagSet.Tag(type, EntityTagSet.Begin);
        for (var i = first + 1; i < last; i++) tags[i] = EntityTagSet.Tag(type, EntityTagSet.Inside);
        tags[last] = EntityTagSet.Tag(type, EntityTagSet.Last);
    }
}
