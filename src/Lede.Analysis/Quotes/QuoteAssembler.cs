using Lede.Analysis.Linking;
using Lede.Analysis.Model;

namespace Lede.Analysis.Quotes;

/// <summary>Turns attributions into the public quotes: kind from the quote marks, cue span, resolved speaker.</summary>
internal static class QuoteAssembler
{
    public const string Direct = "direct", Indirect = "indirect", Mixed = "mixed";

    // Share of a content's letters that must lie inside quote marks for it to be a direct quote.
    private const double DirectShare = 0.9;

    public static IReadOnlyList<Quote> Assemble(string text, IReadOnlyList<Attribution> attributions, IReadOnlyList<QuotedSpan> quotes,
        SpeakerResolver speakers, out IReadOnlyList<Speaker?> resolved)
    {
        var result = new Quote[attributions.Count];
        var speakerOf = new Speaker?[attributions.Count];
        var bySource = new Dictionary<TextRange, Speaker?>();
        for (var i = 0; i < attributions.Count; i++)
        {
            var attribution = attributions[i];
            if (!bySource.TryGetValue(attribution.Source, out var speaker))
            {
                speaker = attribution.Antecedent.IsEmpty ? speakers.Resolve(attribution.Source) : Relative(text, attribution, speakers);
                bySource[attribution.Source] = speaker;
            }
            speakerOf[i] = speaker;
            var cue = attribution.Cue.IsEmpty ? null : new Cue(text[attribution.Cue.Start..attribution.Cue.End], attribution.Cue.Start, attribution.Cue.End);
            result[i] = new Quote(text[attribution.Content.Start..attribution.Content.End], attribution.Content.Start, attribution.Content.End,
                Kind(text, attribution.Content, quotes), cue, speaker);
        }
        resolved = speakerOf;
        return result;
    }

    /// <summary>A relative-pronoun source ("who") is the speaker's span; the phrase it refers to gives the name and entity.</summary>
    private static Speaker? Relative(string text, Attribution attribution, SpeakerResolver speakers)
    {
        var referent = speakers.Resolve(attribution.Antecedent);
        return referent is null ? null
            : new Speaker(text[attribution.Source.Start..attribution.Source.End], attribution.Source.Start, attribution.Source.End, referent.Name, referent.Entity);
    }

    /// <summary>Direct when (nearly) all of the content is inside quote marks, mixed when part of it is, else indirect.</summary>
    public static string Kind(string text, TextRange content, IReadOnlyList<QuotedSpan> quotes)
    {
        int letters = 0, quoted = 0;
        // The spans are in text order and do not overlap: the first one ending after the content's start is found by
        // halving, not by a walk from the first span (per quote, that walk made a page of many quotes quadratic).
        int first = 0, past = quotes.Count;
        while (first < past)
        {
            var mid = (first + past) / 2;
            if (quotes[mid].End <= content.Start) first = mid + 1; else past = mid;
        }
        if (first == quotes.Count || quotes[first].Start >= content.End) return Indirect;
        var index = first;
        for (var i = content.Start; i < content.End; i++)
        {
            if (!char.IsLetterOrDigit(text[i])) continue;
            letters++;
            while (index < quotes.Count && quotes[index].End <= i) index++;
            if (index < quotes.Count && quotes[index].Start <= i) quoted++;
        }
        return letters > 0 && quoted >= letters * DirectShare ? Direct : Mixed;
    }
}
